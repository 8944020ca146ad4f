// Converts ordered legacy events to the v2 event vocabulary and feeds them to the summarizer, as
// Go's traceV1Converter does (so counts match the oracle): goroutines created before the first
// Gomaxprocs become GoStatus, syscalls that did not block become a begin/end pair, times are ns
// from the first event with Go's +1 ns monotonic fix-up. Spec: internal/trace/tracev1.go.

import { GoState, reusableEvent, syncType, type EventSink, type ResolvedFrame, type TraceEvent } from '../events.js';
import { v2Type as T } from '../spec-v2.js';
import type { EventTable, LegacyEvents } from './event-table.js';
import * as E from './ids.js';
import { legacyEvents } from './spec-legacy.js';
import type { LegacyTrace } from './parse.js';

const stwNames = [
  '',
  'GC mark termination',
  'GC sweep termination',
  'write heap dump',
  'goroutine profile',
  'goroutine profile cleanup',
  'all goroutine stack trace',
  'read mem stats',
  'AllThreadsSyscall',
  'GOMAXPROCS',
  'start trace',
  'stop trace',
  'CountPagesInUse (test)',
  'ReadMetricsSlow (test)',
  'ReadMemStatsSlow (test)',
  'PageCachePagesLeaked (test)',
  'ResetDebugLog (test)',
];

/** Legacy block-like event → [v2 type, reason]. */
const blockLike = new Map<number, [number, string]>([
  [E.EvGoStop, [T.GoBlock!, 'forever']],
  [E.EvGoSched, [T.GoStop!, 'runtime.Gosched']],
  [E.EvGoPreempt, [T.GoStop!, 'preempted']],
  [E.EvGoSleep, [T.GoBlock!, 'sleep']],
  [E.EvGoBlock, [T.GoBlock!, '']],
  [E.EvGoBlockSend, [T.GoBlock!, 'chan send']],
  [E.EvGoBlockRecv, [T.GoBlock!, 'chan receive']],
  [E.EvGoBlockSelect, [T.GoBlock!, 'select']],
  [E.EvGoBlockSync, [T.GoBlock!, 'sync']],
  [E.EvGoBlockCond, [T.GoBlock!, 'sync.(*Cond).Wait']],
  [E.EvGoBlockNet, [T.GoBlock!, 'network']],
  [E.EvGoBlockGC, [T.GoBlock!, 'GC mark assist wait for work']],
]);

/** Legacy type → v2 type for events that map one to one (arguments kept). */
const direct = new Map<number, number>([
  [E.EvGCStart, T.GCBegin!],
  [E.EvGCDone, T.GCEnd!],
  [E.EvGCSweepStart, T.GCSweepBegin!],
  [E.EvGCSweepDone, T.GCSweepEnd!],
  [E.EvGoCreate, T.GoCreate!],
  [E.EvGoEnd, T.GoDestroy!],
  [E.EvGoUnblock, T.GoUnblock!],
  [E.EvGoSysExit, T.GoSyscallEndBlocked!],
  [E.EvHeapAlloc, T.HeapAlloc!],
  [E.EvHeapGoal, T.HeapGoal!],
  [E.EvGCMarkAssistStart, T.GCMarkAssistBegin!],
  [E.EvGCMarkAssistDone, T.GCMarkAssistEnd!],
  [E.EvUserTaskCreate, T.UserTaskBegin!],
  [E.EvUserTaskEnd, T.UserTaskEnd!],
  [E.EvUserLog, T.UserLog!],
  [E.EvGomaxprocs, T.ProcsChange!],
  [E.EvGoStart, T.GoStart!],
]);

/** Legacy types whose events may carry a third argument (a2); the rest read 0 there. */
const hasThird = new Uint8Array(64);
for (const spec of legacyEvents) if (spec.args.length >= 3 || spec.type === E.EvUserLog) hasThird[spec.type] = 1;

