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
  const frames = x.cpu.frames;
  for (const sample of x.cpu.samples)
    into.cpu.add(
      sample.locations.flatMap((i) => frames[i] ?? []),
      sample.count,
    );
}

function addCounts(into: SummaryBuilder, x: RangeSummary): void {
  const s = into.s;
  const xs = x.s;
  s.events += xs.events;
  x.kindCounts.forEach((n, typ) => (into.kindCounts[typ] = (into.kindCounts[typ] ?? 0) + n));
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
  for (const [id, from, time] of b.closes) {
    const rec = into.goroutines.get(id);
    if (rec && !Number.isNaN(rec.since)) into.closeInterval(from, time - rec.since, rec.reason);
  }
  for (const [g, time] of b.stwEnds) {
    const open = into.stw.get(g);
    if (!open) continue;
    into.stw.delete(g);
    into.bookStw(time - open.t, open.gc);
  }
  for (const [g, time] of b.assistEnds) {
    const t0 = into.assist.get(g);
    if (t0 === undefined) continue;
    into.assist.delete(g);
    into.s.gc.markAssistNs += time - t0;
  }
  for (const [id, time] of b.taskEnds) {
    const open = into.tasks.get(id);
    const type = open && into.s.tasks.byType[open.name];
    if (!open || !type) continue;
    into.tasks.delete(id);
    type.durationNs += time - open.t;
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
