// Durations of one annotation type with bounded memory: every value is kept (exact nearest-rank
// percentiles) up to `exactLimit`; past it the values move into a LatencyHistogram (within 0.8%).
// Count, total and max stay exact either way.

import type { GoTraceDurations } from '../../model/go-trace-summary.js';
import { LatencyHistogram } from './latency-histogram.js';

export const exactLimit = 65536;

export class DurationSample {
  private values: number[] | undefined = [];
  private histogram: LatencyHistogram | undefined;
  private count = 0;
  private total = 0;
  private max = 0;

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
