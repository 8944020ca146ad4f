// What the whole-input path does over the whole merged sequence, done over a bounded window as
// the streamed merge hands events on: the time-order check, syscall exits moved to their real
// time and re-sorted (stable, by time), the look-ahead that tells whether a syscall blocked, and
// the conversion. The index pass knows every exit's real time, so an event leaves the re-sort
// once no exit still to come can move before it. When the window is full the earliest events
// leave anyway; an exit that would then have to move before one already gone, or a syscall whose
// goroutine stays silent for the whole window, asks for the whole-input path instead
// (WindowOverflow), so the result is always the one of order.ts. Spec: docs/formats-gotrace.md §2.5.

import { FormatError } from '../../../model/format-error.js';
import type { LegacyConverter } from './convert.js';
import type { LegacyEvents } from './event-table.js';
import * as E from './ids.js';
import { SlotStore } from './slot-store.js';

/** The streamed path cannot give the whole-input result: read the trace whole instead. */
export class WindowOverflow extends Error {}

export class ReorderWindow {
  private readonly store: SlotStore;
  /** Events not moved, in merge order (hence time order); moved exits in a heap by (time, position). */
  private readonly fifo: SlotRing;
  private readonly moved: number[] = [];
  /** Events in final order waiting for a syscall's look-ahead. */
  private readonly ahead: SlotRing;
  private readonly pending = new Map<number, number>();
  private readonly lastSysBlock = new Map<number, number>();
  /** Exit times still to come: `exitTimes` from `exitHead` on, less those in `exitsSeen`. */
  private exitHead = 0;
  private readonly exitsSeen = new Map<number, number>();
  private position = 0;
  private prevTs = -Infinity;
  private maxOutTs = -Infinity;
  private minTs = NaN;
  timeError: FormatError | undefined;
  syscallError: FormatError | undefined;

  constructor(
    private readonly converter: LegacyConverter,
    private readonly nsPerTick: number,
    private readonly exitTimes: Float64Array,
    private readonly capacity: number,
  ) {
    this.store = new SlotStore(capacity);
    this.fifo = new SlotRing(capacity);
    this.ahead = new SlotRing(capacity);
  }

  /** The next event of the merged sequence. */
  add(src: LegacyEvents, i: number): void {
    const ts = src.ts[i]!;
    if (ts < this.prevTs && !this.timeError)
      this.timeError = new FormatError('go-trace', 'gotrace.time-order', 'legacy time stamps out of order');
    this.prevTs = ts;
    if (this.timeError || this.syscallError) return;
    const type = src.type[i]!;
    const g = src.g[i]!;
    if (type === E.EvGoSysBlock || type === E.EvGoInSyscall) this.lastSysBlock.set(g, ts);
    if (type !== E.EvGoSysCall && type !== E.EvGoSysExit && this.idle() && ts <= this.nextExit()) {
      this.position++; // nothing waits and no exit to come moves before it: straight to the converter
      return this.emit(src, i, ts, false);
    }
    let finalTs = ts;
    const exit = type === E.EvGoSysExit ? src.a2(i) : 0;
    if (exit !== 0) {
      const block = this.lastSysBlock.get(g);
      if (block === undefined) return this.failSyscall('gotrace.broken-order', 'stray syscall exit');
      if (exit < block) return this.failSyscall('gotrace.time-order', 'syscall exit before its block');
      this.exitSeen(exit);
      finalTs = exit;
    }
    this.makeRoom();
    const slot = this.store.put(src, i, finalTs, this.position++);
    if (finalTs === ts) this.fifo.push(slot);
    else {
      if (finalTs < this.maxOutTs) throw new WindowOverflow('a syscall exit moves before events already converted');
      this.pushMoved(slot);
    }
    this.release(Math.min(ts, this.nextExit()));
  }

  /** The earliest real time of the syscall exits still to come (Infinity when none). */
  private nextExit(): number {
    return this.exitHead < this.exitTimes.length ? this.exitTimes[this.exitHead]! : Infinity;
  }

  private exitSeen(ticks: number): void {
    const times = this.exitTimes;
    if (times[this.exitHead] !== ticks) {
      this.exitsSeen.set(ticks, (this.exitsSeen.get(ticks) ?? 0) + 1);
      return;
    }
    this.exitHead++;
    for (;;) {
      const next = times[this.exitHead];
      const seen = next === undefined ? undefined : this.exitsSeen.get(next);
      if (next === undefined || seen === undefined) return;
      if (seen > 1) this.exitsSeen.set(next, seen - 1);
      else this.exitsSeen.delete(next);
      this.exitHead++;
    }
  }

