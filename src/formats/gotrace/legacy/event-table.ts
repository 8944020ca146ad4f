// Legacy events held column-wise in typed arrays (about 53 bytes an event), because the legacy
// format needs the whole trace in memory before it can be ordered (its frequency and stacks
// come last). Events are addressed by index; per-P batches are index ranges.

export class EventTable {
  n = 0;
  type: Uint8Array;
  p: Int32Array;
  g: Float64Array;
  ts: Float64Array;
  a0: Float64Array;
  a1: Float64Array;
  a2: Float64Array;
  stk: Float64Array;

  /** `expected`: a guess of the event count (a legacy event takes 2–3 bytes on the wire). */
  constructor(expected = 1024) {
    const n = Math.max(1024, Math.ceil(expected));
    this.type = new Uint8Array(n);
    this.p = new Int32Array(n);
    this.g = new Float64Array(n);
    this.ts = new Float64Array(n);
    this.a0 = new Float64Array(n);
    this.a1 = new Float64Array(n);
    this.a2 = new Float64Array(n);
    this.stk = new Float64Array(n);
  }

  push(type: number, p: number, g: number, ts: number): number {
    if (this.n === this.type.length) this.grow();
    const i = this.n++;
    this.type[i] = type;
    this.p[i] = p;
    this.g[i] = g;
    this.ts[i] = ts;
    this.a0[i] = 0;
    this.a1[i] = 0;
    this.a2[i] = 0;
    this.stk[i] = 0;
    return i;
  }

  /** Sets argument k (0..2) of event i. */
  setArg(i: number, k: number, v: number): void {
    if (k === 0) this.a0[i] = v;
    else if (k === 1) this.a1[i] = v;
    else this.a2[i] = v;
  }

  private grow(): void {
    const size = Math.ceil(this.type.length * 1.5);
    const widen = <A extends Uint8Array | Int32Array | Float64Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.type = widen(this.type, (n) => new Uint8Array(n));
    this.p = widen(this.p, (n) => new Int32Array(n));
    this.g = widen(this.g, (n) => new Float64Array(n));
    this.ts = widen(this.ts, (n) => new Float64Array(n));
    this.a0 = widen(this.a0, (n) => new Float64Array(n));
    this.a1 = widen(this.a1, (n) => new Float64Array(n));
    this.a2 = widen(this.a2, (n) => new Float64Array(n));
    this.stk = widen(this.stk, (n) => new Float64Array(n));
  }
}
