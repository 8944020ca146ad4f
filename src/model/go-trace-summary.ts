// GoTraceSummary: what perfgate keeps of a Go execution trace, reduced while streaming.
// Every count is defined as Go's own parser (go1.26 internal/trace) sees the trace, so it can be
// checked against fixtures/_gen/gotracestat; see docs/formats-gotrace.md §4.

import type { Run } from './artifact.js';

export interface GoTraceGc {
  /** GC cycles that began inside the trace ("GC concurrent mark phase" range begins). */
  cycles: number;
  perSecond: number;
  /** Stop-the-world ranges of every reason ("start trace", "GOMAXPROCS", GC phases…). */
  stwCount: number;
  stwTotalNs: number;
  stwMaxNs: number;
  /** Only the GC stop-the-worlds (mark and sweep termination). */
  gcStwCount: number;
  gcStwTotalNs: number;
  gcStwMaxNs: number;
  /** Time goroutines spent in GC mark assists (begin → end on the same goroutine). */
  markAssistNs: number;
  /** A GC was already running when the trace started (v2 traces can start mid-GC). */
  activeAtStart: boolean;
}

export interface GoTraceGoroutines {
  /** Goroutines created during the trace. */
  created: number;
  /** Goroutines that ended; pre-existing ones whose state was never determined do not count. */
  ended: number;
  /** Goroutines that still exist at the end, including those alive before the trace began. */
  aliveAtEnd: number;
}

export interface GoTraceLatency {
  /** Runnable → running intervals measured (first intervals of pre-existing goroutines skipped). */
  count: number;
  p50: number;
  p99: number;
  max: number;
  totalNs: number;
}

export interface GoTraceTaskType {
  count: number;
  /** Summed duration of the tasks of this type that both began and ended inside the trace. */
  durationNs: number;
}

/** Durations of one annotation type; nearest-rank percentiles (exact up to a bounded sample). */
export interface GoTraceDurations {
  /** Durations measured: begin and end both inside the trace. */
  count: number;
  totalNs: number;
  p50Ns: number;
  p95Ns: number;
  maxNs: number;
}

/** User tasks of one type (`trace.NewTask(ctx, type)`). */
export interface GoTraceTaskStats {
  /** Tasks that began inside the trace. */
  count: number;
  /** Tasks that began and had not ended when the trace stopped. */
  neverEnded: number;
  durations: GoTraceDurations;
}

/** User regions of one type (`trace.WithRegion`, `trace.StartRegion`). */
export interface GoTraceRegionStats {
  /** Regions that began inside the trace. */
  count: number;
  /** Regions still open when the trace stopped. */
  unended: number;
  /** Goroutines that began at least one region of this type. */
  goroutines: number;
  /** Most regions of this type begun by one goroutine. */
  maxPerGoroutine: number;
  durations: GoTraceDurations;
}

/** The user's own annotations: tasks and regions by type, logs by category (`trace.Log`). */
export interface GoTraceAnnotations {
  tasks: Record<string, GoTraceTaskStats>;
  regions: Record<string, GoTraceRegionStats>;
  logs: Record<string, number>;
}

export interface GoTraceSummary {
  /** Version in the 16-byte header: `1.23` (also written by Go 1.24). */
  headerVersion: string;
  /** Go releases that write this header. */
  writtenBy: string[];
  durationNs: number;
  /** Events as Go's reader yields them (including its Sync events). */
  events: number;
  eventsByKind: Record<string, number>;
  gc: GoTraceGc;
  goroutines: GoTraceGoroutines;
  schedLatencyNs: GoTraceLatency;
  /** Time goroutines spent blocked, by reason ("chan receive", "select", "sync"…). */
  blockedNsByReason: Record<string, number>;
  /** Time goroutines spent in system calls. */
  syscallNs: number;
  tasks: { count: number; byType: Record<string, GoTraceTaskType> };
  regions: number;
  logs: number;
  /** Tasks, regions and logs by type; absent in summaries written before perfgate read them. */
  annotations?: GoTraceAnnotations;
  /** Largest live-heap value the trace reports (`/memory/classes/heap/objects:bytes`). */
  heapPeakBytes: number;
  /** GOMAXPROCS as last reported by the trace (0 when never reported). */
  gomaxprocs: number;
  cpuSamples: number;
  /** Generations read (v2 traces); 1 for the legacy format. */
  generations: number;
  /** Byte offset where a truncated trace stops making sense; absent for complete traces. */
  truncatedAtOffset?: number;
}

/** The Go trace summaries among the runs' artifacts, with where each came from. */
export function goTraceSummaries(runs: readonly Run[]): { path: string; run: string; summary: GoTraceSummary }[] {
  const out: { path: string; run: string; summary: GoTraceSummary }[] = [];
  for (const run of runs) {
    for (const a of run.artifacts)
      if (a.content.type === 'go-trace') out.push({ path: a.path, run: run.id, summary: a.content.summary });
  }
  return out;
}

/** Mean of a metric over summaries; undefined when there are none. */
export function meanOf(
  summaries: readonly { summary: GoTraceSummary }[],
  pick: (s: GoTraceSummary) => number,
): number | undefined {
  if (summaries.length === 0) return undefined;
  return summaries.reduce((sum, x) => sum + pick(x.summary), 0) / summaries.length;
}
