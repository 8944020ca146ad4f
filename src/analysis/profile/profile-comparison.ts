// The comparison of one profile kind and sample type between base and head runs: per
// function and per metric (flat, cum), the per-run values, normalised means, shares and the
// hotspot test. Statistics are data here; rules turn them into findings.

import type { Normalization } from '../../model/config.js';
import type { ProfileKind, ValueType } from '../../model/profile.js';
import type { HotspotTestResult } from '../stats/hotspot-test.js';

export type Metric = 'flat' | 'cum';

export interface SideValues {
  /** Raw value in each run. */
  runs: number[];
  /** Mean over runs after normalisation (a share in 0..1 under `total`). */
  mean: number;
  /** Mean share of the run totals, in percent. */
  sharePercent: number;
}

export interface MetricComparison {
  base: SideValues;
  head: SideValues;
  /** head.mean − base.mean, normalised. */
  delta: number;
  /** head.mean ÷ base.mean (Infinity when new in head). */
  ratio: number;
  /** head.sharePercent − base.sharePercent. */
  sharePoints: number;
  /** Mean sampled counts per run, head − base (the "≥ 5 samples per run" floor). */
  countDeltaPerRun: number;
  /** Present when the function passed the candidate filter. */
  test?: HotspotTestResult;
}

export interface FunctionComparison {
  key: string;
  file: string;
  line: number;
  flat: MetricComparison;
  cum: MetricComparison;
}

export interface ProfileComparison {
  kind: ProfileKind;
  sampleType: ValueType;
  normalization: Normalization;
  baseRuns: string[];
  headRuns: string[];
  baseTotals: number[];
  headTotals: number[];
  /** Sorted by |flat sharePoints|, largest first (cum breaks ties). */
  functions: FunctionComparison[];
  /** Set when the noise model could not be estimated from the runs. */
  noiseModelAssumed: boolean;
  /** The profile-wide overdispersion α0 estimated from the runs (absent when assumed). */
  dispersionMedian?: number;
  /** Sampling events per run, the mean over both sides. */
  eventsPerRun: number;
  /** Too few events per run to test anything (hotspots.minEventsPerRun): no function was tested. */
  tooFewEvents: boolean;
}
