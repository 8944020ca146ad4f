// sched.latency-p99: head's 99th-percentile scheduler latency (runnable → running) must not grow
// past base's by more than `tolerance` (default +50%) and `minDeltaNs` (default 50 µs).
// Traces with fewer than `minSamples` (default 20) intervals are not judged. With five or more
// history entries the reference is the band of the entries' p99s (median ± k·1.4826·MAD, log
// scale, docs/statistics.md §6) and head's median must pass its top and `minDeltaNs`.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries } from '../../../model/go-trace-summary.js';
import { median } from '../../stats/median.js';
import { bandEvidence, describeBand, historyBand } from '../../stats/history-band.js';
import type { HealthCheck } from '../check.js';
import { runHealthMetrics, runMetric } from '../run-metrics.js';

const id = 'sched.latency-p99';

export const schedLatencyP99: HealthCheck = {
  id,
  options: {
    tolerance: z.number().nonnegative(),
    'min-delta-ns': z.number().nonnegative(),
    'min-samples': z.number().int().positive(),
  },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.5);
    const minDeltaNs = checkNumber(config, id, 'minDeltaNs', 50_000);
    const minSamples = checkNumber(config, id, 'minSamples', 20);
    const usable = (runs: typeof base): number[] =>
      goTraceSummaries(runs)
        .filter((t) => t.summary.schedLatencyNs.count >= minSamples)
        .map((t) => t.summary.schedLatencyNs.p99);
    const h = usable(head);
    const learned = historyBand(context, runMetric.schedP99Ns);
    const headRuns = runHealthMetrics(head, minSamples)[runMetric.schedP99Ns] ?? [];
    if (learned && headRuns.length > 0) {
      const headMedian = median(headRuns);
      if (headMedian <= learned.band.high || headMedian - learned.band.center < minDeltaNs) return [];
      const us = (v: number): string => `${(v / 1e3).toFixed(0)} µs`;
      return [
        {
          id,
          severity,
          title: `Scheduler latency p99 ${us(headMedian)} (median of runs) is above the ${describeBand(learned, us)}`,
          subject: { kind: 'trace', key: 'scheduler' },
          evidence: { headP99Ns: headMedian, ...bandEvidence(learned, 'ns'), minDeltaNs, headRuns: headRuns.length },
        },
      ];
    }
    const b = usable(base);
    if (b.length === 0 || h.length === 0) return [];
    const baseP99 = b.reduce((x, y) => x + y, 0) / b.length;
    const headP99 = h.reduce((x, y) => x + y, 0) / h.length;
    if (headP99 <= baseP99 * (1 + tolerance) || headP99 - baseP99 < minDeltaNs) return [];
    return [
      {
        id,
        severity,
        title: `Scheduler latency p99 rose to ${(headP99 / 1e3).toFixed(0)} µs (base ${(baseP99 / 1e3).toFixed(0)} µs)`,
        subject: { kind: 'trace', key: 'scheduler' },
        evidence: {
          baseP99Ns: baseP99,
          headP99Ns: headP99,
          tolerance,
          minDeltaNs,
          baseRuns: b.length,
          headRuns: h.length,
        },
      },
    ];
  },
};
