// Decides which functions regressed (research/statistics.md §4.2 steps 3–4): the warn and fail
// tiers by Benjamini–Hochberg q (computed per profile kind, sample type and metric in
// compare-runs.ts; over flat and cum together the false-discovery rate is at most twice q), then
// the effect floors. Improvements never gate.

import type { HotspotConfig } from '../../model/config.js';
import type { Caveat } from '../../model/caveat.js';
import type { Severity } from '../../model/finding.js';
import type { Metric, MetricComparison, FunctionComparison, ProfileComparison } from '../profile/profile-comparison.js';
import { mannWhitneyGreater } from '../stats/rank-tests.js';

export interface HotspotDecision {
  comparison: ProfileComparison;
  fn: FunctionComparison;
  metric: Metric;
  severity: Severity;
  /** BH q-value within the function's family (comparison and metric). */
  q: number;
  /** Caveats for the reader, such as an assumed noise model. */
  caveats: Caveat[];
}

const noiseModelAssumed: Caveat = { code: 'noise-model-assumed', text: 'single run per side: noise model assumed' };

/** The rule behind one small interface, so another procedure can replace it. */
export interface HotspotRule {
  decide(comparisons: readonly ProfileComparison[], config: HotspotConfig): HotspotDecision[];
}

interface Tested {
  comparison: ProfileComparison;
  fn: FunctionComparison;
  metric: Metric;
  value: MetricComparison;
}

export const significanceRule: HotspotRule = {
  decide(comparisons, config) {
    const decisions: HotspotDecision[] = [];
    for (const comparison of comparisons) {
      for (const fn of comparison.functions) {
        for (const metric of ['flat', 'cum'] as const) {
          const value = fn[metric];
          const q = value.test?.qWorse ?? 1;
          const severity = tier({ comparison, fn, metric, value }, q, config);
          if (!severity) continue;
          const assumed = comparison.noiseModelAssumed;
          const caveats = assumed ? [noiseModelAssumed] : spreadCaveat(comparison, fn, value);
          decisions.push({ comparison, fn, metric, severity: assumed ? 'warn' : severity, q, caveats });
        }
      }
    }
    return decisions;
  },
};

/**
 * The rise shows in the runs, not only in the pooled counts: the one-sided Mann–Whitney p of the
 * per-run shares (docs/statistics.md, "run consistency"); 0 (no check) with a single run per
 * side, where the rule already caps at warn, or when turned off.
 */
function runConsistency(t: Tested, config: HotspotConfig): number {
  if (config.runConsistencyP >= 1 || t.comparison.noiseModelAssumed) return 0;
  const raw = t.comparison.normalization === 'none'; // counts per run: per-op cost with a fixed iteration count
  const shares = (runs: number[], totals: number[]): number[] =>
    runs.map((v, r) => (raw ? v : (totals[r] as number) > 0 ? v / (totals[r] as number) : 0));
  const base = shares(t.value.base.runs, t.comparison.baseTotals);
  const head = shares(t.value.head.runs, t.comparison.headTotals);
  return mannWhitneyGreater(base, head).pGreater;
}

function tier(t: Tested, q: number, config: HotspotConfig): Severity | undefined {
  const { value } = t;
  const effect = value.test?.effect ?? 0;
  const passes = (level: HotspotConfig['warn']): boolean =>
    effect >= level.ratio - 1 && value.sharePoints >= level.sharePoints;
  if (q > config.qWarn || !passes(config.warn)) return undefined;
  const runP = runConsistency(t, config); // only for candidates: the exact U distribution is not free
  if (
    q <= config.qFail &&
    passes(config.fail) &&
    value.countDeltaPerRun >= config.minCountDeltaPerRun &&
    runP <= config.runConsistencyFailP
  )
    return 'fail';
  return runP <= config.runConsistencyP ? 'warn' : undefined;
}

/** How far above the profile-wide median a function's overdispersion must be to earn a caveat. */
const highSpreadFactor = 4;

/** A caveat when the function's run-to-run spread is far above the profile's (the figure and the remedy). */
function spreadCaveat(c: ProfileComparison, fn: FunctionComparison, value: MetricComparison): Caveat[] {
  const alpha = value.test?.dispersion;
  const median = c.dispersionMedian;
  if (
    alpha === undefined ||
    alpha === null ||
    median === undefined ||
    !(median > 0) ||
    alpha < highSpreadFactor * median
  )
    return [];
  const factor = (alpha / median).toFixed(0);
  const text = `${fn.key}: run-to-run spread ${factor}× the profile's median (overdispersion ${alpha.toPrecision(2)} vs ${median.toPrecision(2)}): fix the iteration count (-benchtime=Nx), run base and head interleaved (mode: ab) or add rounds`;
  return [{ code: 'high-spread', text }];
}
