// gc.frequency: head's GC cycles per second must stay inside the band learned from base. Until
// the statistics work lands the band is ±tolerance around base's mean (default 15%, the rule
// teams use today; `checks['gc.frequency'].tolerance`).

import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries, meanOf } from '../../../model/go-trace-summary.js';
import type { HealthCheck } from '../check.js';

const id = 'gc.frequency';

export const gcFrequency: HealthCheck = {
  id,
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.15);
    const b = goTraceSummaries(base);
    const h = goTraceSummaries(head);
    const baseRate = meanOf(b, (s) => s.gc.perSecond);
    const headRate = meanOf(h, (s) => s.gc.perSecond);
    if (baseRate === undefined || headRate === undefined || baseRate <= 0) return [];
    const low = baseRate * (1 - tolerance);
    const high = baseRate * (1 + tolerance);
    if (headRate >= low && headRate <= high) return [];
    const change = headRate / baseRate - 1;
    return [
      {
        id,
        severity,
        title: `GC frequency ${headRate.toFixed(1)}/s is ${change > 0 ? 'above' : 'below'} the base band ${low.toFixed(1)}–${high.toFixed(1)}/s (${(change * 100).toFixed(0)}%)`,
        subject: { kind: 'trace', key: 'gc' },
        evidence: {
          basePerSecond: baseRate,
          headPerSecond: headRate,
          tolerance,
          band: [low, high],
          baseRuns: b.length,
          headRuns: h.length,
          baseCycles: b.map((t) => t.summary.gc.cycles),
          headCycles: h.map((t) => t.summary.gc.cycles),
        },
      },
    ];
  },
};
