// `perfgate inspect` of `go test -bench` output: the configuration, and per benchmark the
// number of result lines (-count repetitions) and the median of each unit.

import { median } from '../../analysis/stats/median.js';
import { benchKey, type BenchSet } from '../../model/bench-set.js';
import { maxOf } from '../../model/extremes.js';

export function inspectBench(bench: BenchSet): Record<string, unknown> {
  const byKey = new Map<string, Map<string, number[]>>();
  for (const r of bench.results) {
    const key = benchKey(r);
    const units = byKey.get(key) ?? new Map<string, number[]>();
    byKey.set(key, units);
    for (const v of r.values) {
      const values = units.get(v.unit);
      if (values)
        values.push(v.value); // appended in place: a copy per line was quadratic
      else units.set(v.unit, [v.value]);
    }
  }
  const first = bench.results[0];
  return {
    config: first ? first.config : {},
    results: bench.results.length,
    benchmarks: [...byKey].map(([name, units]) => ({
      name,
      runs: maxOf([...units.values()].map((v) => v.length)),
      medians: Object.fromEntries([...units].map(([unit, values]) => [unit, median(values)])),
    })),
  };
}