export class LegacyConverter {
  private lastTs = -1;
  private preInit = true;
  private readonly createdPreInit = new Set<number>();
  private readonly strings = new Map<number, string>();
  private readonly reasonIds = new Map<string, number>();
  private readonly out: TraceEvent = reusableEvent(this.strings);
  private opened = false;
  /** Per legacy type: the v2 type of a block-like event and its reason's string id, or a 1:1 type. */
  private readonly blockTypeOf = new Int16Array(64).fill(-1);
  private readonly blockReasonOf = new Float64Array(64);
  private readonly directOf = new Int16Array(64).fill(-1);
  /** Scratch argument lists, refilled per event (the summarizer keeps no reference to them). */
  private readonly args1 = [0];
  private readonly args2 = [0, 0];
  private readonly args4 = [0, 0, 0, 0];
  private args: number[] = [];

  constructor(
    private readonly t: Omit<LegacyTrace, 'events'>,
    private readonly sink: EventSink,
  ) {
    for (const [id, s] of t.strings) this.strings.set(id, s);
    let next = t.inlineStrings.length + 1;
    let maxId = 0;
    for (const id of t.strings.keys()) maxId = Math.max(maxId, id);
    next += maxId;
    for (const s of [...blockLike.values()].map((v) => v[1]).concat(stwNames)) {
      if (this.reasonIds.has(s)) continue;
      this.reasonIds.set(s, next);
      this.strings.set(next++, s);
    }
    for (const [legacy, [typ, reason]] of blockLike) {
      this.blockTypeOf[legacy] = typ;
      this.blockReasonOf[legacy] = this.reasonIds.get(reason) ?? 0;
    }
    for (const [legacy, typ] of direct) this.directOf[legacy] = typ;
  }

