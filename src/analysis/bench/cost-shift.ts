// The cost-shift rule of research/statistics.md §4.2 step 5 (FBDetect): a hotspot `fail` must
// be backed by a rise in what the user pays for, the enclosing benchmark's time (or bytes, or
// allocations) per op, or else the profile's total per op. Otherwise the cost only moved between
// functions (inlining, a refactor), and the decision drops to `warn` saying so.

import type { Run } from '../../model/artifact.js';
import type { Caveat } from '../../model/caveat.js';
import type { Profile } from '../../model/profile.js';
import { topLevelBenchmark } from '../culprit/stack-context.js';
import { ancestorsAmong } from '../profile/ancestry.js';
import { functionKeys } from '../profile/function-keys.js';
import type { ProfileComparison } from '../profile/profile-comparison.js';
import type { HotspotDecision } from '../rules/hotspot-rule.js';
import { mannWhitneyGreater } from '../stats/rank-tests.js';
import { iterationsOfRun } from './bench-samples.js';
import type { BenchDecision } from './bench-rule.js';

export interface CostShiftContext {
  benchmarks: readonly BenchDecision[];
  headProfiles: (d: HotspotDecision) => Profile[];
  base: readonly Run[];
  head: readonly Run[];
  qWarn: number;
}

/** The benchmark unit that measures what a profile's sample type measures. */
export function benchUnitOf(c: ProfileComparison): string | undefined {
  if (c.kind === 'cpu' && c.sampleType.type === 'cpu') return 'ns/op';
  if ((c.kind === 'heap' || c.kind === 'allocs') && c.sampleType.type === 'alloc_space') return 'B/op';
  if ((c.kind === 'heap' || c.kind === 'allocs') && c.sampleType.type === 'alloc_objects') return 'allocs/op';
  return undefined;
}

export function applyCostShift(decisions: readonly HotspotDecision[], ctx: CostShiftContext): HotspotDecision[] {
  const checked = decisions.map((d) => downgradeIfShifted(d, ctx));
  // The flat and cum decisions of one function become one finding: both carry the explanation.
  const shifted = new Map<string, Caveat>();
  const keyOf = (d: HotspotDecision): string => `${d.fn.key}\0${d.comparison.kind}\0${d.comparison.sampleType.type}`;
  for (const d of checked) {
    const caveat = d.caveats.find((c) => c.code === 'cost-shift');
    if (caveat) shifted.set(keyOf(d), caveat);
  }
  return checked.map((d) => {
    const caveat = shifted.get(keyOf(d));
    return caveat && !d.caveats.some((c) => c.code === 'cost-shift') ? { ...d, caveats: [...d.caveats, caveat] } : d;
  });
}

function downgradeIfShifted(d: HotspotDecision, ctx: CostShiftContext): HotspotDecision {
  if (d.severity !== 'fail') return d;
  const unit = benchUnitOf(d.comparison);
  const candidates = ctx.benchmarks.filter((b) => b.comparison.samples.unit === unit);
  if (!unit || candidates.length === 0) return d;
  const enclosing = enclosingBenchmarks(d, ctx.headProfiles(d), candidates);
  const rose = enclosing.filter(
    (b) => b.worsening !== null && b.worsening > 0 && (b.comparison.test ? (b.q ?? 1) <= ctx.qWarn : b.significant),
  );
  if (rose.length > 0 || totalPerOpRose(d.comparison, ctx)) return d;
  const names = [...new Set(enclosing.map((b) => b.comparison.samples.name))].join(', ');
  const text =
    `cost moved between functions: ${d.fn.key} rose, ` +
    `but ${names} ${unit} did not rise significantly, nor did the profile's total per op`;
  return { ...d, severity: 'warn', caveats: [...d.caveats, { code: 'cost-shift', text }] };
}

/** The benchmarks whose function is above `d.fn` on some head stack; all candidates when none is. */
function enclosingBenchmarks(
  d: HotspotDecision,
  profiles: Profile[],
  candidates: readonly BenchDecision[],
): readonly BenchDecision[] {
  const benchFunctions = new Set<string>();
  for (const p of profiles) for (const key of functionKeys(p).keys) if (topLevelBenchmark(key)) benchFunctions.add(key);
  const ancestors = ancestorsAmong(profiles, new Set([...benchFunctions, d.fn.key])).get(d.fn.key) ?? new Set<string>();
  const names = new Set([...ancestors].map(topLevelBenchmark).filter((n): n is string => n !== undefined));
  const own = topLevelBenchmark(d.fn.key);
  if (own) names.add(own);
  const enclosing = candidates.filter((b) => names.has(b.comparison.samples.name.split('/')[0] as string));
  return enclosing.length > 0 ? enclosing : candidates;
}

/** With a fixed iteration count per run: did the profile's total ÷ Σ b.N rise (one-sided U, p ≤ qWarn)? */
function totalPerOpRose(c: ProfileComparison, ctx: CostShiftContext): boolean {
  const perOp = (ids: string[], totals: number[], runs: readonly Run[]): number[] =>
    ids.map((id, i) => {
      const run = runs.find((r) => r.id === id);
      const iterations = run ? iterationsOfRun(run) : 0;
      return iterations > 0 ? (totals[i] as number) / iterations : Number.NaN;
    });
  const b = perOp(c.baseRuns, c.baseTotals, ctx.base);
  const h = perOp(c.headRuns, c.headTotals, ctx.head);
  if ([...b, ...h].some((x) => Number.isNaN(x))) return false;
  return mannWhitneyGreater(b, h).pGreater <= ctx.qWarn;
}
