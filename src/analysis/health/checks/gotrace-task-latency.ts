// gotrace.task-latency: user task durations (`trace.NewTask` … `End`) per task type, head against
// base; the rule and its options are in annotation-latency.ts.

import { annotationLatencyCheck } from './annotation-latency.js';

export const gotraceTaskLatency = annotationLatencyCheck('gotrace.task-latency', 'task', (s) => s.annotations?.tasks);
