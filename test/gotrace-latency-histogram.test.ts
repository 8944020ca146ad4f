// The scheduler-latency histogram (src/formats/gotrace/latency-histogram.ts) promises nearest-rank
// quantiles within 0.8% below the exact value (128 buckets per power of two), exact count, total
// and max, for durations from nanoseconds to hours.

import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../src/formats/gotrace/latency-histogram.js';

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;
}

describe('LatencyHistogram', () => {
  it('gives every quantile within 0.8% below the exact nearest rank, over 13 decades', () => {
    let x = 12345;
    const values: number[] = [];
    const h = new LatencyHistogram();
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const ns = Math.floor(10 ** ((x / 2 ** 31) * 13)); // 1 ns … 10^13 ns (about 2.8 hours)
      values.push(ns);
      h.add(ns);
    }
    values.sort((a, b) => a - b);
    for (const q of [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1]) {
      const exact = exactQuantile(values, q);
      const got = h.quantile(q);
      expect(got).toBeLessThanOrEqual(exact);
      expect(got).toBeGreaterThanOrEqual(exact < 128 ? exact : exact * (1 - 1 / 128));
    }
    expect(h.count).toBe(values.length);
    expect(h.max).toBe(values.at(-1));
    expect(h.total).toBe(values.reduce((a, b) => a + b, 0));
  });

  it('is exact below 128 ns and at the powers of two around 2^31', () => {
    for (const ns of [0, 1, 127, 128, 129, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 + 5]) {
      const h = new LatencyHistogram();
      h.add(ns);
      expect(h.quantile(0.5)).toBeLessThanOrEqual(ns);
      expect(h.quantile(0.5)).toBeGreaterThanOrEqual(ns < 128 ? ns : ns * (1 - 1 / 128));
    }
  });
});
