// span.child-outside-parent: a child span that starts before its parent or ends after it, by more
// than a clock-skew tolerance (`toleranceMs`, default 5): hosts with skewed clocks, or work that
// outlives the request that started it. Spans without an end or with a negative duration are skipped.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import {
  endOf,
  example,
  FindingGroups,
  idKey,
  indexById,
  nsToMs,
  plural,
  spanLabel,
  spanRuns,
} from './span-check-util.js';

const id = 'span.child-outside-parent';

export const spanChildOutsideParent: HealthCheck = {
  id,
  options: { 'tolerance-ms': z.number().nonnegative() },
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const toleranceMs = checkNumber(config, id, 'toleranceMs', 5);
    const tolerance = BigInt(Math.round(toleranceMs * 1e6));
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      const byId = indexById(spans);
      for (const s of spans) {
        const parent =
          s.span.parentSpanId === undefined ? undefined : byId.get(idKey(s.span.traceId, s.span.parentSpanId));
        const childEnd = endOf(s.span);
        const parentEnd = parent && endOf(parent.span);
        if (
          !parent ||
          childEnd === undefined ||
          parentEnd === undefined ||
          (s.span.durationNs ?? 0n) < 0n ||
          (parent.span.durationNs ?? 0n) < 0n
        )
          continue;
        const early = parent.span.startUnixNano - s.span.startUnixNano;
        const late = childEnd - parentEnd;
        if (early <= tolerance && late <= tolerance) continue;
        const details = {
          parent: spanLabel(parent.span),
          parentSpanId: parent.span.spanId,
          startsEarlyMs: nsToMs(early > 0n ? early : 0n),
          endsLateMs: nsToMs(late > 0n ? late : 0n),
        };
        groups.add('span', spanLabel(s.span), example(s, details), { toleranceMs });
      }
    }
    return groups.findings(
      id,
      severity,
      (key, n) => `${key}: outside its parent by more than ${toleranceMs} ms (${plural(n, 'span')})`,
    );
  },
};
