// The rules of Go's legacy merge, shared by the whole-input order (order.ts) and the streamed
// one (merge-stream.ts): which goroutine transition an event makes and whether it is ready, the
// goroutine states, and the frontier heap of Ps' next events by time.
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/{order.go,parser.go parseEventBatches}.

import type { LegacyEvents } from './event-table.js';
import * as E from './ids.js';

const dead = 0;
const runnable = 1;
const running = 2;
const waiting = 3;
const noseq = -1;
const seqinc = -2;
const unordered = -1;
const garbage = -2;

/** Result registers of `stateTransition` (no allocation per call: it runs for every P, every step). */
let tG = 0;
let tInitSeq = 0;
let tInitStatus = 0;
let tNextSeq = 0;
let tNextStatus = 0;

function set(g: number, initSeq: number, initStatus: number, nextSeq: number, nextStatus: number): void {
  tG = g;
  tInitSeq = initSeq;
  tInitStatus = initStatus;
  tNextSeq = nextSeq;
  tNextStatus = nextStatus;
}

/** Go's `stateTransition`: which goroutine event i moves, from which state to which. */
export function stateTransition(ev: LegacyEvents, i: number): void {
  const g = ev.g[i]!;
  switch (ev.type[i]) {
    case E.EvGoCreate:
      return set(ev.a0[i]!, 0, dead, 1, runnable);
    case E.EvGoWaiting:
    case E.EvGoInSyscall:
      return set(g, 1, runnable, 2, waiting);
    case E.EvGoStart:
    case E.EvGoStartLabel:
      return set(g, ev.a1[i]!, runnable, ev.a1[i]! + 1, running);
    case E.EvGoStartLocal:
      return set(g, noseq, runnable, seqinc, running);
    case E.EvGoSched:
    case E.EvGoPreempt:
      return set(g, noseq, running, noseq, runnable);
    case E.EvGoUnblock:
    case E.EvGoSysExit:
      return set(ev.a0[i]!, ev.a1[i]!, waiting, ev.a1[i]! + 1, runnable);
    case E.EvGoUnblockLocal:
    case E.EvGoSysExitLocal:
      return set(ev.a0[i]!, noseq, waiting, seqinc, runnable);
    case E.EvGCStart:
      return set(garbage, ev.a0[i]!, dead, ev.a0[i]! + 1, dead);
    case E.EvGoBlock:
    case E.EvGoBlockSend:
    case E.EvGoBlockRecv:
    case E.EvGoBlockSelect:
    case E.EvGoBlockSync:
    case E.EvGoBlockCond:
    case E.EvGoBlockNet:
    case E.EvGoSleep:
    case E.EvGoSysBlock:
    case E.EvGoBlockGC:
      return set(g, noseq, running, noseq, waiting);
  }
  set(unordered, 0, 0, 0, 0);
}

/** Goroutine states packed as seq·4 + status (absent: seq 0, dead); dense ids in an array. */
export class GStates {
  private dense = new Float64Array(1 << 16);
  private readonly sparse = new Map<number, number>();

  get(g: number): number {
    const slot = g + 2; // the GC sequence uses g = -2
    if (slot < this.dense.length) return this.dense[slot]!;
    if (slot >= 0 && slot < 1 << 24) return 0; // never set: `set` grows the array for these
    return this.sparse.get(g) ?? 0;
  }

  set(g: number, packed: number): void {
    const slot = g + 2;
    if (slot >= this.dense.length && slot < 1 << 24) {
      const next = new Float64Array(Math.min(1 << 24, Math.max(slot + 1, this.dense.length * 2)));
      next.set(this.dense);
      this.dense = next;
    }
    if (slot < this.dense.length) this.dense[slot] = packed;
    else this.sparse.set(g, packed);
  }
}

/** Go's transitionReady for the registers just set by `stateTransition`. */
export function ready(gs: GStates): boolean {
  if (tG === unordered) return true;
  const packed = gs.get(tG);
  return (tInitSeq === noseq || tInitSeq === Math.floor(packed / 4)) && tInitStatus === packed % 4;
}

export function applyTransition(gs: GStates): void {
  if (tG === unordered) return;
  const curSeq = Math.floor(gs.get(tG) / 4);
  const seq = tNextSeq === noseq ? curSeq : tNextSeq === seqinc ? curSeq + 1 : tNextSeq;
  gs.set(tG, seq * 4 + tNextStatus);
}

/** Go drops the "Local" variants once merged: they only order. */
export function plainType(typ: number): number {
  if (typ === E.EvGoStartLocal) return E.EvGoStart;
  if (typ === E.EvGoUnblockLocal) return E.EvGoUnblock;
  if (typ === E.EvGoSysExitLocal) return E.EvGoSysExit;
  return typ;
}

/** Go's orderEventList: a binary heap of (event time, proc), Go's sift rules. */
export class FrontierHeap {
  private readonly ts: number[] = [];
  private readonly procs: number[] = [];

  push(ts: number, proc: number): void {
    this.ts.push(ts);
    this.procs.push(proc);
    let j = this.ts.length - 1;
    for (;;) {
      const p = (j - 1) >> 1;
      if (j === 0 || !(this.ts[j]! < this.ts[p]!)) break;
      this.swap(p, j);
      j = p;
    }
  }

  /** Removes the earliest entry and returns its proc, or -1 when empty. */
  pop(): number {
    const n = this.ts.length - 1;
    if (n < 0) return -1;
    this.swap(0, n);
    let i = 0;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      if (j1 + 1 < n && this.ts[j1 + 1]! < this.ts[j1]!) j = j1 + 1;
      if (!(this.ts[j]! < this.ts[i]!)) break;
      this.swap(i, j);
      i = j;
    }
    this.ts.pop();
    return this.procs.pop() ?? -1;
  }

  private swap(a: number, b: number): void {
    const t = this.ts[a]!;
    const p = this.procs[a]!;
    this.ts[a] = this.ts[b]!;
    this.procs[a] = this.procs[b]!;
    this.ts[b] = t;
    this.procs[b] = p;
  }
}
