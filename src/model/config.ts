// Settings of one gate run, from perfgate.yml, CLI flags and Action inputs. Analysis and
// report read nothing else: no environment, no clock (the time comes in here too).

import type { Severity } from './finding.js';
import { defaultLimits, type Limits } from './limits.js';

/** How profile values are made comparable across runs of different length. */
export type Normalization = 'none' | 'total' | 'per-second';

export type FailOn = 'fail' | 'warn' | 'never';

/** Thresholds of the first hotspot rule; a change must pass both to count. */
export interface HotspotLevel {
  /** Rise in share of the total, in percentage points. */
  sharePoints: number;
  /** Rise as a ratio of head to base (1.2 = +20%). */
  ratio: number;
}

export interface HotspotConfig {
  normalization: Normalization;
  warn: HotspotLevel;
  fail: HotspotLevel;
  /** Functions below this share (percent) on both sides are not reported. */
  minSharePercent: number;
  /** Rows shown in the "top changes" table. */
  topChanges: number;
  /** False-discovery level for a warn (Benjamini–Hochberg). */
  qWarn: number;
  /** False-discovery level for a fail (Benjamini–Yekutieli). */
  qFail: number;
  /** A fail also needs this many more sampled events per run (5 = 50 ms of CPU at 100 Hz). */
  minCountDeltaPerRun: number;
  /**
   * A profile kind and sample type is tested only when its runs hold at least this many sampling
   * events each on average; below it a share moves in steps of several points and no finding
   * would be more than noise (a test binary's allocs profile of three samples, say).
   */
  minEventsPerRun: number;
  /** Overdispersion assumed when the runs cannot estimate it (one run per side). */
  defaultDispersion: number;
  /** Weight of the profile-wide overdispersion prior (d0). */
  priorDf: number;
  /** `on`: a fail also needs the enclosing benchmark's time (or CPU) per op to rise (§4.2 step 5). */
  costShift: 'on' | 'off';
  /**
   * Run consistency: a warn also needs the per-run shares to rise by a one-sided Mann–Whitney U
   * test at this p (1 turns the check off). Guards against a run or two with a burst.
   */
  runConsistencyP: number;
  /** The same for a fail (0.01 needs 5 runs per side: 1/C(10,5) = 0.004). */
  runConsistencyFailP: number;
}

/** Benchmark comparison settings (docs/statistics.md §1). */
export interface BenchConfig {
  /** False-discovery level for a warn (Benjamini–Hochberg over every noisy comparison). */
  qWarn: number;
  /** False-discovery level for a fail. */
  qFail: number;
  /** Smallest change that counts, as a fraction (0.05 = +5%). */
  floor: number;
  /** Per-benchmark floors, by name without the procs suffix (`BenchmarkParse: 0.1`). */
  floors: Record<string, number>;
  /** Two-sided level of the Hodges–Lehmann interval. */
  confidence: number;
  /** With too few runs for the rank test: a fixed tolerance, warn only. */
  staticTolerance: number;
  /** Exact units: allocs/op must rise by at least this many to count. */
  allocsTolerance: number;
  /** Exact units: B/op must rise by at least max(bytesTolerance, bytesToleranceRatio × base). */
  bytesTolerance: number;
  bytesToleranceRatio: number;
}

/** Per-check settings; `severity: off` disables a check. Other keys belong to the check. */
export interface CheckConfig {
  severity?: Severity | 'off';
  [option: string]: unknown;
}

export interface Config {
  failOn: FailOn;
  hotspots: HotspotConfig;
  benchmarks: BenchConfig;
  checks: Record<string, CheckConfig>;
  limits: Limits;
  /** Go toolchain that produced head's artifacts (`1.23.4`), from config or go.mod. */
  goVersion?: string;
  /** The repository's Go module paths: user code for culprit attribution (else a heuristic). */
  modules?: string[];
  /** Wall-clock time of this run, ISO 8601; the only clock analysis and reports see. */
  now: string;
}

export function defaultConfig(now = '1970-01-01T00:00:00.000Z'): Config {
  return {
    failOn: 'fail',
    hotspots: {
      normalization: 'total',
      warn: { sharePoints: 0.5, ratio: 1.1 },
      fail: { sharePoints: 1, ratio: 1.2 },
      minSharePercent: 0.5,
      topChanges: 15,
      qWarn: 0.05,
      qFail: 0.01,
      minCountDeltaPerRun: 5,
      minEventsPerRun: 20,
      defaultDispersion: 0.01,
      priorDf: 20,
      costShift: 'on',
      runConsistencyP: 0.05,
      runConsistencyFailP: 0.01,
    },
    benchmarks: {
      qWarn: 0.05,
      qFail: 0.01,
      floor: 0.05,
      floors: {},
      confidence: 0.95,
      staticTolerance: 0.1,
      allocsTolerance: 1,
      bytesTolerance: 64,
      bytesToleranceRatio: 0.01,
    },
    checks: {},
    limits: { ...defaultLimits },
    now,
  };
}

/** The severity a check should use: the configured one, its default, or undefined when off. */
export function checkSeverity(config: Config, checkId: string, fallback: Severity): Severity | undefined {
  const configured = config.checks[checkId]?.severity;
  if (configured === 'off') return undefined;
  return configured ?? fallback;
}

/** A numeric option of a check, or its default. */
export function checkNumber(config: Config, checkId: string, option: string, fallback: number): number {
  const value = config.checks[checkId]?.[option];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
