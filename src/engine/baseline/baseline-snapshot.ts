// The baseline artifact's layout and its two versioned JSON documents: `snapshot.json` (what one
// base run measured: health, inputs, per-profile totals and top functions) and `history.json`
// (the same summary for the last N base runs, oldest first, for noise bands; its types live in
// model/baseline-history.ts). Raw run files sit beside them under `runs/<run>/`, and the
// comparison reads those. Version 2 adds the runner fingerprint, per-run benchmark values and
// per-run health metrics (docs/statistics.md §6); version 1 documents are still read.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupProfiles } from '../../analysis/profile/group-profiles.js';
import { runTotals } from '../../analysis/profile/run-totals.js';
import { collectBenchSamples } from '../../analysis/bench/bench-samples.js';
import { runHealthMetrics } from '../../analysis/health/run-metrics.js';
import type { Verdict } from '../../analysis/verdict.js';
import type { Run } from '../../model/artifact.js';
import type { BaselineCommit, BaselineHistory, HistoryBenchmark, HistoryEntry } from '../../model/baseline-history.js';
import type { RunnerFingerprint } from '../../model/runner-fingerprint.js';
import type { Finding } from '../../model/finding.js';
import { goTraceSummaries, type GoTraceSummary } from '../../model/go-trace-summary.js';
import type { InputRecord } from '../../report/report.js';

export type { BaselineCommit, BaselineHistory, HistoryEntry } from '../../model/baseline-history.js';

export const baselineSnapshotVersion = 2;
export const baselineFiles = { snapshot: 'snapshot.json', history: 'history.json', runs: 'runs' } as const;

export interface TopFunction {
  function: string;
  file: string;
  line: number;
  /** Mean flat and cum share of the run totals, percent. */
  flatShare: number;
  cumShare: number;
}

export interface ProfileSummary {
  kind: string;
  sampleType: string;
  unit: string;
  /** Σ |value| per run, in run order. */
  runTotals: number[];
  top: TopFunction[];
}

export interface BaselineSnapshot {
  schema: 'perfgate.baseline';
  version: number;
  key: string;
  tool: { version: string };
  createdAt: string;
  commit: BaselineCommit;
  /** Run directory names under `runs/`. */
  runs: string[];
  verdict: Verdict;
  findings: Finding[];
  inputs: InputRecord[];
  profiles: ProfileSummary[];
  /** Health metrics for bands (docs/statistics.md §6): `trace.*` per Go trace file, `run.*` per run. */
  metrics: Record<string, number[]>;
  /** Per benchmark and unit, the values in run order (version 2 on). */
  benchmarks?: HistoryBenchmark[];
  /** Where the runs ran (version 2 on). */
  fingerprint?: RunnerFingerprint;
}

/** Per kind and sample type: run totals and the functions with the largest mean flat share. */
export function summarizeProfiles(runs: readonly Run[], topCount = 20): ProfileSummary[] {
  const summaries: ProfileSummary[] = [];
  for (const group of groupProfiles([], runs)) {
    for (const sampleType of group.sampleTypes) {
      const totals = group.head.map((r) => runTotals(r.run, r.profiles, sampleType.type));
      const share = (map: 'flat' | 'cum', key: string): number =>
        mean(totals.map((t) => (t.total > 0 ? (100 * Math.abs(t[map].get(key) ?? 0)) / t.total : 0)));
      const keys = new Set(totals.flatMap((t) => [...t.flat.keys()]));
      const top = [...keys]
        .map((key) => {
          const source = totals.find((t) => t.sources.has(key))?.sources.get(key);
          return {
            function: key,
            file: source?.file ?? '',
            line: source?.line ?? 0,
            flatShare: round(share('flat', key)),
            cumShare: round(share('cum', key)),
          };
        })
        .filter((f) => f.flatShare > 0)
        .sort((a, b) => b.flatShare - a.flatShare || a.function.localeCompare(b.function))
        .slice(0, topCount);
      summaries.push({
        kind: group.kind,
        sampleType: sampleType.type,
        unit: sampleType.unit,
        runTotals: totals.map((t) => t.total),
        top,
      });
    }
  }
  return summaries;
}

