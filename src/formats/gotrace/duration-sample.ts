// Durations of one annotation type with bounded memory: every value is kept (exact nearest-rank
// percentiles) up to `exactLimit`; past it the values move into a LatencyHistogram (within 0.8%).
// Count, total and max stay exact either way.

import type { GoTraceDurations } from '../../model/go-trace-summary.js';
import { LatencyHistogram, type HistogramData } from './latency-histogram.js';

export const exactLimit = 65536;

/** A DurationSample's fields (after structured clone), for merging. */
export interface DurationData {
  values: number[] | undefined;
  histogram: HistogramData | undefined;
  count: number;
  total: number;
  max: number;
}

export class DurationSample implements DurationData {
  values: number[] | undefined = [];
  histogram: LatencyHistogram | undefined;
  count = 0;
  total = 0;
  max = 0;

  /**
   * Adds another sample's values: kept exactly while both together stay within `exactLimit`, else
   * all in the histogram, which is what adding them one by one gives (the order does not matter).
   */
  merge(other: DurationData): void {
    this.count += other.count;
    this.total += other.total;
    if (other.max > this.max) this.max = other.max;
    const mine = this.values;
    if (mine && other.values && mine.length + other.values.length <= exactLimit) {
      for (const v of other.values) mine.push(v);
      return;
    }
    this.histogram ??= this.spill();
    if (other.values) for (const v of other.values) this.histogram.add(v);
    if (other.histogram) this.histogram.merge(other.histogram);
  }

  add(ns: number): void {
    this.count++;
    this.total += ns;
    if (ns > this.max) this.max = ns;
    if (this.values && this.values.length < exactLimit) {
      this.values.push(ns);
      return;
    }
    if (!this.histogram) this.histogram = this.spill();
    this.histogram.add(ns);
  }

  /** Moves the exact values into a histogram once there are too many to keep. */
  private spill(): LatencyHistogram {
    const h = new LatencyHistogram();
    for (const v of this.values ?? []) h.add(v);
    this.values = undefined;
    return h;
  }

  summary(): GoTraceDurations {
    const [p50Ns, p95Ns] = [this.quantile(0.5), this.quantile(0.95)];
    return { count: this.count, totalNs: this.total, p50Ns, p95Ns, maxNs: this.max };
  }

  private quantile(q: number): number {
    if (this.count === 0) return 0;
    if (this.histogram) return this.histogram.quantile(q);
    const sorted = Float64Array.from(this.values ?? []).sort();
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1] ?? 0;
  }
}
