// Merges the per-P event lists of a legacy trace into one sequence, as Go's tracev1 parser does:
// a P's next event may go only when its goroutine's sequence number and state allow it, the
// earliest such event goes first; then syscall exits take their real time and events are sorted.
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/{order.go,parser.go parseEventBatches}.

import { FormatError } from '../../../model/format-error.js';
import type { EventTable } from './event-table.js';
import * as E from './ids.js';
import { applyTransition, FrontierHeap, GStates, plainType, ready, stateTransition } from './order-rules.js';
import type { LegacyTrace } from './parse.js';

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
  const frontier = new FrontierHeap();
  const inFrontier = new Uint8Array(procs.length);
  for (;;) {
    for (let k = 0; k < procs.length; k++) {
      const next = procs[k]!.next;
      if (inFrontier[k] || next < 0) continue;
      stateTransition(ev, next);
      if (!ready(gs)) continue;
      frontier.push(ev.ts[next]!, k);
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
