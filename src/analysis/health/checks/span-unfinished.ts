// span.unfinished: spans exported without an end (OTLP end time 0, Zipkin without duration):
// work that never completed, or an instrumentation bug that leaves spans open.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.unfinished';

export const spanUnfinished: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      for (const s of spans) if (s.span.durationNs === undefined) groups.add('span', spanLabel(s.span), example(s));
    }
    return groups.findings(id, severity, (key, n) => `${key}: never ended (${plural(n, 'span')})`);
  },
};
