// Builds a ProfileComparison from the base and head runs of one profile kind and sample type:
// per-run totals, normalised per-function values, and the §4.2 hotspot test for every
// function that passes the candidate filter (pooled ≥ 50 samples and ≥ 0.1% share), with
// Benjamini–Hochberg q-values over the candidates of each metric (flat and cum are families).
// Runs with fewer than `minEventsPerRun` sampling events on average are compared but not tested.

import type { Normalization } from '../../model/config.js';
import type { Profile, ProfileKind, ValueType } from '../../model/profile.js';
import {
  dispersionPrior,
  hotspotTest,
  rawDispersion,
  type HotspotTestResult,
  type SideCounts,
} from '../stats/hotspot-test.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import type {
  FunctionComparison,
  Metric,
  MetricComparison,
  ProfileComparison,
  SideValues,
} from './profile-comparison.js';
import { runTotals, type RunTotals } from './run-totals.js';

export interface RunProfiles {
  run: string;
  profiles: Profile[];
}

export interface CompareOptions {
  normalization: Normalization;
  /** Below this many sampling events per run (mean over both sides) nothing is tested. */
  minEventsPerRun: number;
  /** α used when the runs cannot estimate overdispersion (a single run per side). */
  defaultDispersion: number;
  priorDf: number;
}

const minPooledCount = 50;
const minPooledShare = 0.001;

export function compareRuns(
  kind: ProfileKind,
  sampleType: ValueType,
  base: RunProfiles[],
  head: RunProfiles[],
  options: CompareOptions,
): ProfileComparison {
  const baseTotals = base.map((r) => runTotals(r.run, r.profiles, sampleType.type));
  const headTotals = head.map((r) => runTotals(r.run, r.profiles, sampleType.type));
  const normalization = usableNormalization(options.normalization, [...baseTotals, ...headTotals]);
  const keys = new Set<string>();
  for (const t of [...baseTotals, ...headTotals]) for (const key of t.cum.keys()) keys.add(key);
  const functions = [...keys].map((key) => compareFunction(key, baseTotals, headTotals, normalization));
  const eventsPerRun = mean([...baseTotals, ...headTotals].map((t) => t.events));
  const tooFewEvents = eventsPerRun < options.minEventsPerRun;
  const tests = tooFewEvents
    ? { assumed: false, alpha0: undefined }
    : attachTests(functions, baseTotals, headTotals, options);
  const noiseModelAssumed = tests.assumed;
  functions.sort((a, b) => magnitude(b) - magnitude(a) || a.key.localeCompare(b.key));
  return {
    kind,
    sampleType,
    normalization,
    baseRuns: base.map((r) => r.run),
    headRuns: head.map((r) => r.run),
    baseTotals: baseTotals.map((t) => t.total),
    headTotals: headTotals.map((t) => t.total),
    functions,
    noiseModelAssumed,
    ...(tests.alpha0 !== undefined ? { dispersionMedian: tests.alpha0 } : {}),
    eventsPerRun,
    tooFewEvents,
  };
}

/** Per-second needs a duration on every run (only CPU profiles have one); else fall back. */
function usableNormalization(wanted: Normalization, runs: RunTotals[]): Normalization {
  if (wanted === 'per-second' && runs.some((r) => r.durationNs <= 0)) return 'total';
  return wanted;
}

/** Order of `pprof -top -diff_base`: biggest flat change first, cum change breaking ties. */
function magnitude(f: FunctionComparison): number {
  return Math.abs(f.flat.sharePoints) + Math.abs(f.cum.sharePoints) * 1e-6;
}

function compareFunction(
  key: string,
  base: RunTotals[],
  head: RunTotals[],
  normalization: Normalization,
): FunctionComparison {
  const source =
    head.find((t) => t.sources.has(key))?.sources.get(key) ?? base.find((t) => t.sources.has(key))?.sources.get(key);
  return {
    key,
    file: source?.file ?? '',
    line: source?.line ?? 0,
    flat: compareMetric(key, 'flat', base, head, normalization),
    cum: compareMetric(key, 'cum', base, head, normalization),
  };
}

