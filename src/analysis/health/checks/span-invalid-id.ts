// span.invalid-id: trace ids that are not 32 hex digits, span or parent ids that are not 16, and
// all-zero ids (W3C Trace Context: an all-zero trace-id or parent-id is invalid).

import { checkSeverity } from '../../../model/config.js';
import type { Span } from '../../../model/span-set.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.invalid-id';

export const spanInvalidId: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      for (const s of spans) {
        const problem = idProblem(s.span);
        if (problem) groups.add('span', spanLabel(s.span), example(s, { problem }));
      }
    }
    return groups.findings(id, severity, (key, n) => `${key}: invalid id (${plural(n, 'span')})`);
  },
};

function idProblem(span: Span): string | undefined {
  return (
    badId('trace id', span.traceId, 32) ??
    badId('span id', span.spanId, 16) ??
    (span.parentSpanId === undefined ? undefined : badId('parent id', span.parentSpanId, 16))
  );
}

function badId(what: string, value: string, digits: number): string | undefined {
  if (value.length !== digits) return `${what} has ${value.length} hex digits, not ${digits}`;
  if (/^0+$/.test(value)) return `${what} is all zeros`;
  return undefined;
}
