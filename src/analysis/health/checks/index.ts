// The catalogue of health checks, one file each in this folder: one line per check.

import type { HealthCheck } from '../check.js';
import { traceHeaderVersion } from './trace-header-version.js';
import { traceTruncated } from './trace-truncated.js';
import { gcFrequency } from './gc-frequency.js';
import { gcStwMax } from './gc-stw-max.js';
import { goroutineLeak } from './goroutine-leak.js';
import { schedLatencyP99 } from './sched-latency-p99.js';
import { spanCount } from './span-count.js';
import { spanNegativeDuration } from './span-negative-duration.js';
import { spanUnfinished } from './span-unfinished.js';
import { spanZeroDuration } from './span-zero-duration.js';
import { spanOrphanParent } from './span-orphan-parent.js';
import { traceFragmented } from './trace-fragmented.js';
import { spanInvalidId } from './span-invalid-id.js';
import { spanDuplicateId } from './span-duplicate-id.js';
import { spanChildOutsideParent } from './span-child-outside-parent.js';
import { spanRequiredAttributes } from './span-required-attributes.js';
import { spanLatency } from './span-latency.js';
import { spanStructure } from './span-structure.js';
import { spanChildSet } from './span-child-set.js';
import { spanPropagation } from './span-propagation.js';
import { gotraceTaskLatency } from './gotrace-task-latency.js';
import { gotraceRegionLatency } from './gotrace-region-latency.js';

export const healthChecks: readonly HealthCheck[] = [
  spanCount, // spans per (service, name) against perfgate.yml and base; N+1 queries
  spanNegativeDuration, // end before start (fail)
  spanUnfinished, // exported without an end
  spanZeroDuration, // end equals start (info)
  spanOrphanParent, // parent id not in the export
  traceFragmented, // several roots, or a call whose callee started its own trace
  spanInvalidId, // all-zero or wrong-length ids
  spanDuplicateId, // one span id twice in a trace
  spanChildOutsideParent, // child outside its parent beyond clock-skew tolerance
  spanRequiredAttributes, // service.version, http.route, db.statement…
  spanLatency, // p50/p95 per span name against base (info)
  spanStructure, // user rules: children a parent must (not) have, min/max, child or descendant
  spanChildSet, // a child every base parent had and no head parent has
  spanPropagation, // client calls whose callee exported spans but no server child (per service pair)
  traceHeaderVersion, // Go trace header fits the toolchain; base and head share a trace version
  traceTruncated, // Go trace cut off mid-batch: partial summary, byte offset
  gcFrequency, // GC cycles per second inside ±15% of base
  gcStwMax, // longest GC stop-the-world pause vs base
  goroutineLeak, // goroutines alive at the end of the trace above base
  schedLatencyP99, // scheduler latency p99 vs base
  gotraceTaskLatency, // user task durations per type vs base (p50 and p95 above the base band)
  gotraceRegionLatency, // user region durations per type vs base
];
