// The culprit rows and benchmark groups of a report, derived from its findings (so a merged or
// re-rendered report gets the same rows): one row per user function or runtime cost class with
// its strongest regression, the frames charged to it, its benchmarks and whether the pull
// request changed it; one group per regressed benchmark with its culprits. Most severe first;
// among rows of equal severity, functions the change touched come first.

import type { Finding, Severity } from '../model/finding.js';
import {
  evidenceField,
  effectOf,
  numberIn,
  readAttribution,
  sharePercent,
  textField,
  type AttributionRead,
  type SpanRead,
} from './culprit-evidence.js';

export interface CulpritRow {
  /** Function key, or `runtime: <class label>`. */
  name: string;
  kind: 'function' | 'class' | 'frame';
  severity: Severity;
  /** Short label of the profile and metric: `cpu cum`, `alloc bytes flat`. */
  label: string;
  basePercent: number;
  headPercent: number;
  /** head ÷ base of the share by the test's effect, when tested. */
  ratio: number | undefined;
  attribution: AttributionRead;
  /** Labels of this function's other regressed profiles. */
  also: string[];
  /** Lines of the function that the pull request changed (`--diff-base`, the Action). */
  changed: SpanRead | null;
}

/** Changed lines per repository path, 1-based inclusive ranges (from `git diff`). */
export interface ChangedLines {
  /** Absent when the diff could not be taken. */
  /** Profile file name (module path or workspace path) → changed ranges. */
  files?: Record<string, [number, number][]>;
}

const typeLabels: Record<string, string> = {
  cpu: 'cpu',
  alloc_space: 'alloc bytes',
  alloc_objects: 'allocs',
  inuse_space: 'inuse bytes',
  inuse_objects: 'inuse objects',
  contentions: 'contentions',
  delay: 'delay',
  samples: 'samples',
};

export function shortLabel(f: Finding): string {
  const kind = textField(f, 'profileKind');
  const type = textField(f, 'sampleType').split('/')[0] ?? '';
  const prefix = kind === 'mutex' || kind === 'block' || kind === 'goroutine' ? `${kind} ` : '';
  return `${prefix}${typeLabels[type] ?? type} ${textField(f, 'metric')}`.trim();
}

const rank: Record<Severity, number> = { fail: 2, warn: 1, info: 0 };

export function culpritRows(findings: readonly Finding[], changes?: ChangedLines): CulpritRow[] {
  const rows = new Map<string, CulpritRow>();
  const order: CulpritRow[] = [];
  for (const f of findings) {
    if (f.id !== 'hotspot.regression' || f.severity === 'info' || f.subject.kind !== 'function') continue;
    const known = rows.get(f.subject.key);
    if (known) {
      if (known.also.length < 3 && !known.also.includes(shortLabel(f)) && shortLabel(f) !== known.label)
        known.also.push(shortLabel(f));
      continue;
    }
    const attribution = readAttribution(f);
    const effect = effectOf(f);
    const row: CulpritRow = {
      name: f.subject.key,
      kind: attribution.costClass ? 'class' : evidenceField(f, 'attribution') ? 'function' : 'frame',
      severity: f.severity,
      label: shortLabel(f),
      basePercent: sharePercent(f, 'base'),
      headPercent: sharePercent(f, 'head'),
      ratio: attribution.costClass || !attribution.own || !effect ? undefined : 1 + effect.effect,
      attribution,
      also: [],
      changed: changedSpan(attribution.source, changes),
    };
    rows.set(row.name, row);
    order.push(row);
  }
  // Findings arrive most severe first, then by weight; user functions before runtime classes,
  // which they often explain (allocations drive GC work).
  const weight = (r: CulpritRow): number => rank[r.severity] * 4 + (r.changed ? 2 : 0) + (r.kind === 'class' ? 0 : 1);
  return order
    .map((r, i) => ({ r, i }))
    .sort((a, b) => weight(b.r) - weight(a.r) || a.i - b.i)
    .map((x) => x.r);
}

function changedSpan(source: SpanRead | null, changes: ChangedLines | undefined): SpanRead | null {
  if (!source || !changes) return null;
  // `changes` may come from an untrusted report.json: read only well-formed pairs.
  const files: unknown = changes.files;
  const ranges: unknown =
    typeof files === 'object' && files !== null && Object.hasOwn(files, source.file)
      ? Reflect.get(files, source.file)
      : undefined;
  if (!Array.isArray(ranges)) return null;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const pair of ranges) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') continue;
    const [a, b] = [pair[0], pair[1]];
    if (b < source.first || a > source.last) continue;
    first = Math.min(first, Math.max(a, source.first));
    last = Math.max(last, Math.min(b, source.last));
  }
  return last > 0 ? { file: source.file, first, last } : null;
}

export interface BenchUnitChange {
  unit: string;
  severity: Severity;
  base: number;
  head: number;
  /** head ÷ base (the test's effect when tested). */
  ratio: number | undefined;
}

export interface BenchmarkGroup {
  benchmark: string;
  severity: Severity;
  units: BenchUnitChange[];
  /** Culprit rows under this benchmark, in culprit order. */
  culprits: CulpritRow[];
}

export function benchmarkGroups(findings: readonly Finding[], culprits: readonly CulpritRow[]): BenchmarkGroup[] {
  const groups = new Map<string, BenchmarkGroup>();
  for (const f of findings) {
    if (f.subject.kind !== 'benchmark' || f.id !== 'bench.regression' || f.severity === 'info') continue;
    const name = f.subject.key;
    const group = groups.get(name) ?? { benchmark: name, severity: f.severity, units: [], culprits: [] };
    if (rank[f.severity] > rank[group.severity]) group.severity = f.severity;
    const median = (side: string): number => numberIn(evidenceField(f, side), 'median') ?? 0;
    const effect = effectOf(f);
    group.units.push({
      unit: textField(f, 'unit'),
      severity: f.severity,
      base: median('base'),
      head: median('head'),
      ratio: effect ? 1 + effect.effect : undefined,
    });
    groups.set(name, group);
  }
  const top = (name: string): string => name.split('/')[0] ?? name;
  const byBenchmark = new Map<string, CulpritRow[]>();
  for (const c of culprits) {
    for (const b of new Set(c.attribution.benchmarks)) {
      const list = byBenchmark.get(b);
      if (list) list.push(c);
      else byBenchmark.set(b, [c]);
    }
  }
  for (const g of groups.values()) {
    g.units.sort((a, b) => unitOrder(a.unit) - unitOrder(b.unit));
    g.culprits = byBenchmark.get(top(g.benchmark)) ?? [];
  }
  return [...groups.values()].sort(
    (a, b) =>
      rank[b.severity] - rank[a.severity] || worstRise(b) - worstRise(a) || a.benchmark.localeCompare(b.benchmark),
  );
}

function unitOrder(unit: string): number {
  const i = ['ns/op', 'B/op', 'allocs/op'].indexOf(unit);
  return i < 0 ? 3 : i;
}

function worstRise(g: BenchmarkGroup): number {
  const time = g.units.find((u) => u.unit === 'ns/op');
  const u = time ?? g.units[0];
  if (!u) return 0;
  return u.ratio ?? (u.base > 0 ? u.head / u.base : 1e9);
}
