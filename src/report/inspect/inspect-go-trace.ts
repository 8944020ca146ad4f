// `perfgate inspect` for a Go execution trace: the GoTraceSummary as the JSON shape
// (headerVersion, writtenBy, durationNs, events, gc, goroutines, schedLatencyNs, …), plus the
// size of the CPU profile found in the trace.

import type { GoTraceSummary } from '../../model/go-trace-summary.js';
import type { Profile } from '../../model/profile.js';

export function inspectGoTrace(summary: GoTraceSummary, profile?: Profile): Record<string, unknown> {
  return {
    ...summary,
    ...(profile ? { cpuProfile: { samples: profile.samples.count, functions: profile.functions.length } } : {}),
  };
}
