// Trends of health metrics for the report: each recorded base run of the baseline's history
// (oldest first, the median over its traces) and this head's median. Only metrics that both the
// history and head have are drawn. Benchmarks that regressed get a trend too (their median per
// recorded entry), so the comment shows whether head left the line the history drew.

import { median } from '../../analysis/stats/median.js';
import type { Run } from '../../model/artifact.js';
import type { Finding } from '../../model/finding.js';
import type { Trend } from '../../report/report.js';
import { summarizeMetrics, type BaselineHistory } from './baseline-snapshot.js';

const tracked: { metric: string; title: string; unit: string; scale: number }[] = [
  { metric: 'trace.gc.per-second', title: 'GC cycles per second', unit: 'GC/s', scale: 1 },
  { metric: 'trace.sched-latency.p99-ns', title: 'Scheduler latency p99', unit: 'ms', scale: 1e-6 },
  { metric: 'trace.goroutines.alive-at-end', title: 'Goroutines alive at the end', unit: 'goroutines', scale: 1 },
];

/** Trends of the regressed benchmarks (at most five) over the history's entries. */
export function benchmarkTrends(history: BaselineHistory | undefined, findings: readonly Finding[]): Trend[] {
  if (!history) return [];
  const trends: Trend[] = [];
  for (const f of findings) {
    if (f.id !== 'bench.regression' || trends.length >= 5) continue;
    const e = f.evidence;
    const key = `${e['pkg'] ? `${String(e['pkg'])}.` : ''}${String(e['benchmark'])}-${String(e['procs'])}`;
    const head = Number((e['head'] as { median?: unknown } | undefined)?.median);
    const valuesOf = (entry: BaselineHistory['entries'][number]): number[] =>
      entry.benchmarks?.find((b) => b.name === key && b.unit === e['unit'])?.values ?? [];
    const base = history.entries
      .map((entry) => ({ commit: entry.commit.sha, value: median(valuesOf(entry)) }))
      .filter((b) => Number.isFinite(b.value));
    const unit = String(e['unit']);
    if (Number.isFinite(head) && base.length > 0)
      trends.push({ title: `${String(e['benchmark'])} ${unit}`, unit, base, head });
  }
  return trends;
}

export function healthTrends(history: BaselineHistory | undefined, head: readonly Run[]): Trend[] {
  if (!history) return [];
  const headMetrics = summarizeMetrics(head);
  const trends: Trend[] = [];
  for (const { metric, title, unit, scale } of tracked) {
    const headValue = median(headMetrics[metric] ?? []);
    const base = history.entries
      .map((entry) => ({ commit: entry.commit.sha, value: median(entry.metrics[metric] ?? []) * scale }))
      .filter((b) => Number.isFinite(b.value));
    if (Number.isFinite(headValue) && base.length > 0) trends.push({ title, unit, base, head: headValue * scale });
  }
  return trends;
}
