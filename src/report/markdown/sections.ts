// The sections of the markdown report, each a small pure function of the Report. The comment
// and the job summary assemble them in priority order (see render-markdown.ts).

import { isBenchFinding, isFinding, type Finding, type FindingOf } from '../../model/finding.js';
import { escapeMarkdown, markdownCode, safeUrl } from '../escape.js';
import { flameGraphStem } from '../flamegraph/file-names.js';
import { evidenceField, effectOf, numberIn, readAttribution, sharePercent } from '../culprit-evidence.js';
import { shortLabel } from '../culprits.js';
import { spreadCaveats } from '../spread-caveats.js';
import { formatInterval, formatPercent, formatPoints, formatQ, formatRise, formatValue } from '../format-values.js';
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
  return [
    `## ${icon[report.verdict]} perfgate: ${report.verdict}`,
    '',
    ...why.flatMap((w) => [w, '']),
    [...parts, ...links].join(' · '),
    ...(flameGraphs ? ['', flameGraphs] : []),
  ].join('\n');
}

/** Names the differential flame graphs of the profiles that regressed: each a link to its page
 *  when the run's pages are published (`links.pages`), else by name in the report artifact. */
export function flameGraphLine(report: Report): string {
  const pages = report.links.pages;
  if (!report.links.artifact && !pages) return '';
  const regressed = report.findings
    .filter((f) => isFinding(f, 'hotspot.regression'))
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.evidence.profileKind}:${f.evidence.sampleType}`);
  const shown = report.comparisons.filter(
    (c) =>
      regressed.includes(`${c.profileKind}:${c.sampleType}/${c.unit}`) ||
      regressed.includes(`${c.profileKind}:${c.sampleType}`),
  );
  if (shown.length === 0) return '';
  const names = shown.slice(0, 6).map((c) => `${flameGraphStem(c.profileKind, c.sampleType)}.html`);
  const more = shown.length > 6 ? ', …' : '';
  if (pages) {
    const link = (text: string, file: string): string => {
      const url = safeUrl(`${pages}${file}`);
      return url ? `[${text}](${url})` : text;
    };
    const files = names.map((name) => link(markdownCode(name), name));
    return `🔥 Differential flame graphs of the regressed profiles: ${files.join(', ')}${more} (${link('all flame graphs', 'index.html')}).`;
  }
  const files = names.map((name) => markdownCode(name));
  return `🔥 Differential flame graphs of the regressed profiles in [the report artifact](${report.links.artifact ?? ''}): ${files.join(', ')}${more} (open \`index.html\`).`;
}

const maxRegressionRows = 200;

