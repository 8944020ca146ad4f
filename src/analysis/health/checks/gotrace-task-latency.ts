// gotrace.task-latency: user task durations (`trace.NewTask` … `End`) per task type, head against
// base; the rule and its options are in annotation-latency.ts.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { annotationLatencyFindings } from './annotation-latency.js';

const id = 'gotrace.task-latency';

export const gotraceTaskLatency: HealthCheck = {
  id,
  run(ctx) {
    const severity = checkSeverity(ctx.config, id, 'warn');
    if (!severity) return [];
    return annotationLatencyFindings(id, 'task', (s) => s.annotations?.tasks, ctx, severity);
  },
};
