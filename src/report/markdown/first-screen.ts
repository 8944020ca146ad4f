// The first screen of the comment (docs/report-schema.md, "The comment"): the verdict, one line of
// counts and links, one sentence naming the worst benchmark and its culprit, the culprit table
// (at most five rows, one line each) and the regressed benchmarks. Everything else goes under
// <details> (render-markdown.ts).

import type { Finding } from '../../model/finding.js';
import type { BenchmarkGroup, BenchUnitChange, CulpritRow } from '../culprits.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import { formatRise, formatValue } from '../format-values.js';
import type { Report } from '../report.js';

const icon = { fail: '❌', warn: '⚠️', info: 'ℹ️', pass: '✅', inconclusive: '❔' } as const;
const maxCulpritRows = 5;
const maxBenchmarkRows = 6;

export function firstScreen(
  report: Report,
  culprits: readonly CulpritRow[],
  groups: readonly BenchmarkGroup[],
): string {
  // Why nothing was decided (an input that could not be read, no base) is the headline's news.
  const why =
    report.verdict === 'inconclusive' ? report.reasons.slice(0, 3).map((r) => `**${escapeMarkdown(r)}**`) : [];
  const lines = [
    `## ${icon[report.verdict]} perfgate: ${report.verdict}`,
    '',
    ...why.flatMap((w) => [w, '']),
    countsLine(report, culprits, groups),
  ];
  const sentence = leadSentence(report, culprits, groups);
  if (sentence) lines.push('', sentence);
  if (culprits.length > 0) lines.push('', ...culpritTable(culprits, report.changes?.files !== undefined));
  if (groups.length > 0) lines.push('', ...benchmarkRows(groups));
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;
}

