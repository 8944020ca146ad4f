// Reduces the event stream (v2, or legacy converted to v2 events) to a GoTraceSummary with the
// definitions of fixtures/_gen/gotracestat (Go 1.26's internal/trace): GC cycles are range begins
// named "GC concurrent mark phase", STWs pair per goroutine, goroutine counts follow state
// transitions. Spec: docs/formats-gotrace.md §4.

import type { GoTraceSummary } from '../../model/go-trace-summary.js';
import { AnnotationBuilder } from './annotations.js';
import { CpuProfileBuilder } from './cpu-profile.js';
import { PagedMap } from './paged-map.js';
import { GoState, syncType, wireGoStatus, type EventSink, type ResolvedFrame, type TraceEvent } from './events.js';
import { LatencyHistogram } from './latency-histogram.js';
import type { BoundaryLog } from './range-boundary.js';
import { v2Kinds, v2Type as T } from './spec-v2.js';

const gcStwKinds = new Set(['GC mark termination', 'GC sweep termination']);
const S = GoState;

/** [type, goroutine from arg0 (true) or from the context (false), state before, state after]. */
const transitionRows: [number, boolean, number, number][] = [
  [T.GoCreate!, true, S.notExist, S.runnable],
  [T.GoCreateBlocked!, true, S.notExist, S.waiting],
  [T.GoCreateSyscall!, true, S.notExist, S.syscall],
  [T.GoStart!, true, S.runnable, S.running],
  [T.GoDestroy!, false, S.running, S.notExist],
  [T.GoDestroySyscall!, false, S.syscall, S.notExist],
  [T.GoStop!, false, S.running, S.runnable],
  [T.GoBlock!, false, S.running, S.waiting],
  [T.GoUnblock!, true, S.waiting, S.runnable],
  [T.GoSwitch!, true, S.waiting, S.runnable],
  [T.GoSwitchDestroy!, true, S.waiting, S.runnable],
  [T.GoSyscallBegin!, false, S.running, S.syscall],
  [T.GoSyscallEnd!, false, S.syscall, S.running],
  [T.GoSyscallEndBlocked!, false, S.syscall, S.runnable],
];

/** Per event type: -1 not a goroutine transition, 1 goroutine in arg0, 0 goroutine of the context. */
const moverOf = new Int8Array(256).fill(-1);
const fromOf = new Int8Array(256);
const toOf = new Int8Array(256);
for (const [typ, fromArg, from, to] of transitionRows) {
  moverOf[typ] = fromArg ? 1 : 0;
  fromOf[typ] = from;
  toOf[typ] = to;
}

export interface GoroutineSince {
  since: number;
  reason: string;
  /** Known here only as "existed before this run of generations": the stitch takes the earlier record. */
  inherited?: boolean;
}

function kindOf(typ: number): string {
  if (typ === syncType) return 'Sync';
  if (typ === 7) return 'StackSample';
  return v2Kinds[typ] || 'Unknown';
}

export class SummaryBuilder implements EventSink {
  readonly s: GoTraceSummary;
  readonly cpu = new CpuProfileBuilder();
  // The state below is read and merged by summary-stitch.ts when generations are read in parallel.
  first: number | undefined;
  last = 0;
  /** Goroutines alive now, with when their current state began (NaN: unknown) and why. */
  readonly goroutines = new PagedMap<GoroutineSince>();
  readonly kindCounts = new Float64Array(256);
  readonly blocked = new Map<string, number>();
  readonly stw = new Map<number, { t: number; gc: boolean }>();
  readonly assist = new Map<number, number>();
  readonly tasks = new Map<number, { t: number; name: string }>();
  readonly latency = new LatencyHistogram();
  readonly annotations: AnnotationBuilder;
  sawGc = false;
  /** A ProcsChange was seen (gomaxprocs holds the last one). */
  procsSeen = false;

  /**
   * `boundary`: given when the events start at a generation other than the file's first, read on
   * its own thread: what depends on earlier generations is logged there for the stitch.
   */
  constructor(
    headerVersion: string,
    writtenBy: string[],
    readonly boundary?: BoundaryLog,
  ) {
    this.s = emptySummary(headerVersion, writtenBy);
    this.annotations = new AnnotationBuilder(boundary);
  }

  event(ev: TraceEvent): void {
    const s = this.s;
    s.events++;
    this.kindCounts[ev.typ] = (this.kindCounts[ev.typ] ?? 0) + 1;
    if (this.first === undefined) this.first = ev.time;
    this.last = ev.time;
    if (v2Kinds[ev.typ] === 'StateTransition') this.transition(ev);
    else this.other(ev);
  }

