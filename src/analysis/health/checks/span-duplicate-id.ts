// span.duplicate-id: one span id used by more than one span of a trace. A Zipkin `shared` server
// span reusing its client's id is the one allowed case.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, idKey, plural, spanLabel, spanRuns, type FiledSpan } from './span-check-util.js';

const id = 'span.duplicate-id';

export const spanDuplicateId: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      const seen = new Map<string, FiledSpan>();
      for (const s of spans) {
        const key = idKey(s.span.traceId, s.span.spanId);
        const first = seen.get(key);
        if (!first) seen.set(key, s);
        else if (!(first.span.shared || s.span.shared))
          groups.add(
            'span',
            spanLabel(s.span),
            example(s, { firstSpan: spanLabel(first.span), firstWhere: first.span.where }),
          );
      }
    }
    return groups.findings(
      id,
      severity,
      (key, n) => `${key}: span id already taken in its trace (${plural(n, 'span')})`,
    );
  },
};