  /** After the last event: everything leaves in order, then Go's closing Sync. */
  finish(): void {
    this.release(Infinity);
    this.pending.clear();
    this.store.unresolved.fill(0);
    this.drainAhead();
    this.converter.close();
  }

  private failSyscall(code: string, message: string): void {
    this.syscallError = new FormatError('go-trace', code, message);
  }

  /** A full window lets its earliest events leave the re-sort; none can leave: WindowOverflow. */
  private makeRoom(): void {
    while (this.store.live >= this.capacity) {
      if (!this.releaseOne()) throw new WindowOverflow('a syscall look-ahead spans the whole window');
    }
  }

  /** Moves every re-sorted event with time ≤ `bound` on to the look-ahead and the converter. */
  private release(bound: number): void {
    for (;;) {
      const slot = this.peekEarliest();
      if (slot < 0 || this.store.ts[slot]! > bound) return;
      this.releaseOne();
    }
  }

  private releaseOne(): boolean {
    const slot = this.peekEarliest();
    if (slot < 0) return false;
    if (this.moved.length > 0 && slot === this.moved[0]) this.popMoved();
    else this.fifo.shift();
    const ts = this.store.ts[slot]!;
    if (ts > this.maxOutTs) this.maxOutTs = ts; // a later exit moving before this one: WindowOverflow
    this.lookAhead(slot);
    return true;
  }

  /** The earliest (time, position) of the fifo's head and the heap's top, or -1. */
  private peekEarliest(): number {
    const a = this.fifo.size > 0 ? this.fifo.head() : -1;
    const b = this.moved.length > 0 ? this.moved[0]! : -1;
    if (a < 0) return b;
    if (b < 0) return a;
    return this.before(b, a) ? b : a;
  }

  private before(a: number, b: number): boolean {
    const s = this.store;
    return s.ts[a]! < s.ts[b]! || (s.ts[a] === s.ts[b] && s.pos[a]! < s.pos[b]!);
  }

  /** Resolves a pending GoSysCall of this goroutine (did it block?), then converts what it can. */
  private lookAhead(slot: number): void {
    const s = this.store;
    const g = s.g[slot]!;
    if (this.pending.size > 0) {
      const at = this.pending.get(g);
      if (at !== undefined) {
        s.blocked[at] = s.type[slot] === E.EvGoSysBlock ? 1 : 0;
        s.unresolved[at] = 0;
        this.pending.delete(g);
      }
    }
    if (s.type[slot] === E.EvGoSysCall) {
      this.pending.set(g, slot);
      s.unresolved[slot] = 1;
    }
    this.ahead.push(slot);
    this.drainAhead();
  }

  private drainAhead(): void {
    const s = this.store;
    while (this.ahead.size > 0 && s.unresolved[this.ahead.head()] === 0) {
      const slot = this.ahead.shift();
      this.emit(s, slot, s.ts[slot]!, s.blocked[slot] === 1);
      s.free(slot);
    }
  }

  /** True when no event waits in the re-sort or the look-ahead. */
  private idle(): boolean {
    return this.fifo.size === 0 && this.moved.length === 0 && this.ahead.size === 0;
  }

  /** Converts one event of the final order. */
  private emit(src: LegacyEvents, i: number, ts: number, blocked: boolean): void {
    if (ts > this.maxOutTs) this.maxOutTs = ts;
    if (Number.isNaN(this.minTs)) this.minTs = ts;
    this.converter.convert(src, i, Math.trunc((ts - this.minTs) * this.nsPerTick), blocked);
  }

  private pushMoved(slot: number): void {
    const h = this.moved;
    h.push(slot);
    let j = h.length - 1;
    while (j > 0) {
      const p = (j - 1) >> 1;
      if (!this.before(h[j]!, h[p]!)) break;
      [h[j], h[p]] = [h[p]!, h[j]!];
      j = p;
    }
  }

  private popMoved(): void {
    const h = this.moved;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) return;
      const c = l + 1 < h.length && this.before(h[l + 1]!, h[l]!) ? l + 1 : l;
      if (!this.before(h[c]!, h[i]!)) return;
      [h[c], h[i]] = [h[i]!, h[c]!];
      i = c;
    }
  }
}

/** A fixed-capacity FIFO of slot numbers. */
class SlotRing {
  private readonly items: Int32Array;
  private start = 0;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
  }

  push(slot: number): void {
    this.items[(this.start + this.size++) % this.items.length] = slot;
  }

  head(): number {
    return this.items[this.start]!;
  }

  shift(): number {
    const slot = this.items[this.start]!;
    this.start = (this.start + 1) % this.items.length;
    this.size--;
    return slot;
  }
}
