// Merges the per-P event lists of a legacy trace into one sequence, as Go's tracev1 parser does:
// a P's next event may go only when its goroutine's sequence number and state allow it, the
// earliest such event goes first; then syscall exits take their real time and events are sorted.
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/{order.go,parser.go parseEventBatches}.

import { FormatError } from '../../../model/format-error.js';
import type { EventTable } from './event-table.js';
import * as E from './ids.js';
import type { LegacyTrace } from './parse.js';

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
function stateTransition(ev: EventTable, i: number): void {
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
class GStates {
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
function ready(gs: GStates): boolean {
  if (tG === unordered) return true;
  const packed = gs.get(tG);
  return (tInitSeq === noseq || tInitSeq === Math.floor(packed / 4)) && tInitStatus === packed % 4;
}

function applyTransition(gs: GStates): void {
  if (tG === unordered) return;
  const curSeq = Math.floor(gs.get(tG) / 4);
  const seq = tNextSeq === noseq ? curSeq : tNextSeq === seqinc ? curSeq + 1 : tNextSeq;
  gs.set(tG, seq * 4 + tNextStatus);
}

/** Reads one P's events (index ranges) in order. */
class Proc {
  private r = 0;
  next: number;

  constructor(private readonly ranges: number[]) {
    this.next = -1;
    this.seek();
  }

  advance(): void {
    this.next++;
    if (this.next >= this.ranges[this.r + 1]!) {
      this.r += 2;
      this.seek();
    }
  }

  private seek(): void {
    while (this.r < this.ranges.length && this.ranges[this.r] === this.ranges[this.r + 1]) this.r += 2;
    this.next = this.r < this.ranges.length ? this.ranges[this.r]! : -1;
  }
}

/** The merged, time-sorted event sequence as table indexes (ticks not yet converted). */
export function orderLegacy(t: LegacyTrace): Int32Array {
  const ev = t.events;
  const samples = [...t.cpuSamples].sort((a, b) => ev.ts[a]! - ev.ts[b]!);
  const procs = [...t.procs.values()].map((r) => new Proc(r));
  procs.push(new Proc(samples.flatMap((i) => [i, i + 1])));
  const gs = new GStates();
  const out = new Int32Array(ev.n);
  let n = 0;
  const frontier = new FrontierHeap(ev.ts);
  const inFrontier = new Uint8Array(procs.length);
  for (;;) {
    for (let k = 0; k < procs.length; k++) {
      const next = procs[k]!.next;
      if (inFrontier[k] || next < 0) continue;
      stateTransition(ev, next);
      if (!ready(gs)) continue;
      frontier.push(next, k);
      inFrontier[k] = 1;
    }
    const k = frontier.pop();
    if (k < 0) break;
    inFrontier[k] = 0;
    const i = procs[k]!.next;
    procs[k]!.advance();
    stateTransition(ev, i);
    applyTransition(gs);
    ev.type[i] = plainType(ev.type[i]!);
    out[n++] = i;
  }
  if (procs.some((p) => p.next >= 0)) {
    throw new FormatError('go-trace', 'gotrace.broken-order', 'no consistent ordering of legacy events possible');
  }
  const order = out.subarray(0, n);
  for (let k = 1; k < n; k++) {
    if (ev.ts[order[k]!]! < ev.ts[order[k - 1]!]!)
      throw new FormatError('go-trace', 'gotrace.time-order', 'legacy time stamps out of order');
  }
  const moved = applySyscallExitTimes(ev, order);
  return moved.length === 0 ? order : stableResort(ev.ts, order, moved);
}

/**
 * Go's sort.Stable by time after syscall exits moved: only the moved positions are out of
 * place, so sort those (by time, then position) and merge them back into the rest.
 */
function stableResort(ts: Float64Array, order: Int32Array, moved: number[]): Int32Array {
  const isMoved = new Uint8Array(order.length);
  for (const k of moved) isMoved[k] = 1;
  const b = moved.slice().sort((x, y) => ts[order[x]!]! - ts[order[y]!]! || x - y);
  const out = new Int32Array(order.length);
  let n = 0;
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    if (isMoved[k]) continue;
    const t = ts[order[k]!]!;
    while (j < b.length && (ts[order[b[j]!]!]! < t || (ts[order[b[j]!]!]! === t && b[j]! < k)))
      out[n++] = order[b[j++]!]!;
    out[n++] = order[k]!;
  }
  while (j < b.length) out[n++] = order[b[j++]!]!;
  return out;
}

function plainType(typ: number): number {
  if (typ === E.EvGoStartLocal) return E.EvGoStart;
  if (typ === E.EvGoUnblockLocal) return E.EvGoUnblock;
  if (typ === E.EvGoSysExitLocal) return E.EvGoSysExit;
  return typ;
}

/** A GoSysExit with a real exit time moves to it; returns the positions whose time changed. */
function applySyscallExitTimes(ev: EventTable, order: Int32Array): number[] {
  const lastSysBlock = new Map<number, number>();
  const moved: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const typ = ev.type[i];
    if (typ === E.EvGoSysBlock || typ === E.EvGoInSyscall) lastSysBlock.set(ev.g[i]!, ev.ts[i]!);
    else if (typ === E.EvGoSysExit && ev.a2(i) !== 0) {
      const block = lastSysBlock.get(ev.g[i]!);
      if (block === undefined) throw new FormatError('go-trace', 'gotrace.broken-order', 'stray syscall exit');
      if (ev.a2(i) < block) throw new FormatError('go-trace', 'gotrace.time-order', 'syscall exit before its block');
      if (ev.ts[i] !== ev.a2(i)) moved.push(k);
      ev.ts[i] = ev.a2(i);
    }
  }
  return moved;
}

/** Go's orderEventList: a binary heap of (event, proc) on the event's ts, Go's sift rules. */
class FrontierHeap {
  private readonly idx: number[] = [];
  private readonly procs: number[] = [];

  constructor(private readonly ts: Float64Array) {}

  push(i: number, proc: number): void {
    this.idx.push(i);
    this.procs.push(proc);
    let j = this.idx.length - 1;
    for (;;) {
      const p = (j - 1) >> 1;
      if (j === 0 || !(this.ts[this.idx[j]!]! < this.ts[this.idx[p]!]!)) break;
      this.swap(p, j);
      j = p;
    }
  }

  /** Removes the earliest entry and returns its proc, or -1 when empty. */
  pop(): number {
    const n = this.idx.length - 1;
    if (n < 0) return -1;
    this.swap(0, n);
    let i = 0;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      if (j1 + 1 < n && this.ts[this.idx[j1 + 1]!]! < this.ts[this.idx[j1]!]!) j = j1 + 1;
      if (!(this.ts[this.idx[j]!]! < this.ts[this.idx[i]!]!)) break;
      this.swap(i, j);
      i = j;
    }
    this.idx.pop();
    return this.procs.pop()!;
  }

  private swap(a: number, b: number): void {
    const i = this.idx[a]!;
    const p = this.procs[a]!;
    this.idx[a] = this.idx[b]!;
    this.procs[a] = this.procs[b]!;
    this.idx[b] = i;
    this.procs[b] = p;
  }
}