function countsLine(report: Report, culprits: readonly CulpritRow[], groups: readonly BenchmarkGroup[]): string {
  const functions = culprits.filter((c) => c.kind !== 'class').length;
  const classes = culprits.length - functions;
  const regressed = [
    groups.length ? plural(groups.length, 'benchmark') : '',
    functions ? plural(functions, 'function') : '',
    classes ? plural(classes, 'runtime cost class') : '',
  ].filter(Boolean);
  const health = report.findings.filter(isHealth);
  const { summary } = report;
  const parts = [
    regressed.length ? `**${joinAnd(regressed)} regressed**` : '',
    health.length ? plural(health.length, 'health finding') : '',
    `${plural(summary.baseRuns, 'base run')} vs ${plural(summary.headRuns, 'head run')}`,
    report.links.run ? `[workflow run](${report.links.run})` : '',
    report.links.artifact ? `[full report and flame graphs](${report.links.artifact})` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export function isHealth(f: Finding): boolean {
  return f.id !== 'hotspot.regression' && f.subject.kind !== 'benchmark' && f.severity !== 'info';
}

/** `BenchmarkFindPrice +69% ns/op; culprit `example.com/shop.findPrice` +29% cpu cum, changed in this PR at `shop.go:41`.` */
function leadSentence(report: Report, culprits: readonly CulpritRow[], groups: readonly BenchmarkGroup[]): string {
  // The worst benchmark that has a culprit; else the worst one, and the top culprit beside it.
  const group = groups.find((g) => g.culprits.length > 0) ?? groups[0];
  const culprit = group?.culprits[0] ?? culprits[0];
  const word = group && group.culprits.length === 0 ? 'top culprit' : 'culprit';
  const parts: string[] = [];
  if (group) {
    const unit = group.units[0];
    parts.push(`${markdownCode(group.benchmark)} ${unit ? compact(unitChange(unit)) : ''}`.trim());
  }
  if (culprit)
    parts.push(
      `${parts.length ? word : 'Culprit'} ${markdownCode(culprit.name)} ${culpritChange(culprit)} ${escapeMarkdown(culprit.label)}${culpritTail(culprit)}`,
    );
  if (parts.length === 0) {
    const health = report.findings.find(isHealth);
    if (health) return `${markdownCode(health.id)}: ${escapeMarkdown(health.title)}`;
    return report.verdict === 'pass' ? 'No benchmark, function or health check got worse.' : '';
  }
  return `${parts.join('; ')}.`;
}

function culpritTail(c: CulpritRow): string {
  const tail: string[] = [];
  if (c.changed) tail.push(`changed in this PR at ${markdownCode(`${basename(c.changed.file)}:${c.changed.first}`)}`);
  const health = c.attribution.costClass?.health ?? [];
  if (health.length) tail.push(`explained by ${health.map(markdownCode).join(', ')}`);
  const via = c.attribution.via[0];
  if (via && !c.changed) tail.push(`via ${markdownCode(via.function)}`);
  return tail.length ? `, ${tail.join(', ')}` : '';
}

/** One change figure, compact: `+29%`, `×31`, `new (0 → 17%)`, `2.3% → 4.5%` for a class. */
export function culpritChange(c: CulpritRow): string {
  const pct = (v: number): string => `${v.toFixed(v >= 10 || v === 0 ? 0 : 1)}%`;
  if (c.kind === 'class') return `${pct(c.basePercent)} → ${pct(c.headPercent)}`;
  if (!c.attribution.own) return compactPoints(c.attribution.via[0]?.sharePoints ?? 0);
  return compact(formatRise(c.basePercent, c.headPercent, c.ratio, pct));
}

/** `+29.2%` → `+29%` (one decimal only below 10%). */
function compact(change: string): string {
  return change.replace(/([+−])(\d+)\.(\d)%/, (_, sign: string, whole: string, tenth: string) =>
    whole.length >= 2 ? `${sign}${Math.round(Number(`${whole}.${tenth}`))}%` : `${sign}${whole}.${tenth}%`,
  );
}

function compactPoints(points: number): string {
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pp`;
}

/** Keeps a cell on one line: GitHub's table cells wrap at spaces. */
function oneLine(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

function culpritTable(culprits: readonly CulpritRow[], withChanges: boolean): string[] {
  // The benchmarks of each culprit are in the benchmark table below.
  const head = withChanges
    ? '| | Culprit | Change | Via / explained by | Changed in this PR |'
    : '| | Culprit | Change | Via / explained by |';
  const lines = [head, withChanges ? '|---|---|---|---|---|' : '|---|---|---|---|'];
  for (const c of culprits.slice(0, maxCulpritRows)) {
    const cells = [
      icon[c.severity],
      markdownCode(oneLine(shortName(c.name))),
      oneLine(`${escapeMarkdown(c.label)} ${culpritChange(c)}`),
      explainedBy(c),
    ];
    if (withChanges)
      cells.push(c.changed ? markdownCode(`${basename(c.changed.file)}:${c.changed.first}–${c.changed.last}`) : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (culprits.length > maxCulpritRows)
    lines.push('', `…and ${culprits.length - maxCulpritRows} more culprits in the details below.`);
  return lines;
}

function explainedBy(c: CulpritRow): string {
  const cls = c.attribution.costClass;
  if (cls) {
    const parts = cls.health.map(markdownCode);
    if (cls.allocators.length)
      parts.push(
        `allocations in ${cls.allocators
          .slice(0, 2)
          .map((a) => markdownCode(shortName(a)))
          .join(', ')}`,
      );
    return parts.join('; ');
  }
  const via = c.attribution.via[0];
  if (!via) return '';
  // A via-only row already shows the frame's part as its change.
  return c.attribution.own
    ? `via ${markdownCode(via.function)} (${oneLine(compactPoints(via.sharePoints))})`
    : `via ${markdownCode(via.function)}`;
}

function benchmarkRows(groups: readonly BenchmarkGroup[]): string[] {
  const lines = ['| | Benchmark | Change | Culprits |', '|---|---|---|---|'];
  for (const g of groups.slice(0, maxBenchmarkRows)) {
    const names = g.culprits.map((c) => markdownCode(oneLine(shortName(c.name))));
    const culprits = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
    lines.push(
      `| ${icon[g.severity]} | ${markdownCode(g.benchmark)} | ${oneLine(g.units.map((u) => compact(unitChange(u))).join(', '))} | ${culprits} |`,
    );
  }
  if (groups.length > maxBenchmarkRows)
    lines.push('', `…and ${groups.length - maxBenchmarkRows} more regressed benchmarks in the details below.`);
  return lines;
}

export function unitChange(u: BenchUnitChange): string {
  const valueUnit = u.unit === 'ns/op' ? 'nanoseconds' : u.unit === 'B/op' ? 'bytes' : '';
  return `${formatRise(u.base, u.head, u.ratio, (v) => formatValue(v, valueUnit))} ${escapeMarkdown(u.unit)}`;
}

/** `example.com/shop.(*Shop).Checkout` → `shop.(*Shop).Checkout`. */
export function shortName(name: string): string {
  return name.startsWith('runtime: ') ? name : name.slice(name.lastIndexOf('/') + 1);
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