  /**
   * Converts the whole ordered sequence, with Go's opening and closing Sync events. Times are
   * nanoseconds since the first event (`Math.trunc((ticks − first) · nsPerTick)`), worked out
   * per event rather than held in a second column of the whole trace.
   */
  run(ev: EventTable, order: Int32Array, nsPerTick: number): void {
    const ts = ev.ts;
    const minTs = order.length > 0 ? ts[order[0]!]! : 0;
    const blocked = syscallBlocked(ev, order);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      this.convert(ev, i, Math.trunc((ts[i]! - minTs) * nsPerTick), blocked[k] === 1);
    }
    this.close();
  }

  /**
   * One event of the final order, `time` in ns since the first; `syscallBlocks`: a GoSysCall whose
   * goroutine's next event is GoSysBlock. The first call opens with Go's Sync event.
   */
  convert(ev: LegacyEvents, i: number, time: number, syscallBlocks: boolean): void {
    if (!this.opened) {
      this.opened = true;
      this.emit(syncType, -1, -1, -1, [], false);
    }
    const type = ev.type[i]!;
    const g = ev.g[i] === 0 ? -1 : ev.g[i]!;
    const p = ev.p[i]!;
    const a0 = ev.a0[i]!;
    switch (type) {
      case E.EvGomaxprocs:
        if (!this.preInit) break;
        this.preInit = false;
        for (const id of this.createdPreInit) this.emit(T.GoStatus!, time, -1, -1, [id, 2 ** 64, 1]);
        this.createdPreInit.clear();
        return;
      case E.EvGoCreate:
        if (!this.preInit) break;
        this.createdPreInit.add(a0);
        return;
      case E.EvGoStart:
        if (!this.preInit) break;
        this.createdPreInit.delete(a0);
        return this.emit(T.GoStatus!, time, g, p, [a0, 2 ** 64, 2]);
      case E.EvGoWaiting:
      case E.EvGoInSyscall:
        this.createdPreInit.delete(a0);
        return this.emit(T.GoStatus!, time, g, p, [a0, 2 ** 64, type === E.EvGoWaiting ? 4 : 3]);
      case E.EvGoStartLabel:
        this.emit(T.GoStart!, time, g, p, [a0, ev.a1[i]!]);
        return this.emit(T.GoLabel!, time, g, p, [ev.a2(i)]);
      case E.EvGoSysCall:
        this.emit(T.GoSyscallBegin!, time, g, p, [0, ev.stk[i]!]);
        if (!syscallBlocks) this.emit(T.GoSyscallEnd!, time + 1, g, p, []);
        return;
    }
    const typ = this.mapSimple(ev, type, i);
    if (typ >= 0) this.emit(typ, time, g, p, this.args);
  }

  /** Go's closing Sync event, after the last event. */
  close(): void {
    this.emit(syncType, this.lastTs + 1, -1, -1, [], false);
  }

  /** The v2 type of a one-to-one event, its arguments left in a scratch list; -1: no event. */
  private mapSimple(ev: LegacyEvents, type: number, i: number): number {
    const stk = ev.stk[i]!;
    const block = this.blockTypeOf[type]!;
    if (block >= 0) return this.fill2(block, this.blockReasonOf[type]!, stk);
    if (type === E.EvProcStart || type === E.EvProcStop) return this.fill2(T.ProcStatus!, ev.p[i]!, 0); // a proc transition
    if (type === E.EvSTWStart) {
      this.args1[0] = this.reasonIds.get(stwNames[this.stwReason(ev.a0[i]!)]!)!;
      this.args = this.args1;
      return T.STWBegin!;
    }
    if (type === E.EvSTWDone || type === E.EvUserRegion || type === E.EvCPUSample) return this.mapRare(ev, type, i);
    const typ = this.directOf[type]!;
    if (typ < 0) return -1;
    const a = this.args4;
    a[0] = ev.a0[i]!;
    a[1] = ev.a1[i]!;
    a[2] = hasThird[type] ? ev.a2(i) : 0; // only these types carry a third argument
    a[3] = stk;
    this.args = a;
    return typ;
  }

  private mapRare(ev: LegacyEvents, type: number, i: number): number {
    if (type === E.EvSTWDone) {
      this.args = [];
      return T.STWEnd!;
    }
    if (type === E.EvCPUSample) {
      this.args = [ev.stk[i]!];
      return 7;
    }
    const mode = ev.a1[i]!;
    this.args = mode === 0 || mode === 1 ? [ev.a0[i]!, ev.a2(i), ev.stk[i]!] : [];
    return mode === 0 ? T.UserRegionBegin! : mode === 1 ? T.UserRegionEnd! : 0;
  }

  private fill2(typ: number, a0: number, a1: number): number {
    const a = this.args2;
    a[0] = a0;
    a[1] = a1;
    this.args = a;
    return typ;
  }

  /** Legacy STW kind number → reason index (numbering changed in 1.21). */
  private stwReason(kind: number): number {
    if (this.t.minor < 21) return kind === 0 || kind === 1 ? kind + 1 : 0;
    return kind < stwNames.length ? kind : 0;
  }

  /** Hands one converted event to the sink, with Go's +1 ns monotonic fix-up. */
  private emit(typ: number, time: number, g: number, p: number, args: number[], bump = true): void {
    if (bump) {
      if (time <= this.lastTs) time = this.lastTs + 1;
      this.lastTs = time;
    }
    const e = this.out;
    e.typ = typ;
    e.time = time;
    e.g = g;
    e.p = p;
    e.args = args;
    e.fromState = GoState.undetermined;
    this.sink.event(e);
    if (typ === 7) this.sink.cpuSample(time, this.frames(args[0]!));
  }

  private frames(stk: number): ResolvedFrame[] {
    return (this.t.stacks.get(stk) ?? []).map((pc) => {
      const f = this.t.pcs.get(pc);
      return {
        pc,
        func: this.t.strings.get(f?.fn ?? 0) ?? '',
        file: this.t.strings.get(f?.file ?? 0) ?? '',
        line: f?.line ?? 0,
      };
    });
  }
}

/** For each position in `order`: does the goroutine's next event block in the syscall (GoSysBlock)? */
function syscallBlocked(ev: LegacyEvents, order: Int32Array): Uint8Array {
  const blocked = new Uint8Array(order.length);
  const pending = new Map<number, number>();
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (pending.size > 0) {
      const at = pending.get(ev.g[i]!);
      if (at !== undefined) {
        blocked[at] = ev.type[i] === E.EvGoSysBlock ? 1 : 0;
        pending.delete(ev.g[i]!);
      }
    }
    if (ev.type[i] === E.EvGoSysCall) pending.set(ev.g[i]!, k);
  }
  return blocked;
}
