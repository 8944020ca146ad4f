// sched.latency-p99: head's 99th-percentile scheduler latency (runnable → running) must not grow
// past base's by more than `tolerance` (default +50%) and `minDeltaNs` (default 50 µs).
// Traces with fewer than `minSamples` (default 20) intervals are not judged.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries } from '../../../model/go-trace-summary.js';
import type { HealthCheck } from '../check.js';

const id = 'sched.latency-p99';

export const schedLatencyP99: HealthCheck = {
  id,
  options: {
    tolerance: z.number().nonnegative(),
    'min-delta-ns': z.number().nonnegative(),
    'min-samples': z.number().int().positive(),
  },
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.5);
    const minDeltaNs = checkNumber(config, id, 'minDeltaNs', 50_000);
    const minSamples = checkNumber(config, id, 'minSamples', 20);
    const usable = (runs: typeof base): number[] =>
      goTraceSummaries(runs)
        .filter((t) => t.summary.schedLatencyNs.count >= minSamples)
        .map((t) => t.summary.schedLatencyNs.p99);
    const b = usable(base);
    const h = usable(head);
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
        evidence: { baseP99Ns: baseP99, headP99Ns: headP99, tolerance, minDeltaNs, baseRuns: b.length, headRuns: h.length },
      },
    ];
  },
};
