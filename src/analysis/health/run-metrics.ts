// Health metrics per run, defined once for both the checks (head's runs) and the recorded history
// (each base job's runs), so a band from history compares like with like: GC cycles per second
// and per benchmark iteration, the longest GC stop-the-world pause, scheduler latency p99,
// goroutines alive at the end, and spans per (service, name).

import type { Run } from '../../model/artifact.js';
import { spanCountMetric, spanP50Metric } from '../../model/baseline-history.js';

export const runMetric = {
  gcPerSecond: 'run.gc.per-second',
  gcPerIteration: 'run.gc.per-iteration',
  stwMaxNs: 'run.gc.stw-max-ns',
  schedP99Ns: 'run.sched.latency-p99-ns',
  aliveAtEnd: 'run.goroutines.alive-at-end',
} as const;

/** Traces with fewer scheduler latency intervals are not used for the p99. */
export const schedMinSamples = 20;

export interface RunGc {
  cycles: number;
  perSecond: number;
  /** GC cycles per benchmark iteration (b.N summed over the run's results), when known. */
  perIteration: number | undefined;
}

/** One GC rate per run that has a Go trace (several traces in a run: their sums). */
export function runGcRates(runs: readonly Run[]): RunGc[] {
  const rates: RunGc[] = [];
  for (const run of runs) {
    let cycles = 0;
    let durationNs = 0;
    let iterations = 0;
    for (const a of run.artifacts) {
      if (a.content.type === 'go-trace') {
        cycles += a.content.summary.gc.cycles;
        durationNs += a.content.summary.durationNs;
      } else if (a.content.type === 'bench') {
        for (const r of a.content.bench.results) iterations += r.iterations;
      }
    }
    if (durationNs <= 0) continue;
    rates.push({
      cycles,
      perSecond: cycles / (durationNs / 1e9),
      perIteration: iterations > 0 ? cycles / iterations : undefined,
    });
  }
  return rates;
}

/** Every run-level health metric of the runs, one value per run that has it. */
export function runHealthMetrics(runs: readonly Run[], minSchedSamples = schedMinSamples): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const push = (name: string, value: number | undefined): void => {
    if (value !== undefined && Number.isFinite(value)) (out[name] ??= []).push(value);
  };
  const rates = runGcRates(runs);
  for (const r of rates) push(runMetric.gcPerSecond, r.perSecond);
  if (rates.every((r) => r.perIteration !== undefined))
    for (const r of rates) push(runMetric.gcPerIteration, r.perIteration);
  for (const run of runs) {
    const traces = run.artifacts.flatMap((a) => (a.content.type === 'go-trace' ? [a.content.summary] : []));
    if (traces.length > 0) {
      let stw = 0;
      for (const t of traces) stw = Math.max(stw, t.gc.gcStwMaxNs);
      push(runMetric.stwMaxNs, stw);
      push(runMetric.aliveAtEnd, meanOf(traces.map((t) => t.goroutines.aliveAtEnd)));
      const usable = traces.filter((t) => t.schedLatencyNs.count >= minSchedSamples);
      if (usable.length > 0) push(runMetric.schedP99Ns, meanOf(usable.map((t) => t.schedLatencyNs.p99)));
    }
    for (const [key, count] of spanCounts(run)) push(key, count);
    for (const [key, p50] of spanMedians(run)) push(key, p50);
  }
  return out;
}

function spanCounts(run: Run): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of run.artifacts) {
    if (a.content.type !== 'spans') continue;
    for (const span of a.content.spans.spans) {
      const key = spanCountMetric(span.service, span.name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Median finished duration per (service, name) in one run, in ns. */
function spanMedians(run: Run): Map<string, number> {
  const durations = new Map<string, number[]>();
  for (const a of run.artifacts) {
    if (a.content.type !== 'spans') continue;
    for (const span of a.content.spans.spans) {
      if (span.durationNs === undefined || span.durationNs < 0n) continue;
      const key = spanP50Metric(span.service, span.name);
      const list = durations.get(key) ?? [];
      list.push(Number(span.durationNs));
      durations.set(key, list);
    }
  }
  const out = new Map<string, number>();
  for (const [key, list] of durations) {
    list.sort((x, y) => x - y);
    out.set(key, list[Math.floor((list.length - 1) / 2)] ?? 0);
  }
  return out;
}

function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}
