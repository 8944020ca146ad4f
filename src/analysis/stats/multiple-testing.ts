// False-discovery control across many comparisons: Benjamini–Hochberg q-values.

/** BH-adjusted q-values in the input order. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = order[rank - 1] as { p: number; i: number };
    running = Math.min(running, (entry.p * m) / rank);
    q[entry.i] = Math.min(1, running);
  }
  return q;
}
