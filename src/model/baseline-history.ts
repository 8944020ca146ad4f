// The recorded history of base jobs (the baseline artifact's `history.json`, oldest first): per
// entry the per-run values of every benchmark and unit, the per-run health metrics, the top
// functions' shares, where it ran, the commit, date and workflow run. Bands of health checks and
// the between-job noise of cross-job comparisons are learned from it (docs/statistics.md §6).

import type { RunnerFingerprint } from './runner-fingerprint.js';

export interface BaselineCommit {
  sha: string;
  ref: string;
  workflowRunId: string;
}

/** One (benchmark, unit) of an entry: its value in each run, in run order. */
export interface HistoryBenchmark {
  /** The bench key (`pkg.BenchmarkName[-procs]`). */
  name: string;
  unit: string;
  values: number[];
}

export interface HistoryTopFunction {
  function: string;
  /** Mean flat share of the runs' totals, percent. */
  flatShare: number;
  /** Mean cum share, percent (entries from version 2 on). */
  cumShare?: number;
}

export interface HistoryProfile {
  kind: string;
  sampleType: string;
  unit: string;
  totalMean: number;
  top: HistoryTopFunction[];
}

export interface HistoryEntry {
  commit: BaselineCommit;
  createdAt: string;
  runs: number;
  /** Where the entry's runs ran (version 2 on). */
  fingerprint?: RunnerFingerprint;
  /**
   * Health metrics by name. `trace.*`: one value per Go trace file; `run.*` (version 2 on): one
   * value per run, as the health checks compute them (`run.gc.per-iteration`, `run.span.count:…`).
   */
  metrics: Record<string, number[]>;
  /** Per benchmark and unit, the per-run values (version 2 on). */
  benchmarks?: HistoryBenchmark[];
  profiles: HistoryProfile[];
}

export interface BaselineHistory {
  schema: 'perfgate.baseline-history';
  version: number;
  key: string;
  /** Oldest first; at most `limit` entries. */
  entries: HistoryEntry[];
}

/** The run-level metric of a span count per (service, name). */
export function spanCountMetric(service: string, name: string): string {
  return `run.span.count:${service}\u241f${name}`;
}

/** The run-level metric of the median span duration (ns) per (service, name). */
export function spanP50Metric(service: string, name: string): string {
  return `run.span.p50-ns:${service}\u241f${name}`;
}
