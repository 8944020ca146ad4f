// The distribution functions the tests need, from stdlib-js (well-kept, exact to double
// precision) rather than hand-rolled incomplete-beta code.

import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** P(T ≥ t) for Student's t with `df` degrees of freedom. */
export function tUpperTail(t: number, df: number): number {
  return 1 - tCdf(t, df);
}

/** Quantiles already computed, by level and degrees of freedom (a compare asks for the same few thousands of times). */
const tQuantiles = new Map<string, number>();

/** Two-sided quantile: the t with P(|T| ≤ t) = level. */
export function tQuantileTwoSided(level: number, df: number): number {
  const key = `${level}:${df}`;
  let t = tQuantiles.get(key);
  if (t === undefined) {
    t = bisectTQuantile(level, df);
    if (tQuantiles.size < 4096) tQuantiles.set(key, t);
  }
  return t;
}

function bisectTQuantile(level: number, df: number): number {
  // Bisection on the CDF: monotone, and 60 steps reach double precision.
  const target = 1 - (1 - level) / 2;
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** median(χ²_d) / d: the scale that turns a median of variance ratios into a mean. */
export function chiSquareMedianOverDf(df: number): number {
  return chisquareQuantile(0.5, df) / df;
}
