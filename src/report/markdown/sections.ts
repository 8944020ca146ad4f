// The sections of the markdown report, each a small pure function of the Report. The comment
// and the job summary assemble them in priority order (see render-markdown.ts).

import { isBenchFinding, isFinding, type Finding, type FindingOf } from '../../model/finding.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import { flameGraphStem } from '../flamegraph/file-names.js';
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
  const flameGraphs = flameGraphLine(report);
  // Why nothing was decided (an input that could not be read, no base) is the headline's news.
  const shown = report.verdict === 'inconclusive' ? report.reasons.slice(0, 3) : [];
  const why = shown.map((r) => `**${escapeMarkdown(r)}**`);
  return [`## ${icon[report.verdict]} perfgate: ${report.verdict}`, '', ...why.flatMap((w) => [w, '']), [...parts, ...links].join(' · '), ...(flameGraphs ? ['', flameGraphs] : [])].join('\n');
}

/** Names the differential flame graphs (in the report artifact) of the profiles that regressed. */
function flameGraphLine(report: Report): string {
  if (!report.links.artifact) return '';
  const regressed = report.findings
    .filter((f) => isFinding(f, 'hotspot.regression'))
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.evidence.profileKind}:${f.evidence.sampleType}`);
  const shown = report.comparisons.filter((c) => regressed.includes(`${c.profileKind}:${c.sampleType}/${c.unit}`) || regressed.includes(`${c.profileKind}:${c.sampleType}`));
  if (shown.length === 0) return '';
  const files = shown.slice(0, 6).map((c) => markdownCode(`${flameGraphStem(c.profileKind, c.sampleType)}.html`));
  return `🔥 Differential flame graphs of the regressed profiles in [the report artifact](${report.links.artifact}): ${files.join(', ')}${shown.length > 6 ? ', …' : ''} (open \`index.html\`).`;
}

export function regressionTable(findings: Finding[]): string {
  const rows = findings.filter((f) => isFinding(f, 'hotspot.regression')).filter((f) => f.severity !== 'info');
  if (rows.length === 0) return '';
  const lines = ['### Regressions', '', '| | Function | Profile | Share base → head | Change [95% CI] | Significance |', '|---|---|---|---|---|---|'];
  for (const f of rows) lines.push(regressionRow(f));
  return lines.join('\n');
}

function regressionRow(f: FindingOf<'hotspot.regression'>): string {
  const e = f.evidence;
  const s = e.stats;
  const change = s ? `${formatChange(s.effect)} [${formatChange(s.effectLow)}, ${formatChange(s.effectHigh)}]` : '~';
  const significance = s ? `q=${formatQ(s.q)}, n=${s.nBase}/${s.nHead}` : '~';
  return `| ${icon[f.severity]} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(e.profileKind)} · ${escapeMarkdown(e.sampleType)} · ${e.metric} | ${formatPercent(e.base.sharePercent)} → ${formatPercent(e.head.sharePercent)} (${formatPoints(e.change.sharePoints)}) | ${change} | ${significance} |`;
}

export function healthTable(findings: Finding[], severities: readonly string[]): string {
  const rows = findings.filter((f) => f.id !== 'hotspot.regression' && f.subject.kind !== 'benchmark' && severities.includes(f.severity));
  if (rows.length === 0) return '';
  const title = severities.includes('info') ? '### Other findings' : '### Health';
  const lines = [title, '', '| | Check | Subject | Finding |', '|---|---|---|---|'];
  for (const f of rows) lines.push(`| ${icon[f.severity]} | ${markdownCode(f.id)} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(f.title)} |`);
  return lines.join('\n');
}

const maxQuietBenchmarkRows = 30;

/** Every benchmark comparison (`bench.*` findings): regressions first, `~` when not significant. */
export function benchmarkTable(findings: Finding[]): string {
  const rank = (f: BenchFinding): number =>
    f.severity === 'fail' ? 0 : f.severity === 'warn' ? 1 : f.evidence.improved ? 2 : 3;
  const rows = findings.filter(isBenchFinding).sort((a, b) => rank(a) - rank(b));
  if (rows.length === 0) return '';
  const lines = ['### Benchmarks', '', '| | Benchmark | Unit | Median base → head | Change [95% CI] | Significance |', '|---|---|---|---|---|---|'];
  // Every regression and improvement; unchanged rows only up to a bound, so a big suite cannot crowd out the rest.
  const shown = rows.filter((f, i) => rank(f) < 3 || i < maxQuietBenchmarkRows + rows.filter((r) => rank(r) < 3).length);
  for (const f of shown) lines.push(benchmarkRow(f));
  const hidden = rows.length - shown.length;
  if (hidden > 0) lines.push('', `…and ${hidden} more without a significant change (all of them are in the JSON report).`);
  lines.push('', '`~`: no significant change (one-sided Mann–Whitney U, Benjamini–Hochberg q; exact units against their tolerance).');
  return lines.join('\n');
}

type BenchFinding = FindingOf<'bench.regression' | 'bench.comparison'>;

function benchmarkRow(f: BenchFinding): string {
  const e = f.evidence;
  const mark = f.severity === 'info' ? (e.improved ? '🟢' : '') : icon[f.severity];
  const s = e.stats;
  const n = `n=${s ? s.nBase : e.base.values.length}/${s ? s.nHead : e.head.values.length}`;
  const interval = s && s.effectLow !== null && s.effectHigh !== null ? ` [${formatChange(s.effectLow)}, ${formatChange(s.effectHigh)}]` : '';
  const effect = s ? `${formatChange(s.effect)}${interval}` : e.change.ratio === null ? 'new' : formatChange(e.change.ratio - 1);
  // A warn without significance comes from the fixed-tolerance fallback: show the medians' change.
  const fallback = e.change.ratio === null ? 'new' : `${formatChange(e.change.ratio - 1)} (fixed tolerance)`;
  const change = e.significant ? effect : f.severity === 'info' ? '~' : fallback;
  const significance = s ? `q=${formatQ(s.q)}, ${n}` : `exact, ${n}`;
  const valueUnit = e.unit === 'ns/op' ? 'nanoseconds' : e.unit === 'B/op' ? 'bytes' : '';
  const medians = `${formatValue(e.base.median, valueUnit)} → ${formatValue(e.head.median, valueUnit)}`;
  return `| ${mark} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(e.unit)} | ${medians} | ${change} | ${significance} |`;
}

export function topChanges(c: ComparisonSummary): string {
  if (c.topChanges.length === 0) return '';
  const untested = c.tooFewEvents ? ` · not tested: ${c.eventsPerRun} sampling events per run` : '';
  const summary = `Top changes: ${escapeMarkdown(c.profileKind)} · ${escapeMarkdown(c.sampleType)} (${escapeMarkdown(c.unit)}), mean per run, ${c.baseRuns} vs ${c.headRuns} runs${untested}`;
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
  for (const f of report.findings) {
    if (f.id === 'hotspot.regression' || isBenchFinding(f)) for (const c of f.evidence.caveats) caveats.add(c.text);
  }
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
