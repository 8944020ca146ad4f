// Compares every (benchmark, unit) between base and head (research/statistics.md §4.1). Exact
// units: medians against a tolerance. Noisy units: one-sided Mann–Whitney U in the "worse"
// direction and the Hodges–Lehmann shift of the logs with its interval. Statistics only; the
// rule (bench-rule.ts) applies Benjamini–Hochberg and the floors.

import type { BenchConfig } from '../../model/config.js';
import { crossJobTest, type BetweenJobNoise } from '../stats/between-job-noise.js';
import { hodgesLehmann, mannWhitneyGreater, minAttainableP } from '../stats/rank-tests.js';
import { isTimeLike } from './bench-noise.js';
import type { BenchSamples } from './bench-samples.js';
import { assumptionOf, directionOf, exactTolerance, type Assumption, type Direction } from './bench-units.js';
import { median } from '../stats/median.js';

export interface BenchTest {
  /** One-sided p in the worse direction. */
  p: number;
  /** One-sided p in the better direction (improvements are reported, never gated). */
  pBetter: number;
  exact: boolean;
  /** head ÷ base − 1 from the Hodges–Lehmann shift (of logs when all values are positive). */
  effect: number;
  effectLow: number | null;
  effectHigh: number | null;
  /** Smallest p these run counts can give. */
  minP: number;
  /** `mann-whitney-u` within one job; `between-job` across jobs with the history's noise. */
  method: 'mann-whitney-u' | 'between-job';
}

/** How a comparison across jobs was treated (absent for same-job comparisons and exact units). */
export type CrossJobNoise = {
  /** `between-job`: τ² from the history; `cold-start`: fewer than five entries, warn only. */
  method: 'between-job' | 'cold-start';
  /** Between-job standard deviation on the log scale (shrunk), and the entries it came from. */
  tau?: number;
  rawTau?: number;
  entries: number;
};

/** Cross-job settings for `compareBenchmarks`. */
export interface CrossJobInput {
  noise: ReadonlyMap<string, BetweenJobNoise>;
}

export interface BenchComparison {
  samples: BenchSamples;
  assumption: Assumption;
  direction: Direction;
  baseMedian: number;
  headMedian: number;
  /** head median ÷ base median − 1 (null when base is 0). */
  change: number | null;
  /** Exact units: the tolerance the change was held to. */
  tolerance?: number;
  /** Noisy units with runs on both sides. */
  test?: BenchTest;
  crossJob?: CrossJobNoise;
}

export function compareBenchmarks(
  samples: readonly BenchSamples[],
  config: BenchConfig,
  crossJob?: CrossJobInput,
): BenchComparison[] {
  return samples.filter((s) => s.base.length > 0 && s.head.length > 0).map((s) => compareOne(s, config, crossJob));
}

function compareOne(s: BenchSamples, config: BenchConfig, crossJob: CrossJobInput | undefined): BenchComparison {
  const baseMedian = median(s.base);
  const headMedian = median(s.head);
  const comparison: BenchComparison = {
    samples: s,
    assumption: assumptionOf(s.unit, s.base, s.head, config),
    direction: directionOf(s.unit),
    baseMedian,
    headMedian,
    change: baseMedian === 0 ? (headMedian === 0 ? 0 : null) : headMedian / baseMedian - 1,
  };
  if (comparison.assumption === 'exact') {
    const tolerance = exactTolerance(s.unit, baseMedian, config);
    if (tolerance !== undefined) comparison.tolerance = tolerance;
    return comparison;
  }
  if (crossJob && isTimeLike(s.unit)) {
    const noise = crossJob.noise.get(s.key);
    if (noise) {
      comparison.test = betweenJobTest(s, comparison.direction, noise, config.confidence);
      const tau = Math.sqrt(noise.tau2);
      comparison.crossJob = { method: 'between-job', tau, rawTau: Math.sqrt(noise.rawTau2), entries: noise.entries };
      return comparison;
    }
    comparison.crossJob = { method: 'cold-start', entries: 0 };
  }
  comparison.test = rankTest(s.base, s.head, comparison.direction, config.confidence);
  return comparison;
}

function betweenJobTest(s: BenchSamples, direction: Direction, noise: BetweenJobNoise, confidence: number): BenchTest {
  const t = crossJobTest(s.base, s.head, noise, confidence);
  const [p, pBetter] = direction === 'higher-is-worse' ? [t.pHigher, t.pLower] : [t.pLower, t.pHigher];
  const { effect, effectLow, effectHigh } = t;
  return { p, pBetter, exact: false, effect, effectLow, effectHigh, minP: 0, method: 'between-job' };
}

function rankTest(
  base: readonly number[],
  head: readonly number[],
  direction: Direction,
  confidence: number,
): BenchTest {
  const u = direction === 'higher-is-worse' ? mannWhitneyGreater(base, head) : mannWhitneyGreater(head, base);
  const pBetter = (direction === 'higher-is-worse' ? mannWhitneyGreater(head, base) : mannWhitneyGreater(base, head))
    .pGreater;
  const positive = [...base, ...head].every((v) => v > 0);
  const minP = minAttainableP(base.length, head.length);
  if (positive) {
    const shift = hodgesLehmann(base.map(Math.log), head.map(Math.log), confidence);
    return {
      p: u.pGreater,
      pBetter,
      exact: u.exact,
      effect: Math.expm1(shift.estimate),
      effectLow: expm1OrNull(shift.low),
      effectHigh: expm1OrNull(shift.high),
      minP,
      method: 'mann-whitney-u',
    };
  }
  const scale = Math.abs(median(base)) || 1;
  const shift = hodgesLehmann(base, head, confidence);
  const rel = (x: number | null): number | null => (x === null ? null : x / scale);
  return {
    p: u.pGreater,
    pBetter,
    exact: u.exact,
    effect: shift.estimate / scale,
    effectLow: rel(shift.low),
    effectHigh: rel(shift.high),
    minP,
    method: 'mann-whitney-u',
  };
}

function expm1OrNull(x: number | null): number | null {
  return x === null ? null : Math.expm1(x);
}
