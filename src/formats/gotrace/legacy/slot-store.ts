// The events of the streamed legacy window (reorder-window.ts), column-wise in reusable slots:
// a merged event is copied in, waits while the re-sort and the syscall look-ahead need it, is
// converted and freed. Columns start small and double up to the window's capacity.

import type { LegacyEvents } from './event-table.js';

export class SlotStore implements LegacyEvents {
  type = new Uint8Array(0);
  p = new Int32Array(0);
  g = new Float64Array(0);
  ts = new Float64Array(0);
  a0 = new Float64Array(0);
  a1 = new Float64Array(0);
  stk = new Float64Array(0);
  /** Position in the merged sequence (the re-sort's tie-break). */
  pos = new Float64Array(0);
  /** A GoSysCall whose goroutine's next event is GoSysBlock; one still waiting to know. */
  blocked = new Uint8Array(0);
  unresolved = new Uint8Array(0);
  live = 0;
  private third = new Float64Array(0);
  private readonly freed: number[] = [];
  private used = 0;

  constructor(private readonly capacity: number) {}

  a2(i: number): number {
    return this.third[i]!;
  }

  /** Copies event i of `src` into a free slot, with its final time. */
  put(src: LegacyEvents, i: number, ts: number, pos: number): number {
    const slot = this.freed.pop() ?? this.fresh();
    this.type[slot] = src.type[i]!;
    this.p[slot] = src.p[i]!;
    this.g[slot] = src.g[i]!;
    this.ts[slot] = ts;
    this.a0[slot] = src.a0[i]!;
    this.a1[slot] = src.a1[i]!;
    this.third[slot] = src.a2(i);
    this.stk[slot] = src.stk[i]!;
    this.pos[slot] = pos;
    this.blocked[slot] = 0;
    this.unresolved[slot] = 0;
    this.live++;
    return slot;
  }

  free(slot: number): void {
    this.freed.push(slot);
    this.live--;
  }

  private fresh(): number {
    if (this.used === this.type.length) this.grow(Math.min(this.capacity, Math.max(1024, this.used * 2)));
    return this.used++;
  }

  private grow(size: number): void {
    const widen = <A extends Uint8Array | Int32Array | Float64Array>(old: A, next: A): A => {
      next.set(old);
      return next;
    };
    this.type = widen(this.type, new Uint8Array(size));
    this.p = widen(this.p, new Int32Array(size));
    this.g = widen(this.g, new Float64Array(size));
    this.ts = widen(this.ts, new Float64Array(size));
    this.a0 = widen(this.a0, new Float64Array(size));
    this.a1 = widen(this.a1, new Float64Array(size));
    this.stk = widen(this.stk, new Float64Array(size));
    this.pos = widen(this.pos, new Float64Array(size));
    this.blocked = widen(this.blocked, new Uint8Array(size));
    this.unresolved = widen(this.unresolved, new Uint8Array(size));
    this.third = widen(this.third, new Float64Array(size));
  }
}
