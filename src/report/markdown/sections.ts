// The sections of the markdown report, each a small pure function of the Report. The comment
// and the job summary assemble them in priority order (see render-markdown.ts).

import type { Finding } from '../../model/finding.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import { formatChange, formatPercent, formatPoints, formatQ, formatValue } from '../format-values.js';
import type { ComparisonSummary, Report } from '../report.js';

const icon = { fail: '❌', warn: '⚠️', info: 'ℹ️', pass: '✅', inconclusive: '❔' } as const;

export function headline(report: Report): string {
  const { summary } = report;
  const parts = [
    summary.fail ? `${summary.fail} failing` : '',
    summary.warn ? `${summary.warn} warning${summary.warn === 1 ? '' : 's'}` : '',
    `${summary.baseRuns} base run${summary.baseRuns === 1 ? '' : 's'} vs ${summary.headRuns} head run${summary.headRuns === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const links = [
    report.links.run ? `[workflow run](${report.links.run})` : '',
    report.links.artifact ? `[full report and flame graphs](${report.links.artifact})` : '',
  ].filter(Boolean);
  return [`## ${icon[report.verdict]} perfgate: ${report.verdict}`, '', [...parts, ...links].join(' · ')].join('\n');
}

export function regressionTable(findings: Finding[]): string {
  const rows = findings.filter((f) => f.id === 'hotspot.regression' && f.severity !== 'info');
  if (rows.length === 0) return '';
  const lines = ['### Regressions', '', '| | Function | Profile | Share base → head | Change [95% CI] | Significance |', '|---|---|---|---|---|---|'];
  for (const f of rows) lines.push(regressionRow(f));
  return lines.join('\n');
}

function regressionRow(f: Finding): string {
  const e = f.evidence as {
    profileKind: string;
    sampleType: string;
    metric: string;
    base: { sharePercent: number };
    head: { sharePercent: number };
    change: { sharePoints: number };
    stats: { effect: number; effectLow: number; effectHigh: number; q: number; nBase: number; nHead: number } | null;
  };
  const s = e.stats;
  const change = s ? `${formatChange(s.effect)} [${formatChange(s.effectLow)}, ${formatChange(s.effectHigh)}]` : '~';
  const significance = s ? `q=${formatQ(s.q)}, n=${s.nBase}/${s.nHead}` : '~';
  return `| ${icon[f.severity]} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(e.profileKind)} · ${escapeMarkdown(e.sampleType)} · ${e.metric} | ${formatPercent(e.base.sharePercent)} → ${formatPercent(e.head.sharePercent)} (${formatPoints(e.change.sharePoints)}) | ${change} | ${significance} |`;
}

export function healthTable(findings: Finding[], severities: readonly string[]): string {
  const rows = findings.filter((f) => f.id !== 'hotspot.regression' && severities.includes(f.severity));
  if (rows.length === 0) return '';
  const title = severities.includes('info') ? '### Other findings' : '### Health';
  const lines = [title, '', '| | Check | Subject | Finding |', '|---|---|---|---|'];
  for (const f of rows) lines.push(`| ${icon[f.severity]} | ${markdownCode(f.id)} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(f.title)} |`);
  return lines.join('\n');
}

export function topChanges(c: ComparisonSummary): string {
  if (c.topChanges.length === 0) return '';
  const summary = `Top changes: ${escapeMarkdown(c.profileKind)} · ${escapeMarkdown(c.sampleType)} (${escapeMarkdown(c.unit)}), mean per run, ${c.baseRuns} vs ${c.headRuns} runs`;
  const lines = [`<details><summary>${summary}</summary>`, '', '| Function | Flat base → head | Flat share Δ | Cum share Δ | |', '|---|---|---|---|---|'];
  for (const row of c.topChanges) {
    const flat = `${formatValue(row.baseFlat, c.unit)} → ${formatValue(row.headFlat, c.unit)}`;
    lines.push(`| ${markdownCode(row.function)} | ${flat} | ${formatPoints(row.flatSharePoints)} | ${formatPoints(row.cumSharePoints)} | ${row.significant ? '' : '~'} |`);
  }
  lines.push('', '`~`: the change of this function\'s flat share is not significant (or it was not tested).', '', '</details>');
  return lines.join('\n');
}

export function notes(report: Report, extra: readonly string[]): string {
  const items: string[] = [...extra];
  const caveats = new Set<string>();
  for (const f of report.findings) for (const c of (f.evidence['caveats'] as string[] | undefined) ?? []) caveats.add(c);
  for (const c of caveats) items.push(escapeMarkdown(c));
  for (const input of report.inputs) {
    if (input.error) items.push(`${markdownCode(input.error.where || input.path)} could not be read: ${markdownCode(input.error.code)} ${escapeMarkdown(input.error.message)}`);
  }
  for (const d of report.diagnostics) items.push(`${markdownCode(d.where ?? d.path)}: ${markdownCode(d.code)} ×${d.count}: ${escapeMarkdown(d.message)}`);
  if (items.length === 0) return '';
  return ['**Notes**', '', ...items.map((item, i) => `${i + 1}. ${item}`)].join('\n');
}

export function footer(report: Report): string {
  return `<sub>perfgate ${escapeMarkdown(report.tool.version)} · report schema ${report.schemaVersion}</sub>`;
}