  cpuSample(_time: number, stack: readonly ResolvedFrame[]): void {
    this.s.cpuSamples++;
    this.cpu.add(stack);
  }

  private other(ev: TraceEvent): void {
    const s = this.s;
    const a = ev.args;
    switch (ev.typ) {
      case T.GCBegin:
        s.gc.cycles++;
        this.sawGc = true;
        break;
      case T.GCActive:
        if (!this.sawGc) s.gc.activeAtStart = true;
        this.sawGc = true;
        break;
      case T.STWBegin:
        s.gc.stwCount++;
        this.boundary?.stw.add(ev.g);
        this.stw.set(ev.g, { t: ev.time, gc: gcStwKinds.has(ev.strings.get(a[0]!) ?? '') });
        break;
      case T.STWEnd:
        this.stwEnd(ev);
        break;
      case T.GCMarkAssistBegin:
        this.boundary?.assist.add(ev.g);
        this.assist.set(ev.g, ev.time);
        break;
      case T.GCMarkAssistEnd:
        this.assistEnd(ev);
        break;
      case T.HeapAlloc:
        if (a[0]! > s.heapPeakBytes) s.heapPeakBytes = a[0]!;
        break;
      case T.ProcsChange:
        s.gomaxprocs = a[0]!;
        this.procsSeen = true;
        break;
      case T.UserTaskBegin:
        this.annotations.event(ev);
        this.taskBegin(ev);
        break;
      case T.UserTaskEnd:
        this.annotations.event(ev);
        this.taskEnd(ev);
        break;
      case T.UserRegionBegin:
        this.annotations.event(ev);
        s.regions++;
        break;
      case T.UserRegionEnd:
        this.annotations.event(ev);
        break;
      case T.UserLog:
        this.annotations.event(ev);
        s.logs++;
        break;
    }
  }

  private stwEnd(ev: TraceEvent): void {
    const open = this.stw.get(ev.g);
    if (!open) {
      if (this.boundary?.firstTouch(this.boundary.stw, ev.g)) this.boundary.stwEnds.push([ev.g, ev.time]);
      return;
    }
    this.stw.delete(ev.g);
    this.bookStw(ev.time - open.t, open.gc);
  }

  /** A stop-the-world of `d` ns ended (`isGc`: a GC's). */
  bookStw(d: number, isGc: boolean): void {
    const gc = this.s.gc;
    gc.stwTotalNs += d;
    gc.stwMaxNs = Math.max(gc.stwMaxNs, d);
    if (isGc) {
      gc.gcStwCount++;
      gc.gcStwTotalNs += d;
      gc.gcStwMaxNs = Math.max(gc.gcStwMaxNs, d);
    }
  }

  private assistEnd(ev: TraceEvent): void {
    const t0 = this.assist.get(ev.g);
    if (t0 === undefined) {
      if (this.boundary?.firstTouch(this.boundary.assist, ev.g)) this.boundary.assistEnds.push([ev.g, ev.time]);
      return;
    }
    this.assist.delete(ev.g);
    this.s.gc.markAssistNs += ev.time - t0;
  }

  private taskBegin(ev: TraceEvent): void {
    const name = ev.strings.get(ev.args[2]!) ?? '';
    this.s.tasks.count++;
    const type = (this.s.tasks.byType[name] ??= { count: 0, durationNs: 0 });
    type.count++;
    this.boundary?.tasks.add(ev.args[0]!);
    this.tasks.set(ev.args[0]!, { t: ev.time, name });
  }

  private taskEnd(ev: TraceEvent): void {
    const open = this.tasks.get(ev.args[0]!);
    if (!open) {
      if (this.boundary?.firstTouch(this.boundary.tasks, ev.args[0]!))
        this.boundary.taskEnds.push([ev.args[0]!, ev.time]);
      return;
    }
    this.tasks.delete(ev.args[0]!);
    this.s.tasks.byType[open.name]!.durationNs += ev.time - open.t;
  }

  private transition(ev: TraceEvent): void {
    if (ev.typ === T.GoStatus || ev.typ === T.GoStatusStack) {
      this.goroutine(ev.args[0]!, ev.fromState, wireGoStatus[ev.args[2]!] ?? S.undetermined, ev);
      return;
    }
    const mover = moverOf[ev.typ]!;
    if (mover < 0) return; // a proc transition
    this.goroutine(mover === 1 ? ev.args[0]! : ev.g, fromOf[ev.typ]!, toOf[ev.typ]!, ev);
  }

