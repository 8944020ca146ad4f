// span.orphan-parent: spans whose parent id names no span of the same trace in the run's
// exports: the parent was never exported (never ended, dropped, sampled out) or lives elsewhere.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, idKey, indexById, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.orphan-parent';

export const spanOrphanParent: HealthCheck = {
  id,
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      const byId = indexById(spans);
      for (const s of spans) {
        const parent = s.span.parentSpanId;
        if (parent !== undefined && !byId.has(idKey(s.span.traceId, parent)))
          groups.add('span', spanLabel(s.span), example(s, { parentSpanId: parent }));
      }
    }
    return groups.findings(id, severity, (key, n) => `${key}: parent not in the export (${plural(n, 'span')})`);
  },
};
