// gotrace.region-latency: user region durations (`trace.WithRegion`, `StartRegion` … `End`) per
// region type, head against base; the rule and its options are in annotation-latency.ts.

import { checkSeverity } from '../../../model/config.js';
import type { HealthCheck } from '../check.js';
import { annotationLatencyFindings } from './annotation-latency.js';

const id = 'gotrace.region-latency';

export const gotraceRegionLatency: HealthCheck = {
  id,
  run(ctx) {
    const severity = checkSeverity(ctx.config, id, 'warn');
    if (!severity) return [];
    return annotationLatencyFindings(id, 'region', (s) => s.annotations?.regions, ctx, severity);
  },
};