const traceMetrics: Record<string, (s: GoTraceSummary) => number> = {
  'trace.gc.per-second': (s) => s.gc.perSecond,
  'trace.gc.stw-max-ns': (s) => s.gc.stwMaxNs,
  'trace.gc.gc-stw-max-ns': (s) => s.gc.gcStwMaxNs,
  'trace.gc.mark-assist-ns': (s) => s.gc.markAssistNs,
  'trace.goroutines.alive-at-end': (s) => s.goroutines.aliveAtEnd,
  'trace.sched-latency.p99-ns': (s) => s.schedLatencyNs.p99,
  'trace.heap-peak-bytes': (s) => s.heapPeakBytes,
  'trace.duration-ns': (s) => s.durationNs,
};

/** The trace metrics of every Go trace in the runs, in run order, and the per-run health metrics. */
export function summarizeMetrics(runs: readonly Run[]): Record<string, number[]> {
  const metrics: Record<string, number[]> = runHealthMetrics(runs);
  for (const { summary } of goTraceSummaries(runs)) {
    for (const [name, read] of Object.entries(traceMetrics)) {
      const value = read(summary);
      if (Number.isFinite(value)) (metrics[name] ??= []).push(value);
    }
  }
  return metrics;
}

/** Every (benchmark, unit) of the runs with its values in run order, keyed as the comparison keys them. */
export function summarizeBenchmarks(runs: readonly Run[]): HistoryBenchmark[] {
  return collectBenchSamples(runs, []).map((s) => ({
    name: s.key.slice(0, s.key.length - s.unit.length - 1),
    unit: s.unit,
    values: s.base,
  }));
}

export function historyEntry(snapshot: BaselineSnapshot): HistoryEntry {
  return {
    commit: snapshot.commit,
    createdAt: snapshot.createdAt,
    runs: snapshot.runs.length,
    ...(snapshot.fingerprint ? { fingerprint: snapshot.fingerprint } : {}),
    metrics: snapshot.metrics,
    benchmarks: snapshot.benchmarks ?? [],
    profiles: snapshot.profiles.map((p) => ({
      kind: p.kind,
      sampleType: p.sampleType,
      unit: p.unit,
      totalMean: mean(p.runTotals),
      top: p.top.map((t) => ({ function: t.function, flatShare: t.flatShare, cumShare: t.cumShare })),
    })),
  };
}

/**
 * The previous history with this entry appended, capped. A re-run of the same workflow run and
 * commit replaces its entry; another run of the same commit (a nightly `schedule` recording of
 * an unchanged branch) is a new entry: it is one more draw of the runner.
 */
export function appendHistory(
  previous: BaselineHistory | undefined,
  entry: HistoryEntry,
  key: string,
  limit: number,
): BaselineHistory {
  const same = (e: HistoryEntry): boolean =>
    e.commit.sha === entry.commit.sha && e.commit.workflowRunId === entry.commit.workflowRunId;
  const kept = (previous?.entries ?? []).filter((e) => !same(e));
  const entries = [...kept, entry].slice(-Math.max(1, limit));
  return { schema: 'perfgate.baseline-history', version: baselineSnapshotVersion, key, entries };
}

export interface BaselineDir {
  /** Directory of run directories to compare against. */
  runsDir: string;
  snapshot?: BaselineSnapshot;
  history?: BaselineHistory;
  /** Why a document was ignored (unreadable, newer version). */
  warnings: string[];
}

/** Reads a downloaded baseline artifact; a missing or newer document is a warning, not an error. */
export async function readBaselineDir(dir: string): Promise<BaselineDir> {
  const result: BaselineDir = { runsDir: join(dir, baselineFiles.runs), warnings: [] };
  const snapshot = await readVersioned(join(dir, baselineFiles.snapshot), 'perfgate.baseline', result.warnings);
  if (snapshot) result.snapshot = snapshot as unknown as BaselineSnapshot;
  const history = await readVersioned(join(dir, baselineFiles.history), 'perfgate.baseline-history', result.warnings);
  if (history && Array.isArray(history['entries'])) result.history = history as unknown as BaselineHistory;
  return result;
}

async function readVersioned(
  path: string,
  schema: string,
  warnings: string[],
): Promise<Record<string, unknown> | undefined> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      warnings.push(`${schema}: unreadable (${(err as Error).message.slice(0, 200)})`);
    return undefined;
  }
  const obj = doc as Record<string, unknown> | null;
  if (!obj || obj['schema'] !== schema || typeof obj['version'] !== 'number') {
    warnings.push(`${schema}: not a perfgate baseline document`);
    return undefined;
  }
  if (obj['version'] > baselineSnapshotVersion) {
    warnings.push(
      `${schema}: version ${String(obj['version'])} is newer than this perfgate understands (${baselineSnapshotVersion})`,
    );
    return undefined;
  }
  return obj;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
