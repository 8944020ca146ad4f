// goroutine.leak: more goroutines alive at the end of head's traces than at the end of base's
// (means over runs) hints at goroutines that never exit. `allowance` (default 0) absorbs a few.
// Alive counts include goroutines that existed before tracing started, as Go's parser does.
// With five or more history entries the exact rule applies (docs/statistics.md §6): head's
// largest count above every recorded run's warns, above max + max(1, range) of history fails.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries, meanOf } from '../../../model/go-trace-summary.js';
import type { Severity } from '../../../model/finding.js';
import { checkExactCount } from '../../stats/baseline-band.js';
import { historyValues } from '../../stats/history-band.js';
import type { HealthCheck } from '../check.js';
import { runHealthMetrics, runMetric } from '../run-metrics.js';

const id = 'goroutine.leak';

export const goroutineLeak: HealthCheck = {
  id,
  options: { allowance: z.number().nonnegative() },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const allowance = checkNumber(config, id, 'allowance', 0);
    const learned = historyValues(context, runMetric.aliveAtEnd);
    const headRuns = runHealthMetrics(head)[runMetric.aliveAtEnd] ?? [];
    if (learned && headRuns.length > 0) {
      const check = checkExactCount(learned.values, headRuns);
      if (!check?.severity) return [];
      // Past the history's range: the configured severity; a rise inside it: one level lower.
      const level: Severity = check.severity === 'fail' ? severity : severity === 'fail' ? 'warn' : 'info';
      return [
        {
          id,
          severity: level,
          title:
            `${Math.round(check.value)} goroutines alive at the end of a head run, ` +
            `history at most ${Math.round(check.historyMax)} in ${learned.values.length} entries`,
          subject: { kind: 'trace', key: 'goroutines' },
          evidence: {
            headAliveAtEnd: check.value,
            band: { low: null, high: check.historyMax, failAbove: check.failAbove, unit: 'goroutines' },
            method: 'exact: above history max warns, above max + max(1, range) fails',
            entries: learned.values.length,
            cpuModel: learned.cpuModel,
            otherCpuEntries: learned.otherCpu,
            historyValues: learned.values,
          },
        },
      ];
    }
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
