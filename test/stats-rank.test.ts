// Mann–Whitney U (exact and normal), Hodges–Lehmann, and the normal tail against values from
// R (wilcox.test, pnorm) and benchstat's table of smallest attainable p-values.

import { describe, expect, it } from 'vitest';
import { normalQuantile, normalUpperTail } from '../src/analysis/stats/normal.js';
import { hodgesLehmann, mannWhitneyGreater, minAttainableP } from '../src/analysis/stats/rank-tests.js';

describe('Mann–Whitney U, one-sided', () => {
  it('gives 1/C(10,5) for fully separated 5 vs 5', () => {
    expect(mannWhitneyGreater([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).pGreater).toBeCloseTo(1 / 252, 12);
    expect(mannWhitneyGreater([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).pGreater).toBeCloseTo(1, 12);
  });
  it('matches R wilcox.test(y, x, alternative = "greater", exact = TRUE)', () => {
    // wilcox.test(c(2,4,6,8,10), c(1,3,5,7,9), alternative="greater")$p.value = 0.3452381
    expect(mannWhitneyGreater([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]).pGreater).toBeCloseTo(0.3452381, 6);
    // wilcox.test(c(4,5,6,7), c(1,2,3), alternative="greater")$p.value = 0.02857143
    expect(mannWhitneyGreater([1, 2, 3], [4, 5, 6, 7]).pGreater).toBeCloseTo(0.02857143, 7);
  });
  it('handles ties exactly by counting over mid-ranks', () => {
    const r = mannWhitneyGreater([1, 2, 2, 3], [2, 3, 3, 4]);
    expect(r.exact).toBe(true);
    expect(r.u).toBe(13);
    expect(r.pGreater).toBeGreaterThan(0.05);
    expect(r.pGreater).toBeLessThan(0.2);
    expect(mannWhitneyGreater([5, 5, 5], [5, 5, 5]).pGreater).toBe(1);
  });
  it('uses the normal approximation past 50 per side', () => {
    const a = Array.from({ length: 60 }, (_, i) => i);
    const r = mannWhitneyGreater(
      a,
      a.map((x) => x + 10),
    );
    expect(r.exact).toBe(false);
    expect(r.pGreater).toBeGreaterThan(0.001);
    expect(r.pGreater).toBeLessThan(0.005);
  });
  it('knows the smallest attainable p (benchstat uTestMinP halved)', () => {
    expect(minAttainableP(4, 4)).toBeCloseTo(0.0286 / 2, 4);
    expect(minAttainableP(5, 5)).toBeCloseTo(0.00794 / 2, 5);
    expect(minAttainableP(1, 1)).toBe(0.5);
  });
  it('is uniform-ish under the null: P(p ≤ 0.05) ≈ 0.05 over random 6 vs 6', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    let hits = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const x = Array.from({ length: 6 }, rnd);
      const y = Array.from({ length: 6 }, rnd);
      if (mannWhitneyGreater(x, y).pGreater <= 0.05) hits++;
    }
    expect(hits / trials).toBeGreaterThan(0.025);
    expect(hits / trials).toBeLessThan(0.055);
  });
});

describe('Hodges–Lehmann', () => {
  it('estimates the shift with its distribution-free interval', () => {
    // R: wilcox.test(6:10, 1:5, conf.int = TRUE) → estimate 5, interval [2, 8]
    expect(hodgesLehmann([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])).toEqual({ estimate: 5, low: 2, high: 8 });
  });
  it('leaves the interval open when the runs cannot bound it', () => {
    expect(hodgesLehmann([1, 2, 3], [4, 5, 6])).toMatchObject({ estimate: 3, low: null, high: null });
  });
});

describe('normal distribution', () => {
  it('matches pnorm and qnorm', () => {
    expect(normalUpperTail(1.959963985)).toBeCloseTo(0.025, 7);
    expect(normalUpperTail(-1)).toBeCloseTo(0.8413447461, 7);
    expect(normalUpperTail(5) / 2.866515719e-7).toBeCloseTo(1, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 6);
  });
});
