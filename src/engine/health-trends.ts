// Trends of health metrics for the report: each recorded base run of the baseline's history
// (oldest first, the median over its traces) and this head's median. Only metrics that both the
// history and head have are drawn.

import { median } from '../analysis/stats/median.js';
import type { Run } from '../model/artifact.js';
import type { Trend } from '../report/report.js';
import { summarizeMetrics, type BaselineHistory } from './baseline-snapshot.js';

const tracked: { metric: string; title: string; unit: string; scale: number }[] = [
  { metric: 'trace.gc.per-second', title: 'GC cycles per second', unit: 'GC/s', scale: 1 },
  { metric: 'trace.sched-latency.p99-ns', title: 'Scheduler latency p99', unit: 'ms', scale: 1e-6 },
  { metric: 'trace.goroutines.alive-at-end', title: 'Goroutines alive at the end', unit: 'goroutines', scale: 1 },
];

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