function compareMetric(
  key: string,
  metric: Metric,
  base: RunTotals[],
  head: RunTotals[],
  normalization: Normalization,
): MetricComparison {
  const b = sideValues(key, metric, base, normalization);
  const h = sideValues(key, metric, head, normalization);
  return {
    base: b,
    head: h,
    delta: h.mean - b.mean,
    ratio: b.mean === 0 ? (h.mean === 0 ? 1 : Infinity) : h.mean / b.mean,
    sharePoints: h.sharePercent - b.sharePercent,
    countDeltaPerRun: meanCount(key, metric, head) - meanCount(key, metric, base),
  };
}

function sideValues(key: string, metric: Metric, runs: RunTotals[], normalization: Normalization): SideValues {
  const raw = runs.map((t) => t[metric].get(key) ?? 0);
  const normalised = raw.map((v, r) => normalise(v, runs[r] as RunTotals, normalization));
  const shares = raw.map((v, r) => ((runs[r] as RunTotals).total > 0 ? (100 * v) / (runs[r] as RunTotals).total : 0));
  return { runs: raw, mean: mean(normalised), sharePercent: mean(shares) };
}

function normalise(value: number, run: RunTotals, normalization: Normalization): number {
  if (normalization === 'total') return run.total > 0 ? value / run.total : 0;
  if (normalization === 'per-second') return value / (run.durationNs / 1e9);
  return value;
}

function meanCount(key: string, metric: Metric, runs: RunTotals[]): number {
  return mean(runs.map((t) => eventsOf(t, key, metric)));
}

/** A function's sampled events in a run: raw events for memory profiles, else its share of the run's events. */
function eventsOf(run: RunTotals, key: string, metric: Metric): number {
  if (run.raw) return run.raw[metric].get(key) ?? 0;
  return inEvents(run, Math.abs(run[metric].get(key) ?? 0));
}

/** A value of the run in sampling events: its share of the total times the events behind it. */
function inEvents(run: RunTotals, value: number): number {
  return run.total > 0 ? (value * run.events) / run.total : 0;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Runs the hotspot test on every candidate: was the noise model assumed, and the profile-wide α0 when estimated. */
function attachTests(
  functions: FunctionComparison[],
  base: RunTotals[],
  head: RunTotals[],
  options: CompareOptions,
): { assumed: boolean; alpha0: number | undefined } {
  const exposure = (t: RunTotals): number => (options.normalization === 'none' ? 1 : t.events);
  const totalsOf = (runs: RunTotals[]): number[] => runs.map(exposure);
  const countsOf = (key: string, metric: Metric, runs: RunTotals[]): SideCounts => ({
    counts: runs.map((t) => eventsOf(t, key, metric)),
    totals: totalsOf(runs),
  });
  const pooledTotal = [...base, ...head].reduce((a, t) => a + t.events, 0);
  const candidates: { fn: FunctionComparison; metric: Metric; base: SideCounts; head: SideCounts }[] = [];
  for (const fn of functions) {
    for (const metric of ['flat', 'cum'] as const) {
      const b = countsOf(fn.key, metric, base);
      const h = countsOf(fn.key, metric, head);
      const pooled = [...b.counts, ...h.counts].reduce((a, c) => a + c, 0);
      if (pooled >= minPooledCount && pooled >= minPooledShare * pooledTotal)
        candidates.push({ fn, metric, base: b, head: h });
    }
  }
  const estimable = base.length > 1 || head.length > 1;
  const prior = estimable
    ? dispersionPrior(
        candidates.map((c) => rawDispersion(c.base, c.head)),
        options.defaultDispersion,
        options.priorDf,
      )
    : { alpha0: options.defaultDispersion, priorDf: options.priorDf };
  for (const c of candidates) c.fn[c.metric].test = hotspotTest(c.base, c.head, prior);
  for (const metric of ['flat', 'cum'] as const) attachQValues(functions.flatMap((fn) => fn[metric].test ?? []));
  return { assumed: !estimable, alpha0: estimable ? prior.alpha0 : undefined };
}

/** BH q-values within one family (one comparison and metric), in both directions. */
function attachQValues(family: HotspotTestResult[]): void {
  const worse = benjaminiHochberg(family.map((t) => t.pWorse));
  const better = benjaminiHochberg(family.map((t) => 1 - t.pWorse));
  family.forEach((t, i) => {
    t.qWorse = worse[i] as number;
    t.qBetter = better[i] as number;
  });
}
