// The summary of a run of generations read on its own thread, as plain (structured-clonable)
// data, and its merge into the summary of the runs before it, so that the stitched summary equals
// the one a single SummaryBuilder fed every event gives: counts add, maxima take the larger, and
// the intervals the earlier runs left open are closed from the run's BoundaryLog
// (docs/formats-gotrace.md §3.8). Durations are integer nanoseconds, so sums do not depend on order.

import type { GoTraceSummary } from '../../model/go-trace-summary.js';
import { absorbAnnotations, exportAnnotations, type AnnotationsData } from './annotation-stitch.js';
import type { CpuSamplesData } from './cpu-profile.js';
import type { HistogramData } from './latency-histogram.js';
import type { BoundaryData } from './range-boundary.js';
import type { SummaryBuilder } from './summary-builder.js';

export interface RangeSummary {
  s: GoTraceSummary;
  first: number | undefined;
  last: number;
  sawGc: boolean;
  procsSeen: boolean;
  kindCounts: Float64Array;
  /** Goroutines alive at the end: id, since, reason, inherited (the earlier record stands). */
  goroutines: [id: number, since: number, reason: string, inherited: boolean][];
  blocked: Map<string, number>;
  stw: Map<number, { t: number; gc: boolean }>;
  assist: Map<number, number>;
  tasks: Map<number, { t: number; name: string }>;
  latency: HistogramData;
  annotations: AnnotationsData;
  cpu: CpuSamplesData;
  boundary: BoundaryData | undefined;
}

export function exportRange(b: SummaryBuilder): RangeSummary {
  const goroutines: RangeSummary['goroutines'] = [];
  b.goroutines.forEach((r, id) => goroutines.push([id, r.since, r.reason, r.inherited === true]));
  return {
    s: b.s,
    first: b.first,
    last: b.last,
    sawGc: b.sawGc,
    procsSeen: b.procsSeen,
    kindCounts: b.kindCounts,
    goroutines,
    blocked: b.blocked,
    stw: b.stw,
    assist: b.assist,
    tasks: b.tasks,
    latency: b.latency,
    annotations: exportAnnotations(b.annotations),
    cpu: b.cpu.exportSamples(),
    boundary: b.boundary,
  };
}

/** Merges the summary of the next run of generations into `into` (which holds all runs before it). */
export function absorbRange(into: SummaryBuilder, x: RangeSummary): void {
  addCounts(into, x);
  if (x.boundary) closeEarlier(into, x.boundary);
  overlayOpen(into, x);
  absorbAnnotations(into.annotations, x.annotations, x.boundary);
  for (const sample of x.cpu.samples) {
    into.cpu.add(
      sample.locations.map((i) => x.cpu.frames[i]!),
      sample.count,
    );
  }
}

function addCounts(into: SummaryBuilder, x: RangeSummary): void {
  const s = into.s;
  const xs = x.s;
  s.events += xs.events;
  for (let typ = 0; typ < x.kindCounts.length; typ++) into.kindCounts[typ]! += x.kindCounts[typ]!;
  if (into.first === undefined) into.first = x.first;
  if (x.first !== undefined) into.last = x.last;
  if (!into.sawGc && xs.gc.activeAtStart) s.gc.activeAtStart = true;
  into.sawGc ||= x.sawGc;
  const gc = s.gc;
  gc.cycles += xs.gc.cycles;
  gc.stwCount += xs.gc.stwCount;
  gc.stwTotalNs += xs.gc.stwTotalNs;
  gc.stwMaxNs = Math.max(gc.stwMaxNs, xs.gc.stwMaxNs);
  gc.gcStwCount += xs.gc.gcStwCount;
  gc.gcStwTotalNs += xs.gc.gcStwTotalNs;
  gc.gcStwMaxNs = Math.max(gc.gcStwMaxNs, xs.gc.gcStwMaxNs);
  gc.markAssistNs += xs.gc.markAssistNs;
  s.goroutines.created += xs.goroutines.created;
  s.goroutines.ended += xs.goroutines.ended;
  s.syscallNs += xs.syscallNs;
  s.tasks.count += xs.tasks.count;
  for (const [name, t] of Object.entries(xs.tasks.byType)) {
    const type = (s.tasks.byType[name] ??= { count: 0, durationNs: 0 });
    type.count += t.count;
    type.durationNs += t.durationNs;
  }
  s.regions += xs.regions;
  s.logs += xs.logs;
  s.heapPeakBytes = Math.max(s.heapPeakBytes, xs.heapPeakBytes);
  if (x.procsSeen) s.gomaxprocs = xs.gomaxprocs;
  into.procsSeen ||= x.procsSeen;
  s.cpuSamples += xs.cpuSamples;
  into.latency.merge(x.latency);
  for (const [reason, ns] of x.blocked) into.blocked.set(reason, (into.blocked.get(reason) ?? 0) + ns);
}

/** Intervals begun in earlier runs and ended in this one, then the earlier state it replaced. */
function closeEarlier(into: SummaryBuilder, b: BoundaryData): void {
  for (let i = 0; i < b.closes.length; i += 3) {
    const rec = into.goroutines.get(b.closes[i]!);
    if (rec && !Number.isNaN(rec.since)) into.closeInterval(b.closes[i + 1]!, b.closes[i + 2]! - rec.since, rec.reason);
  }
  for (let i = 0; i < b.stwEnds.length; i += 2) {
    const open = into.stw.get(b.stwEnds[i]!);
    if (!open) continue;
    into.stw.delete(b.stwEnds[i]!);
    into.bookStw(b.stwEnds[i + 1]! - open.t, open.gc);
  }
  for (let i = 0; i < b.assistEnds.length; i += 2) {
    const t0 = into.assist.get(b.assistEnds[i]!);
    if (t0 === undefined) continue;
    into.assist.delete(b.assistEnds[i]!);
    into.s.gc.markAssistNs += b.assistEnds[i + 1]! - t0;
  }
  for (let i = 0; i < b.taskEnds.length; i += 2) {
    const open = into.tasks.get(b.taskEnds[i]!);
    if (!open) continue;
    into.tasks.delete(b.taskEnds[i]!);
    into.s.tasks.byType[open.name]!.durationNs += b.taskEnds[i + 1]! - open.t;
  }
  for (const g of b.stw) into.stw.delete(g);
  for (const g of b.assist) into.assist.delete(g);
  for (const id of b.tasks) into.tasks.delete(id);
}

/** What this run leaves open replaces the earlier state; inherited goroutines keep theirs. */
function overlayOpen(into: SummaryBuilder, x: RangeSummary): void {
  const alive = new Set<number>();
  for (const [id, since, reason, inherited] of x.goroutines) {
    alive.add(id);
    if (!inherited || !into.goroutines.has(id)) into.goroutines.set(id, { since, reason });
  }
  if (x.boundary) for (const id of x.boundary.goroutines) if (!alive.has(id)) into.goroutines.delete(id);
  for (const [g, open] of x.stw) into.stw.set(g, open);
  for (const [g, t] of x.assist) into.assist.set(g, t);
  for (const [id, open] of x.tasks) into.tasks.set(id, open);
}
