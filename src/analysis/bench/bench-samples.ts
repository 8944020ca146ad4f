// Gathers the benchmark samples of each side from the runs' `go test -bench` output: one
// sample per result line (so -count repetitions and several files per run all count), grouped
// by package, benchmark name, procs and unit.

import type { Run } from '../../model/artifact.js';
import type { BenchResult } from '../../model/bench-set.js';

export interface BenchSamples {
  /** `pkg.BenchmarkName-procs`: unique across packages. */
  key: string;
  /** The benchmark's name as printed, without the procs suffix. */
  name: string;
  pkg: string;
  procs: number;
  unit: string;
  base: number[];
  head: number[];
}

export function benchResults(runs: readonly Run[]): BenchResult[] {
  return runs.flatMap((run) =>
    run.artifacts.flatMap((a) => (a.content.type === 'bench' ? a.content.bench.results : [])),
  );
}

export function collectBenchSamples(base: readonly Run[], head: readonly Run[]): BenchSamples[] {
  const byKey = new Map<string, BenchSamples>();
  const add = (results: BenchResult[], side: 'base' | 'head'): void => {
    for (const r of results) {
      const pkg = r.config['pkg'] ?? '';
      for (const v of r.values) {
        const key = `${pkg ? `${pkg}.` : ''}${r.name}-${r.procs} ${v.unit}`;
        const entry = byKey.get(key) ?? { key, name: r.name, pkg, procs: r.procs, unit: v.unit, base: [], head: [] };
        entry[side].push(v.value);
        byKey.set(key, entry);
      }
    }
  };
  add(benchResults(base), 'base');
  add(benchResults(head), 'head');
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Σ b.N over a run's result lines: the run's work, when every run did a fixed iteration count. */
export function iterationsOfRun(run: Run): number {
  return benchResults([run]).reduce((a, r) => a + r.iterations, 0);
}
