// span.zero-duration: spans that end exactly when they start. Often harmless (an event recorded
// as a span), sometimes a clamped clock step (the OpenTelemetry SDKs clamp end < start to zero).

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.zero-duration';

export const spanZeroDuration: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'info');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      for (const s of spans) if (s.span.durationNs === 0n) groups.add('span', spanLabel(s.span), example(s));
    }
    return groups.findings(id, severity, (key, n) => `${key}: zero duration (${plural(n, 'span')})`);
  },
};
