// Two-level noise for comparisons across jobs (docs/statistics.md §6): a job draws its machine
// anew, so the medians of two jobs differ by a between-job effect on top of the within-job noise
// of their runs. The between-job variance τ² of a metric comes from the history: the robust spread
// (1.4826·MAD)² of the per-entry medians on the log scale, less the part the within-job noise of
// a median explains, shrunk across the metrics of one family (benchmarks; functions) towards the
// family's median as the hotspot test shrinks overdispersion (§4.2), with d0 prior degrees of freedom.

import { chiSquareMedianOverDf, tQuantileTwoSided, tUpperTail } from './distributions.js';

/** Entries of history needed before τ² is learned (fewer: cold start). */
export const minHistoryEntries = 5;

export interface RawBetweenJob {
  /** (1.4826·MAD of per-entry log medians)² less the within-job part, ≥ 0. */
  tau2: number;
  /** Pooled within-entry variance of the log values (0 when no entry has two runs). */
  within2: number;
  /** Entries with a positive value. */
  entries: number;
}

export interface BetweenJobNoise {
  /** Shrunk between-job variance on the log scale. */
  tau2: number;
  /** The metric's own estimate before shrinking. */
  rawTau2: number;
  within2: number;
  /** Degrees of freedom of the reference t: entries − 1 + d0. */
  df: number;
  entries: number;
}

/** τ² of one metric from its per-entry run values (values ≤ 0 are skipped: the log scale). */
export function rawBetweenJob(entries: readonly (readonly number[])[]): RawBetweenJob | undefined {
  const logs = entries
    .map((values) => values.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log))
    .filter((l) => l.length > 0);
  if (logs.length < 2) return undefined;
  const medians = logs.map(medianOf);
  const center = medianOf(medians);
  const spread = 1.4826 * medianOf(medians.map((m) => Math.abs(m - center)));
  let squares = 0;
  let df = 0;
  let runs = 0;
  for (const l of logs) {
    const mean = l.reduce((a, b) => a + b, 0) / l.length;
    for (const y of l) squares += (y - mean) ** 2;
    df += l.length - 1;
    runs += l.length;
  }
  const within2 = df > 0 ? squares / df : 0;
  const runsPerEntry = runs / logs.length;
  return {
    tau2: Math.max(0, spread * spread - (Math.PI / 2) * (within2 / runsPerEntry)),
    within2,
    entries: logs.length,
  };
}

/** Shrinks each metric's τ² towards the family's (median τ² ÷ median(χ²_d)/d) with `priorDf` weight. */
export function shrinkBetweenJob(
  raw: ReadonlyMap<string, RawBetweenJob>,
  priorDf: number,
): Map<string, BetweenJobNoise> {
  const usable = [...raw.values()].filter((r) => r.entries >= minHistoryEntries);
  const out = new Map<string, BetweenJobNoise>();
  if (usable.length === 0) return out;
  const typicalDf = Math.max(1, medianOf(usable.map((r) => r.entries - 1)));
  const tau0 = medianOf(usable.map((r) => r.tau2)) / chiSquareMedianOverDf(typicalDf);
  for (const [key, r] of raw) {
    if (r.entries < minHistoryEntries) continue;
    const own = r.entries - 1;
    const tau2 = (own * r.tau2 + priorDf * tau0) / (own + priorDf);
    out.set(key, { tau2, rawTau2: r.tau2, within2: r.within2, df: own + priorDf, entries: r.entries });
  }
  return out;
}

export interface CrossJobTest {
  /** log(median head) − log(median base). */
  logRatio: number;
  effect: number;
  effectLow: number;
  effectHigh: number;
  standardError: number;
  df: number;
  /** One-sided p that head is higher, and that it is lower. */
  pHigher: number;
  pLower: number;
}

/**
 * The medians of two jobs on the log scale: SE² = 2τ² + (π/2)·w·(1/n_base + 1/n_head), w the
 * within-job variance pooled over both sides' runs and the history's entries; t with `noise.df`.
 */
export function crossJobTest(
  base: readonly number[],
  head: readonly number[],
  noise: BetweenJobNoise,
  confidence: number,
): CrossJobTest {
  const lb = base.filter((v) => v > 0).map(Math.log);
  const lh = head.filter((v) => v > 0).map(Math.log);
  const logRatio = medianOf(lh) - medianOf(lb);
  const historyDf = Math.max(0, noise.entries);
  const [sb, db] = sampleVariance(lb);
  const [sh, dh] = sampleVariance(lh);
  const within = (sb * db + sh * dh + noise.within2 * historyDf) / Math.max(1, db + dh + historyDf);
  const variance = 2 * noise.tau2 + (Math.PI / 2) * within * (1 / Math.max(1, lb.length) + 1 / Math.max(1, lh.length));
  const standardError = Math.sqrt(Math.max(variance, 1e-12));
  const t = logRatio / standardError;
  const interval = relativeInterval(logRatio, standardError, noise.df, confidence);
  return {
    logRatio,
    ...interval,
    standardError,
    df: noise.df,
    pHigher: tUpperTail(t, noise.df),
    pLower: tUpperTail(-t, noise.df),
  };
}

/** e^θ − 1 with its interval θ ± t·SE, back on the relative scale. */
function relativeInterval(
  logRatio: number,
  standardError: number,
  df: number,
  confidence: number,
): { effect: number; effectLow: number; effectHigh: number } {
  const halfWidth = tQuantileTwoSided(confidence, df) * standardError;
  return {
    effect: Math.expm1(logRatio),
    effectLow: Math.expm1(logRatio - halfWidth),
    effectHigh: Math.expm1(logRatio + halfWidth),
  };
}

/** A log-ratio test (the hotspot test's) widened by the between-job variance of both jobs. */
export function widenByBetweenJob(
  logRatio: number,
  standardError: number,
  df: number,
  tau2: number,
): { standardError: number; t: number; pWorse: number; effectLow: number; effectHigh: number } {
  const widened = Math.sqrt(standardError * standardError + 2 * tau2);
  const { effectLow, effectHigh } = relativeInterval(logRatio, widened, df, 0.95);
  return {
    standardError: widened,
    t: logRatio / widened,
    pWorse: tUpperTail(logRatio / widened, df),
    effectLow,
    effectHigh,
  };
}

function sampleVariance(xs: readonly number[]): [number, number] {
  if (xs.length < 2) return [0, 0];
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return [xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1), xs.length - 1];
}

function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
