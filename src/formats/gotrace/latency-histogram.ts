// A bounded-memory histogram for scheduler latencies: log buckets 0.5% wide, so p50/p99 are
// within 0.5% on traces of any size; count, total and max are exact.

const scale = 200;

export class LatencyHistogram {
  /** log1p(ns)·200 spans 0…~8900 for any 64-bit duration. */
  private readonly buckets = new Float64Array(9000);
  count = 0;
  total = 0;
  max = 0;

  add(ns: number): void {
    this.buckets[Math.min(8999, Math.round(Math.log1p(Math.max(0, ns)) * scale))]++;
    this.count++;
    this.total += ns;
    if (ns > this.max) this.max = ns;
  }

  /** The q-quantile (0..1), nearest-rank, as the bucket's representative value. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let key = 0; key < this.buckets.length; key++) {
      seen += this.buckets[key]!;
      if (seen >= rank) return Math.min(this.max, Math.round(Math.expm1(key / scale)));
    }
    return this.max;
  }
}