  private goroutine(id: number, from: number, to: number, ev: TraceEvent): void {
    const g = this.s.goroutines;
    if (from === S.notExist && to !== S.notExist) g.created++;
    if (to === S.notExist && from !== S.notExist && from !== S.undetermined) g.ended++;
    let rec = this.goroutines.get(id);
    if (this.boundary && !rec && from !== S.notExist) rec = this.inherit(id, this.boundary);
    if (from !== to && rec?.inherited) {
      this.boundary?.closes.push([id, from, ev.time]); // the earlier record says since when
      rec.inherited = false;
    } else if (from !== to && rec && !Number.isNaN(rec.since))
      this.closeInterval(from, ev.time - rec.since, rec.reason);
    if (to === S.notExist) {
      this.goroutines.delete(id);
      return;
    }
    if (!rec) {
      rec = { since: NaN, reason: '' };
      this.goroutines.set(id, rec);
    }
    if (from === to) return; // per-generation status repeats are not activity
    const measured = from !== S.undetermined && (to === S.runnable || to === S.waiting || to === S.syscall);
    rec.since = measured ? ev.time : NaN; // a state entered before the trace has no known start
    rec.reason = to === S.waiting ? this.blockReason(ev) : '';
  }

  /** A goroutine first seen here that existed before: a placeholder for the earlier record. */
  private inherit(id: number, boundary: BoundaryLog): GoroutineSince | undefined {
    if (!boundary.firstTouch(boundary.goroutines, id)) return undefined;
    const rec = { since: NaN, reason: '', inherited: true };
    this.goroutines.set(id, rec);
    return rec;
  }

  /** Books the time spent in the state a goroutine leaves. */
  closeInterval(from: number, ns: number, reason: string): void {
    if (from === S.runnable) this.latency.add(ns);
    else if (from === S.waiting) this.blocked.set(reason, (this.blocked.get(reason) ?? 0) + ns);
    else if (from === S.syscall) this.s.syscallNs += ns;
  }

  private blockReason(ev: TraceEvent): string {
    if (ev.typ === T.GoBlock) return ev.strings.get(ev.args[0]!) || 'unspecified';
    return ev.typ === T.GoCreateBlocked ? 'created blocked' : 'unspecified';
  }

  /** Final numbers once the stream has ended. */
  finish(): GoTraceSummary {
    const s = this.s;
    s.durationNs = this.first === undefined ? 0 : this.last - this.first;
    s.gc.perSecond = s.durationNs > 0 ? s.gc.cycles / (s.durationNs / 1e9) : 0;
    s.goroutines.aliveAtEnd = this.goroutines.size;
    for (const [reason, ns] of [...this.blocked].sort(([a], [b]) => (a < b ? -1 : 1))) s.blockedNsByReason[reason] = ns;
    for (let typ = 0; typ < 256; typ++) {
      if (this.kindCounts[typ] === 0) continue;
      const kind = kindOf(typ);
      s.eventsByKind[kind] = (s.eventsByKind[kind] ?? 0) + this.kindCounts[typ]!;
    }
    const l = this.latency;
    s.schedLatencyNs = { count: l.count, p50: l.quantile(0.5), p99: l.quantile(0.99), max: l.max, totalNs: l.total };
    s.annotations = this.annotations.finish();
    return s;
  }
}

export function emptySummary(headerVersion: string, writtenBy: string[]): GoTraceSummary {
  return {
    headerVersion,
    writtenBy,
    durationNs: 0,
    events: 0,
    eventsByKind: {},
    gc: {
      cycles: 0,
      perSecond: 0,
      stwCount: 0,
      stwTotalNs: 0,
      stwMaxNs: 0,
      gcStwCount: 0,
      gcStwTotalNs: 0,
      gcStwMaxNs: 0,
      markAssistNs: 0,
      activeAtStart: false,
    },
    goroutines: { created: 0, ended: 0, aliveAtEnd: 0 },
    schedLatencyNs: { count: 0, p50: 0, p99: 0, max: 0, totalNs: 0 },
    blockedNsByReason: {},
    syscallNs: 0,
    tasks: { count: 0, byType: {} },
    regions: 0,
    logs: 0,
    annotations: { tasks: {}, regions: {}, logs: {} },
    heapPeakBytes: 0,
    gomaxprocs: 0,
    cpuSamples: 0,
    generations: 0,
  };
}
