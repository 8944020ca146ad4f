// The between-job noise of every time-like (benchmark, unit) from the history's per-run values
// (docs/statistics.md §6), keyed like `BenchSamples.key`, shrunk across the benchmarks. Only
// cross-job comparisons use it; exact units and same-job comparisons never do.

import type { AnalysisContext } from '../analysis-context.js';
import { entriesForHead } from '../analysis-context.js';
import {
  rawBetweenJob,
  shrinkBetweenJob,
  type BetweenJobNoise,
  type RawBetweenJob,
} from '../stats/between-job-noise.js';

/** Prior weight of the family's τ² (entries − 1 of one benchmark against this many). */
export const benchPriorDf = 10;

/** ns/op, sec/op, ms, MB/s…: units that move with the machine (allocs/op and B/op do not). */
export function isTimeLike(unit: string): boolean {
  return /\/s$/i.test(unit) || /^(ns|us|µs|ms|s|sec|seconds?|minutes?)(\/|$)/i.test(unit);
}

export function benchBetweenJobNoise(context: AnalysisContext): Map<string, BetweenJobNoise> {
  const { entries } = entriesForHead(context);
  const perKey = new Map<string, number[][]>();
  for (const entry of entries) {
    for (const b of entry.benchmarks ?? []) {
      if (!isTimeLike(b.unit)) continue;
      const key = `${b.name} ${b.unit}`;
      const list = perKey.get(key) ?? [];
      list.push(b.values);
      perKey.set(key, list);
    }
  }
  const raw = new Map<string, RawBetweenJob>();
  for (const [key, values] of perKey) {
    const r = rawBetweenJob(values);
    if (r) raw.set(key, r);
  }
  return shrinkBetweenJob(raw, benchPriorDf);
}
