// The history as series for `perfgate history`: one per benchmark and unit and per health metric,
// a point per entry (the median of its runs) labelled by commit and date, with the band the
// entries before it make (baseline-band.ts: median ± k·1.4826·MAD from five entries on) and
// points outside it marked: above for regressions (below for throughput units).

import { isTimeLike } from '../../analysis/bench/bench-noise.js';
import { directionOf } from '../../analysis/bench/bench-units.js';
import { baselineBand } from '../../analysis/stats/baseline-band.js';
import { median } from '../../analysis/stats/median.js';
import type { BaselineHistory, HistoryEntry } from '../../model/baseline-history.js';

export interface SeriesPoint {
  commit: string;
  date: string;
  runId: string;
  cpuModel: string;
  value: number;
  /** The band of the entries before this one (absent for the first five). */
  band?: { low: number; high: number };
  /** Outside that band in the worse direction. */
  regression: boolean;
}

export interface Series {
  title: string;
  unit: string;
  kind: 'benchmark' | 'health';
  points: SeriesPoint[];
}

/** Health metrics drawn, in this order: run-level name, title, unit, scale, band transform. */
const healthMetrics: { metric: string; title: string; unit: string; scale: number; transform: 'log' | 'identity' }[] = [
  { metric: 'run.gc.per-second', title: 'GC cycles per second', unit: 'GC/s', scale: 1, transform: 'log' },
  { metric: 'run.gc.per-iteration', title: 'GC cycles per iteration', unit: 'GC/op', scale: 1, transform: 'log' },
  { metric: 'run.gc.stw-max-ns', title: 'Longest GC stop-the-world pause', unit: 'ms', scale: 1e-6, transform: 'log' },
  { metric: 'run.sched.latency-p99-ns', title: 'Scheduler latency p99', unit: 'ms', scale: 1e-6, transform: 'log' },
  {
    metric: 'run.goroutines.alive-at-end',
    title: 'Goroutines alive at the end',
    unit: 'goroutines',
    scale: 1,
    transform: 'identity',
  },
];

/** Largest number of series drawn (benchmarks first, in key order). */
export const maxSeries = 200;

export function historySeries(history: BaselineHistory): Series[] {
  const entries = history.entries;
  const out: Series[] = [];
  for (const [key, unit] of benchmarkKeys(entries)) {
    const values = entries.map((e) => valuesOf(e.benchmarks?.find((b) => b.name === key && b.unit === unit)?.values));
    const worseUp = directionOf(unit) === 'higher-is-worse';
    out.push({
      title: `${key} ${unit}`,
      unit,
      kind: 'benchmark',
      points: points(entries, values, isTimeLike(unit) || unit.includes('/op') ? 'log' : 'identity', worseUp),
    });
    if (out.length >= maxSeries) return out;
  }
  for (const m of healthMetrics) {
    const values = entries.map((e) => {
      const v = valuesOf(e.metrics[m.metric]);
      return v === undefined ? undefined : v * m.scale;
    });
    if (values.some((v) => v !== undefined))
      out.push({ title: m.title, unit: m.unit, kind: 'health', points: points(entries, values, m.transform, true) });
  }
  return out.slice(0, maxSeries);
}

function benchmarkKeys(entries: readonly HistoryEntry[]): [string, string][] {
  const keys = new Map<string, [string, string]>();
  for (const e of entries) for (const b of e.benchmarks ?? []) keys.set(`${b.name}\u0000${b.unit}`, [b.name, b.unit]);
  return [...keys.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, v]) => v);
}

function valuesOf(values: readonly number[] | undefined): number | undefined {
  const finite = (values ?? []).filter(Number.isFinite);
  return finite.length > 0 ? median(finite) : undefined;
}

function points(
  entries: readonly HistoryEntry[],
  values: readonly (number | undefined)[],
  transform: 'log' | 'identity',
  worseUp: boolean,
): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  const before: number[] = [];
  entries.forEach((e, i) => {
    const value = values[i];
    if (value === undefined) return;
    const band = before.length >= 5 ? baselineBand(before.slice(-30), { transform }) : undefined;
    const regression = band ? (worseUp ? value > band.high : value < band.low) : false;
    out.push({
      commit: e.commit.sha,
      date: e.createdAt,
      runId: e.commit.workflowRunId,
      cpuModel: e.fingerprint?.cpuModel ?? '',
      value,
      ...(band ? { band: { low: band.low, high: band.high } } : {}),
      regression,
    });
    before.push(value);
  });
  return out;
}
