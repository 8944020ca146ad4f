// span.negative-duration: spans whose end time lies before their start time (a clock stepped
// back, or a broken exporter). Fails by default: durations built on such spans are meaningless.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, nsToMs, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.negative-duration';

export const spanNegativeDuration: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'fail');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      for (const s of spans) {
        if (s.span.durationNs !== undefined && s.span.durationNs < 0n)
          groups.add('span', spanLabel(s.span), example(s, { durationMs: nsToMs(s.span.durationNs) }));
      }
    }
    return groups.findings(id, severity, (key, n) => `${key}: ends before it starts (${plural(n, 'span')})`);
  },
};