/** Every hotspot regression, one line each; the interval and q sit here, not on the first screen. */
export function regressionTable(findings: Finding[]): string {
  const rows = findings.filter((f) => isFinding(f, 'hotspot.regression')).filter((f) => f.severity !== 'info');
  if (rows.length === 0) return '';
  const lines = [
    '### Regressions',
    '',
    '| | Function | Profile | Share base → head | Change [95% CI] | Via | q, n |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of rows.slice(0, maxRegressionRows)) lines.push(regressionRow(f));
  if (rows.length > maxRegressionRows)
    lines.push('', `…and ${rows.length - maxRegressionRows} more (all of them are in the JSON report).`);
  return lines.join('\n');
}

function regressionRow(f: Finding): string {
  const base = sharePercent(f, 'base');
  const head = sharePercent(f, 'head');
  const effect = effectOf(f);
  const stats = evidenceField(f, 'stats');
  const q = numberIn(stats, 'q');
  const attribution = readAttribution(f);
  const viaOnly = !attribution.own && attribution.via.length > 0;
  const change = viaOnly
    ? `${formatPoints(attribution.via[0]?.sharePoints ?? 0)} via`
    : effect
      ? `${formatRise(base, head, 1 + effect.effect, (v) => formatPercent(v))} ${formatInterval(effect.low, effect.high)}`.trim()
      : '~';
  const significance =
    q !== undefined ? `q=${formatQ(q)}, n=${numberIn(stats, 'nBase') ?? 0}/${numberIn(stats, 'nHead') ?? 0}` : '~';
  const via = attribution.via
    .slice(0, 2)
    .map((v) => `${markdownCode(v.function)} ${formatPoints(v.sharePoints)}`)
    .join(', ');
  return `| ${icon[f.severity]} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(shortLabel(f))} | ${formatPercent(base)} → ${formatPercent(head)} | ${change} | ${via} | ${significance} |`;
}

export function healthTable(findings: Finding[], severities: readonly string[]): string {
  const rows = findings.filter(
    (f) => f.id !== 'hotspot.regression' && f.subject.kind !== 'benchmark' && severities.includes(f.severity),
  );
  if (rows.length === 0) return '';
  const title = severities.includes('info') ? '### Other findings' : '### Health';
  const lines = [title, '', '| | Check | Subject | Finding |', '|---|---|---|---|'];
  for (const f of rows)
    lines.push(
      `| ${icon[f.severity]} | ${markdownCode(f.id)} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(f.title)} |`,
    );
  return lines.join('\n');
}

const maxQuietBenchmarkRows = 30;

/** Every benchmark comparison (`bench.*` findings): regressions first, `~` when not significant. */
export function benchmarkTable(findings: Finding[]): string {
  const rank = (f: BenchFinding): number =>
    f.severity === 'fail' ? 0 : f.severity === 'warn' ? 1 : f.evidence.improved ? 2 : 3;
  const rows = findings.filter(isBenchFinding).sort((a, b) => rank(a) - rank(b));
  if (rows.length === 0) return '';
  const lines = [
    '### Benchmarks',
    '',
    '| | Benchmark | Unit | Median base → head | Change [95% CI] | Significance |',
    '|---|---|---|---|---|---|',
  ];
  // Every regression and improvement; unchanged rows only up to a bound, so a big suite cannot crowd out the rest.
  const shown = rows.filter(
    (f, i) => rank(f) < 3 || i < maxQuietBenchmarkRows + rows.filter((r) => rank(r) < 3).length,
  );
  for (const f of shown) lines.push(benchmarkRow(f));
  const hidden = rows.length - shown.length;
  if (hidden > 0)
    lines.push('', `…and ${hidden} more without a significant change (all of them are in the JSON report).`);
  lines.push(
    '',
    '`~`: no significant change (one-sided Mann–Whitney U, Benjamini–Hochberg q; exact units against their tolerance).',
  );
  return lines.join('\n');
}

type BenchFinding = FindingOf<'bench.regression' | 'bench.comparison'>;

function benchmarkRow(f: BenchFinding): string {
  const e = f.evidence;
  const mark = f.severity === 'info' ? (e.improved ? '🟢' : '') : icon[f.severity];
  const s = e.stats;
  const n = `n=${s ? s.nBase : e.base.values.length}/${s ? s.nHead : e.head.values.length}`;
  const valueUnit = e.unit === 'ns/op' ? 'nanoseconds' : e.unit === 'B/op' ? 'bytes' : '';
  const show = (v: number): string => formatValue(v, valueUnit);
  const interval =
    s && s.effectLow !== null && s.effectHigh !== null ? ` ${formatInterval(s.effectLow, s.effectHigh)}` : '';
  const rise = (ratio: number | undefined): string => formatRise(e.base.median, e.head.median, ratio, show);
  const effect = s ? `${rise(1 + s.effect)}${interval}` : e.change.ratio === null ? 'new' : rise(e.change.ratio);
  // A warn without significance comes from the fixed-tolerance fallback: show the medians' change.
  const fallback = e.change.ratio === null ? 'new' : `${rise(e.change.ratio)} (fixed tolerance)`;
  const change = e.significant ? effect : f.severity === 'info' ? '~' : fallback;
  const significance = s ? `q=${formatQ(s.q)}, ${n}` : `exact, ${n}`;
  const medians = `${formatValue(e.base.median, valueUnit)} → ${formatValue(e.head.median, valueUnit)}`;
  return `| ${mark} | ${markdownCode(f.subject.key)} | ${escapeMarkdown(e.unit)} | ${medians} | ${change} | ${significance} |`;
}

export function topChanges(c: ComparisonSummary): string {
  if (c.topChanges.length === 0) return '';
  if (c.tooFewEvents) {
    return `Top changes of ${escapeMarkdown(c.profileKind)} · ${escapeMarkdown(c.sampleType)}: not tested (${escapeMarkdown(String(c.eventsPerRun))} sampling events per run, ${c.baseRuns} vs ${c.headRuns} runs).`;
  }
  const untested = '';
  const summary = `Top changes: ${escapeMarkdown(c.profileKind)} · ${escapeMarkdown(c.sampleType)} (${escapeMarkdown(c.unit)}), mean per run, ${c.baseRuns} vs ${c.headRuns} runs${untested}`;
  const lines = [
    `<details><summary>${summary}</summary>`,
    '',
    '| Function | Flat base → head | Flat share Δ | Cum share Δ | |',
    '|---|---|---|---|---|',
  ];
  for (const row of c.topChanges) {
    const flat = `${formatValue(row.baseFlat, c.unit)} → ${formatValue(row.headFlat, c.unit)}`;
    lines.push(
      `| ${markdownCode(row.function)} | ${flat} | ${formatPoints(row.flatSharePoints)} | ${formatPoints(row.cumSharePoints)} | ${row.significant ? '' : '~'} |`,
    );
  }
  lines.push(
    '',
    "`~`: the change of this function's flat share is not significant (or it was not tested).",
    '',
    '</details>',
  );
  return lines.join('\n');
}

export function notes(report: Report, extra: readonly string[]): string {
  const items: string[] = [...extra];
  const caveats = new Set<string>();
  for (const f of report.findings) {
    if (f.id === 'hotspot.regression' || isBenchFinding(f)) for (const c of f.evidence.caveats) caveats.add(c.text);
  }
  for (const c of caveats) items.push(escapeMarkdown(c));
  for (const c of spreadCaveats(report.findings)) {
    const where = `${markdownCode(c.benchmark)} ${escapeMarkdown(c.unit)}`;
    items.push(
      `${where}: run-to-run spread ${(c.cv * 100).toFixed(0)}% on ${c.side} (coefficient of variation): fix the iteration count (\`-benchtime=Nx\`), run base and head interleaved (\`mode: ab\`) or add rounds.`,
    );
  }
  const unavailable: unknown = report.changes?.unavailable;
  if (typeof unavailable === 'string') items.push(`Changed lines are not marked: ${escapeMarkdown(unavailable)}`);
  for (const input of report.inputs) {
    if (input.error)
      items.push(
        `${markdownCode(input.error.where || input.path)} could not be read: ${markdownCode(input.error.code)} ${escapeMarkdown(input.error.message)}`,
      );
  }
  for (const d of report.diagnostics)
    items.push(`${markdownCode(d.where ?? d.path)}: ${markdownCode(d.code)} ×${d.count}: ${escapeMarkdown(d.message)}`);
  if (items.length === 0) return '';
  return ['**Notes**', '', ...items.map((item, i) => `${i + 1}. ${item}`)].join('\n');
}

export function footer(report: Report): string {
  return `<sub>perfgate ${escapeMarkdown(report.tool.version)} · report schema ${report.schemaVersion}</sub>`;
}
