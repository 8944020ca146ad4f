// The §4.2 hotspot test and the false-discovery procedures against values worked out by hand.

import { describe, expect, it } from 'vitest';
import { dispersionPrior, hotspotTest, rawDispersion } from '../src/analysis/stats/hotspot-test.js';
import { benjaminiHochberg } from '../src/analysis/stats/multiple-testing.js';
import { tQuantileTwoSided, tUpperTail } from '../src/analysis/stats/distributions.js';

const side = (counts: number[], total = 1000) => ({ counts, totals: counts.map(() => total) });
const prior = { alpha0: 0.01, priorDf: 20 };

describe('hotspotTest', () => {
  it('finds no change when both sides are equal', () => {
    const r = hotspotTest(side([100, 100, 100]), side([100, 100, 100]), prior);
    expect(r.logRatio).toBeCloseTo(0, 12);
    expect(r.pWorse).toBeCloseTo(0.5, 12);
  });

  it('computes the log share ratio with the ½ continuity term', () => {
    const r = hotspotTest(side([100, 100]), side([150, 150]), prior);
    expect(r.logRatio).toBeCloseTo(Math.log(300.5 / 2000) - Math.log(200.5 / 2000), 12);
    expect(r.effect).toBeCloseTo(Math.expm1(r.logRatio), 12);
  });

  it('uses the Poisson and the shrunk overdispersion terms in the standard error', () => {
    const base = side([100, 110, 90]);
    const head = side([200, 190, 210]);
    const own = rawDispersion(base, head);
    const r = hotspotTest(base, head, prior);
    const alpha = (own.df * own.alpha + 20 * 0.01) / (own.df + 20);
    const se = Math.sqrt(1 / 600.5 + 1 / 300.5 + alpha * (1 / 3 + 1 / 3));
    expect(r.standardError).toBeCloseTo(se, 12);
    expect(r.df).toBe(24);
    expect(r.pWorse).toBeLessThan(1e-6);
    expect(r.effectLow).toBeLessThan(r.effect);
    expect(r.effectHigh).toBeGreaterThan(r.effect);
  });

  it('takes the prior from well-sampled functions only', () => {
    const raw = [
      { alpha: 0.02, df: 4, meanCount: 100 },
      { alpha: 0.04, df: 4, meanCount: 60 },
      { alpha: 9, df: 4, meanCount: 3 },
    ];
    const p = dispersionPrior(raw, 0.01, 20);
    expect(p.alpha0).toBeGreaterThan(0.03 * 0.9);
    expect(p.alpha0).toBeLessThan(0.03 / 0.5);
    expect(dispersionPrior([], 0.01, 20).alpha0).toBe(0.01);
  });
});

describe('t distribution', () => {
  it('matches tabulated quantiles', () => {
    expect(tQuantileTwoSided(0.95, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantileTwoSided(0.95, 20)).toBeCloseTo(2.085963, 5);
    expect(tUpperTail(2.085963, 20)).toBeCloseTo(0.025, 6);
  });
});

describe('multiple testing', () => {
  it('computes Benjamini–Hochberg q-values', () => {
    // p sorted: 0.01, 0.02, 0.03, 0.5 → q = min over k≥i of p_k·m/k
    expect(benjaminiHochberg([0.03, 0.01, 0.5, 0.02])).toEqual([0.04, 0.04, 0.5, 0.04]);
  });
});
