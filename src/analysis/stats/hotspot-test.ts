// The hotspot test of docs/statistics.md §2: the log ratio of a function's share of the
// samples, head against base, with between-run overdispersion estimated per function and
// shrunk towards the profile-wide median (empirical Bayes), referred to a t distribution.

import { chiSquareMedianOverDf, tQuantileTwoSided, tUpperTail } from './distributions.js';
import { median } from './median.js';

/** Counts of one function in each run of one side, and that run's total (or work). */
export interface SideCounts {
  counts: number[];
  totals: number[];
}

export interface HotspotTestResult {
  /** log(head share / base share). */
  logRatio: number;
  /** e^logRatio − 1: +0.2 is 20% more. */
  effect: number;
  /** 95% interval of `effect`. */
  effectLow: number;
  effectHigh: number;
  standardError: number;
  t: number;
  df: number;
  /** One-sided p-value in the "head is worse" direction. */
  pWorse: number;
  /** Benjamini–Hochberg q-values of pWorse and of the opposite direction, within the family. */
  qWorse: number;
  qBetter: number;
  /** Overdispersion used for this function (α̃). */
  dispersion: number;
}

export interface DispersionPrior {
  /** α0: the profile-wide overdispersion. */
  alpha0: number;
  /** Prior weight d0 (default 20). */
  priorDf: number;
}

const half = 0.5;

/** Per-function raw overdispersion α̂ and its degrees of freedom (pooled within sides). */
export function rawDispersion(base: SideCounts, head: SideCounts): { alpha: number; df: number; meanCount: number } {
  const sides = [base, head];
  let sumSquares = 0;
  let df = 0;
  let inversePoisson = 0;
  let runs = 0;
  let countSum = 0;
  for (const side of sides) {
    const logs = side.counts.map((c, r) => Math.log((c + half) / (side.totals[r] as number)));
    const mean = logs.reduce((a, b) => a + b, 0) / Math.max(1, logs.length);
    for (const y of logs) sumSquares += (y - mean) ** 2;
    df += Math.max(0, logs.length - 1);
    for (const c of side.counts) inversePoisson += 1 / (c + half);
    runs += side.counts.length;
    countSum += side.counts.reduce((a, b) => a + b, 0);
  }
  if (df === 0) return { alpha: 0, df, meanCount: countSum / Math.max(1, runs) };
  const variance = sumSquares / df;
  return { alpha: Math.max(0, variance - inversePoisson / runs), df, meanCount: countSum / runs };
}

/** α0 = median α̂ over well-sampled functions ÷ (median(χ²_d)/d); `fallback` when none qualify. */
export function dispersionPrior(
  raw: readonly { alpha: number; df: number; meanCount: number }[],
  fallback: number,
  priorDf: number,
): DispersionPrior {
  const qualified = raw.filter((r) => r.meanCount >= 50 && r.df > 0);
  const first = qualified[0];
  if (!first) return { alpha0: fallback, priorDf };
  const alpha0 = median(qualified.map((r) => r.alpha)) / chiSquareMedianOverDf(first.df);
  return { alpha0: alpha0 > 0 ? alpha0 : fallback, priorDf };
}

export function hotspotTest(base: SideCounts, head: SideCounts, prior: DispersionPrior): HotspotTestResult {
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const cBase = sum(base.counts);
  const cHead = sum(head.counts);
  const logRatio = Math.log((cHead + half) / sum(head.totals)) - Math.log((cBase + half) / sum(base.totals));
  const own = rawDispersion(base, head);
  const dispersion = (own.df * own.alpha + prior.priorDf * prior.alpha0) / (own.df + prior.priorDf);
  const kBase = base.counts.length;
  const kHead = head.counts.length;
  const variance = 1 / (cHead + half) + 1 / (cBase + half) + dispersion * (1 / kBase + 1 / kHead);
  const standardError = Math.sqrt(variance);
  const df = own.df + prior.priorDf;
  const t = logRatio / standardError;
  const halfWidth = tQuantileTwoSided(0.95, df) * standardError;
  return {
    logRatio,
    effect: Math.expm1(logRatio),
    effectLow: Math.expm1(logRatio - halfWidth),
    effectHigh: Math.expm1(logRatio + halfWidth),
    standardError,
    t,
    df,
    pWorse: tUpperTail(t, df),
    qWorse: 1,
    qBetter: 1,
    dispersion,
  };
}
