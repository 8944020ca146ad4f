// A bounded-memory histogram for scheduler latencies: log-linear buckets (HDR style, 128 per
// power of two, so p50/p99 are within 0.8%) on integer nanoseconds; count, total and max exact.

const subBits = 7;
const sub = 1 << subBits;

/** Bucket of a non-negative integer duration: exact below 128 ns, then 128 buckets per octave. */
function bucketOf(ns: number): number {
  if (ns < sub) return ns;
  if (ns < 2 ** 31) {
    const e31 = 31 - Math.clz32(ns); // integer shifts: the common case, a few microseconds
    return (e31 - subBits + 1) * sub + (ns >>> (e31 - subBits)) - sub;
  }
  const e = ns < 2 ** 32 ? 31 - Math.clz32(ns) : Math.floor(Math.log2(ns));
  const mantissa = Math.floor(ns / 2 ** (e - subBits)) - sub;
  return (e - subBits + 1) * sub + mantissa;
}

/** Smallest duration of a bucket. */
function lowerBound(bucket: number): number {
  if (bucket < sub) return bucket;
  const e = Math.floor(bucket / sub) + subBits - 1;
  return (sub + (bucket % sub)) * 2 ** (e - subBits);
}

/** A histogram's fields (after structured clone), for merging. */
export interface HistogramData {
  buckets: Float64Array;
  count: number;
  total: number;
  max: number;
}

export class LatencyHistogram implements HistogramData {
  readonly buckets = new Float64Array(64 * sub);
  count = 0;
  total = 0;
  max = 0;

  /** Adds another histogram's values, as if each had been added here (totals of integers stay exact). */
  merge(other: HistogramData): void {
    for (let b = 0; b < other.buckets.length; b++) if (other.buckets[b] !== 0) this.buckets[b]! += other.buckets[b]!;
    this.count += other.count;
    this.total += other.total;
    if (other.max > this.max) this.max = other.max;
  }

  add(ns: number): void {
    const v = ns > 0 ? Math.floor(ns) : 0;
    const b = bucketOf(v);
    this.buckets[b] = (this.buckets[b] ?? 0) + 1;
    this.count++;
    this.total += ns;
    if (ns > this.max) this.max = ns;
  }

  /** The q-quantile (0..1), nearest-rank, as the lower bound of its bucket (never above max). */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = 0; b < this.buckets.length; b++) {
      seen += this.buckets[b]!;
      if (seen >= rank) return Math.min(this.max, lowerBound(b));
    }
    return this.max;
  }
}
