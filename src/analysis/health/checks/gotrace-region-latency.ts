// gotrace.region-latency: user region durations (`trace.WithRegion`, `StartRegion` … `End`) per
// region type, head against base; the rule and its options are in annotation-latency.ts.

import { annotationLatencyCheck } from './annotation-latency.js';

export const gotraceRegionLatency = annotationLatencyCheck(
  'gotrace.region-latency',
  'region',
  (s) => s.annotations?.regions,
);
