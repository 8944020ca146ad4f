// Legacy events held column-wise in typed arrays (about 37 bytes an event): every event of the
// trace on the whole-input path, one P's current batch on the streamed one (docs/formats-gotrace.md
// §2.5). Events are addressed by index; per-P batches are index ranges. Goroutine and stack
// ids are 32-bit until one does not fit (then that column widens to 64-bit floats); the third
// argument, set by a few rare events only (user regions and logs, syscall exits), is kept aside.

export type IdColumn = Int32Array | Float64Array;

/** What the merge rules and the converter read of an event (an EventTable, or the streamed window). */
export interface LegacyEvents {
  type: Uint8Array;
  p: Int32Array;
  g: IdColumn;
  ts: Float64Array;
  a0: Float64Array;
  a1: Float64Array;
  stk: IdColumn;
  a2(i: number): number;
}

export class EventTable implements LegacyEvents {
  n = 0;
  type: Uint8Array;
  p: Int32Array;
  /** Read only: write through `setG`. */
  g: IdColumn;
  ts: Float64Array;
  a0: Float64Array;
  a1: Float64Array;
  /** Read only: write through `setStack`. */
  stk: IdColumn;
  private readonly a2s = new Map<number, number>();

  /** `expected`: a guess of the event count (a legacy event takes 2–3 bytes on the wire); it grows. */
  constructor(expected = 1024) {
    const n = Math.max(16, Math.ceil(expected));
    this.type = new Uint8Array(n);
    this.p = new Int32Array(n);
    this.g = new Int32Array(n);
    this.ts = new Float64Array(n);
    this.a0 = new Float64Array(n);
    this.a1 = new Float64Array(n);
    this.stk = new Int32Array(n);
  }

  /** A new event; its arguments and stack start at 0. */
  push(type: number, p: number, g: number, ts: number): number {
    if (this.n === this.type.length) this.grow();
    const i = this.n++;
    this.type[i] = type;
    this.p[i] = p;
    this.setG(i, g);
    this.ts[i] = ts;
    return i;
  }

  setG(i: number, g: number): void {
    if (g !== (g | 0) && this.g instanceof Int32Array) this.g = Float64Array.from(this.g);
    this.g[i] = g;
  }

  setStack(i: number, stack: number): void {
    if (stack !== (stack | 0) && this.stk instanceof Int32Array) this.stk = Float64Array.from(this.stk);
    this.stk[i] = stack;
  }

  /** Sets argument k (0..2) of event i. */
  setArg(i: number, k: number, v: number): void {
    if (k === 0) this.a0[i] = v;
    else if (k === 1) this.a1[i] = v;
    else if (v !== 0) this.a2s.set(i, v);
    else this.a2s.delete(i);
  }

  /** Empties the table for reuse (one P's batch after another); the columns keep their size. */
  clear(): void {
    this.n = 0;
    this.a2s.clear();
  }

  /** Argument 2 of event i (0 when unset). */
  a2(i: number): number {
    return this.a2s.size === 0 ? 0 : (this.a2s.get(i) ?? 0);
  }

  private grow(): void {
    const size = Math.ceil(this.type.length * 1.5);
    const widen = <A extends Uint8Array | Int32Array | Float64Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old);
      return next;
    };
    const id = (old: IdColumn): IdColumn =>
      old instanceof Int32Array ? widen(old, (n) => new Int32Array(n)) : widen(old, (n) => new Float64Array(n));
    this.type = widen(this.type, (n) => new Uint8Array(n));
    this.p = widen(this.p, (n) => new Int32Array(n));
    this.g = id(this.g);
    this.ts = widen(this.ts, (n) => new Float64Array(n));
    this.a0 = widen(this.a0, (n) => new Float64Array(n));
    this.a1 = widen(this.a1, (n) => new Float64Array(n));
    this.stk = id(this.stk);
  }
}
