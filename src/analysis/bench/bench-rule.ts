// Decides which benchmark comparisons regressed (research/statistics.md §4.1): Benjamini–
// Hochberg over every noisy comparison, then warn at q ≤ 0.05 and fail at q ≤ 0.01, each only
// when the Hodges–Lehmann change is past the floor (5%, per benchmark overridable) and its
// interval excludes zero. Exact units fail past their tolerance and the floor. Too few runs for
// the rank test fall back to a fixed tolerance, warn only, and say so.

import type { BenchConfig } from '../../model/config.js';
import type { Caveat } from '../../model/caveat.js';
import type { Severity } from '../../model/finding.js';
import { coldStartCaveat } from '../cold-start.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { minAttainableP } from '../stats/rank-tests.js';
import type { BenchComparison } from './compare-benchmarks.js';

export interface BenchDecision {
  comparison: BenchComparison;
  /** Undefined: no regression (`~`, an improvement, or within tolerance). */
  severity?: Severity;
  /** BH q-value (noisy units only). */
  q?: number;
  /** The floor this benchmark was held to. */
  floor: number;
  /** The change in the worse direction (+0.1 = 10% worse). */
  worsening: number | null;
  /** Significant in either direction (else the report shows `~`). */
  significant: boolean;
  /** Significantly better and past the floor. */
  improved: boolean;
  caveats: Caveat[];
}

export function decideBenchmarks(comparisons: readonly BenchComparison[], config: BenchConfig): BenchDecision[] {
  const noisy = comparisons.filter((c) => c.test);
  const q = benjaminiHochberg(noisy.map((c) => c.test?.p ?? 1));
  const qBetter = benjaminiHochberg(noisy.map((c) => c.test?.pBetter ?? 1));
  const qOf = new Map(noisy.map((c, i) => [c, q[i] as number]));
  const qBetterOf = new Map(noisy.map((c, i) => [c, qBetter[i] as number]));
  return comparisons.map((c) => {
    const d = decideOne(c, qOf.get(c), noisy.length, config);
    const better = qBetterOf.get(c);
    if (better !== undefined && better <= config.qWarn && -(d.worsening ?? 0) >= d.floor)
      d.improved = d.significant = true;
    if (d.q !== undefined && d.q <= config.qWarn && c.test && c.test.minP <= config.qWarn) d.significant = true;
    if (c.crossJob?.method === 'cold-start') capColdStart(d);
    return d;
  });
}

/** Fewer than five history entries: a time unit measured in another job can only warn. */
function capColdStart(d: BenchDecision): void {
  d.caveats.push(coldStartCaveat(d.comparison.samples.unit, d.comparison.crossJob?.entries ?? 0));
  if (d.severity === 'fail') d.severity = 'warn';
}

export function floorOf(name: string, config: BenchConfig): number {
  return config.floors[name] ?? config.floors[name.split('/')[0] as string] ?? config.floor;
}

function worse(change: number | null, c: BenchComparison): number | null {
  if (change === null) return null;
  return c.direction === 'higher-is-worse' ? change : 1 / (1 + change) - 1;
}

function decideOne(c: BenchComparison, q: number | undefined, tests: number, config: BenchConfig): BenchDecision {
  const floor = floorOf(c.samples.name, config);
  const decision: BenchDecision = {
    comparison: c,
    floor,
    worsening: worse(c.test ? c.test.effect : c.change, c),
    significant: false,
    improved: false,
    caveats: [],
  };
  if (!c.test) {
    const delta = c.direction === 'higher-is-worse' ? c.headMedian - c.baseMedian : c.baseMedian - c.headMedian;
    decision.significant = c.tolerance !== undefined && Math.abs(delta) >= c.tolerance;
    decision.improved = decision.significant && delta < 0;
    if (decision.significant && delta > 0)
      decision.severity = (decision.worsening ?? Infinity) >= floor ? 'fail' : 'warn';
    if (c.samples.base.length === 1 && c.samples.head.length === 1) {
      // One run per side cannot show that the unit does not vary: assume it, and only warn.
      const text = `single run per side: ${c.samples.unit} assumed exact, warn only`;
      decision.caveats.push({ code: 'single-run-exact', text });
      if (decision.severity) decision.severity = 'warn';
    }
    return decision;
  }
  decision.q = q;
  const n = `n=${c.samples.base.length}/${c.samples.head.length}`;
  const medianWorse = worse(c.change, c);
  const pastStatic = medianWorse !== null && medianWorse >= Math.max(config.staticTolerance, floor);
  if (c.test.minP > config.qWarn) {
    decision.caveats.push({
      code: 'too-few-runs',
      text:
        `${n} runs are too few for a significance test (at least 4 per side): ` +
        `a fixed ±${pct(config.staticTolerance)} tolerance was used instead, warn only`,
    });
    if (pastStatic) decision.severity = 'warn';
    return decision;
  }
  if (c.test.minP * tests > config.qWarn) {
    // Benjamini–Hochberg over `tests` comparisons: a lone regression needs p ≤ q / tests.
    decision.caveats.push({
      code: 'too-many-tests',
      text:
        `${n} runs cannot show a lone regression among ${tests} benchmark comparisons ` +
        `(${runsNeeded(tests, config.qWarn)} per side can): ` +
        `a fixed ±${pct(config.staticTolerance)} tolerance also applies, warn only`,
    });
    if (pastStatic) decision.severity = 'warn';
  }
  if (c.test.minP > config.qFail) {
    decision.caveats.push({
      code: 'warn-only-runs',
      text: `${n} runs can at most warn: a fail needs at least 5 runs per side`,
    });
  }
  const bound = c.direction === 'higher-is-worse' ? c.test.effectLow : c.test.effectHigh;
  const excludesZero = bound !== null && (c.direction === 'higher-is-worse' ? bound > 0 : bound < 0);
  const pastFloor = (decision.worsening ?? 0) >= floor && excludesZero;
  if (pastFloor && (q as number) <= config.qFail) decision.severity = 'fail';
  else if (pastFloor && (q as number) <= config.qWarn) decision.severity = 'warn';
  return decision;
}

/** Runs per side for which 1 / C(2n, n) × tests ≤ q. */
function runsNeeded(tests: number, q: number): number {
  let n = 1;
  while (minAttainableP(n, n) * tests > q && n < 50) n++;
  return n;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
