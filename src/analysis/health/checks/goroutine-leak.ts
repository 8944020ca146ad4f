// goroutine.leak: more goroutines alive at the end of head's traces than at the end of base's
// (means over runs) hints at goroutines that never exit. `allowance` (default 0) absorbs a few.
// Alive counts include goroutines that existed before tracing started, as Go's parser does.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries, meanOf } from '../../../model/go-trace-summary.js';
import type { HealthCheck } from '../check.js';

const id = 'goroutine.leak';

export const goroutineLeak: HealthCheck = {
  id,
  options: { allowance: z.number().nonnegative() },
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const allowance = checkNumber(config, id, 'allowance', 0);
    const b = goTraceSummaries(base);
    const h = goTraceSummaries(head);
    const baseAlive = meanOf(b, (s) => s.goroutines.aliveAtEnd);
    const headAlive = meanOf(h, (s) => s.goroutines.aliveAtEnd);
    if (baseAlive === undefined || headAlive === undefined || headAlive <= baseAlive + allowance) return [];
    return [
      {
        id,
        severity,
        title: `${Math.round(headAlive - baseAlive)} more goroutines alive at the end of the trace than on base (${Math.round(headAlive)} vs ${Math.round(baseAlive)})`,
        subject: { kind: 'trace', key: 'goroutines' },
        evidence: {
          baseAliveAtEnd: baseAlive,
          headAliveAtEnd: headAlive,
          allowance,
          headCreated: h.map((t) => t.summary.goroutines.created),
          headEnded: h.map((t) => t.summary.goroutines.ended),
        },
      },
    ];
  },
};
