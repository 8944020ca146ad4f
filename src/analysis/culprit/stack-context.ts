// Context of a culprit read off head's stacks: the benchmarks it runs under and the source lines
// the profiles' line tables hold for it; and the share of each runtime cost class per side.

import type { Profile } from '../../model/profile.js';
import type { RunProfiles } from '../profile/compare-runs.js';
import { classOfStack, type CostClassId } from './cost-class.js';
import type { SourceSpan } from '../../model/attribution-evidence.js';
import { sampleStacks, stackNames } from './sample-stacks.js';

/** `example.com/shop.BenchmarkCheckout.func1` → `BenchmarkCheckout`. */
export function topLevelBenchmark(functionKey: string): string | undefined {
  const last = functionKey.slice(functionKey.lastIndexOf('/') + 1);
  return /\.(Benchmark[^a-z.][^.]*|Benchmark)(?:\.|$)/.exec(last)?.[1];
}

/**
 * Benchmarks above the samples that `matches` selects, with at least a tenth of the top one's
 * value. A goroutine's stack has no benchmark frame: its outermost closure
 * (`(*Shop).Checkout.func1`) stands for the function that started it, whose benchmarks count.
 */
export function benchmarksOf(
  profiles: readonly Profile[],
  sampleType: string,
  matches: (names: string[]) => boolean,
): string[] {
  const byBenchmark = new Map<string, number>();
  forEachBenchmarkSample(profiles, sampleType, (names, benches, value) => {
    if (matches(names)) for (const b of benches) addTo(byBenchmark, b, value);
  });
  return topBenchmarks(byBenchmark);
}

/**
 * `benchmarksOf` for every function at once: one pass over the stacks, then a lookup per culprit
 * (asking per culprit walked every stack once per culprit: culprits × samples × depth).
 */
export function benchmarksByFunction(profiles: readonly Profile[], sampleType: string): (key: string) => string[] {
  const byFunction = new Map<string, Map<string, number>>();
  forEachBenchmarkSample(profiles, sampleType, (names, benches, value) => {
    for (const name of new Set(names)) {
      let byBenchmark = byFunction.get(name);
      if (!byBenchmark) byFunction.set(name, (byBenchmark = new Map<string, number>()));
      for (const b of benches) addTo(byBenchmark, b, value);
    }
  });
  return (key) => topBenchmarks(byFunction.get(key) ?? new Map<string, number>());
}

/** Each sample with a value of `sampleType`: its names (leaf first) and the benchmarks it counts for. */
function forEachBenchmarkSample(
  profiles: readonly Profile[],
  sampleType: string,
  visit: (names: string[], benches: Iterable<string>, value: number) => void,
): void {
  const underBenchmarks = benchmarksOfFunctions(profiles);
  for (const profile of profiles) {
    const index = profile.sampleTypes.findIndex((t) => t.type === sampleType);
    if (index < 0) continue;
    const stacks = sampleStacks(profile);
    const { count, width, values } = profile.samples;
    for (let s = 0; s < count; s++) {
      const value = Math.abs(values[s * width + index] as number);
      if (value === 0) continue;
      const names = stackNames(profile, stacks, s);
      const bench = outermostBenchmark(names);
      const starter = bench ? undefined : goroutineStarter(names);
      visit(names, bench ? [bench] : (starter && underBenchmarks.get(starter)) || [], value);
    }
  }
}

function addTo(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** The benchmarks with at least a tenth of the top one's value, largest first. */
function topBenchmarks(byBenchmark: ReadonlyMap<string, number>): string[] {
  let top = 0;
  for (const v of byBenchmark.values()) top = Math.max(top, v);
  return [...byBenchmark.entries()]
    .filter(([, v]) => v >= top / 10)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);
}

function outermostBenchmark(namesLeafFirst: readonly string[]): string | undefined {
  for (let i = namesLeafFirst.length - 1; i >= 0; i--) {
    const bench = topLevelBenchmark(namesLeafFirst[i] as string);
    if (bench) return bench;
  }
  return undefined;
}

/** The function whose closure runs at the root of a goroutine (`pkg.F.func1` → `pkg.F`). */
function goroutineStarter(namesLeafFirst: readonly string[]): string | undefined {
  for (let i = namesLeafFirst.length - 1; i >= 0; i--) {
    const m = /^(.*?)(\.(func|gowrap)\d+)+$/.exec(namesLeafFirst[i] as string);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** For every function, the benchmarks that appear above it on some stack. */
function benchmarksOfFunctions(profiles: readonly Profile[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const profile of profiles) {
    const stacks = sampleStacks(profile);
    for (let s = 0; s < profile.samples.count; s++) {
      const names = stackNames(profile, stacks, s);
      const bench = outermostBenchmark(names);
      if (!bench) continue;
      for (const name of names) {
        const set = result.get(name) ?? new Set<string>();
        set.add(bench);
        result.set(name, set);
      }
    }
  }
  return result;
}

/** Every function's file and first and last line in the profiles' line tables, in one pass. */
export function sourceSpans(profiles: readonly Profile[]): Map<string, SourceSpan> {
  const spans = new Map<string, SourceSpan>();
  for (const profile of profiles) {
    for (const loc of profile.locations) {
      for (const line of loc.lines) {
        const fn = profile.functions[line.functionIndex];
        if (!fn || fn.filename === '' || line.line <= 0) continue;
        const first = fn.startLine > 0 ? Math.min(fn.startLine, line.line) : line.line;
        const span = spans.get(fn.name);
        if (!span) spans.set(fn.name, { file: fn.filename, first, last: line.line });
        else if (span.file === fn.filename)
          spans.set(fn.name, {
            file: span.file,
            first: Math.min(span.first, first),
            last: Math.max(span.last, line.line),
          });
      }
    }
  }
  return spans;
}

/** Mean percentage of the run totals per cost class, for each side. */
export function classShares(sampleType: string, runs: readonly RunProfiles[]): Map<CostClassId, number> {
  const sum = new Map<CostClassId, number>();
  for (const run of runs) {
    const values = new Map<CostClassId, number>();
    let total = 0;
    for (const profile of run.profiles) {
      const index = profile.sampleTypes.findIndex((t) => t.type === sampleType);
      if (index < 0) continue;
      const stacks = sampleStacks(profile);
      const { count, width, values: columns } = profile.samples;
      for (let s = 0; s < count; s++) {
        const value = Math.abs(columns[s * width + index] as number);
        total += value;
        if (value === 0) continue;
        const cls = classOfStack(stackNames(profile, stacks, s));
        if (cls) values.set(cls, (values.get(cls) ?? 0) + value);
      }
    }
    if (total > 0) for (const [c, v] of values) sum.set(c, (sum.get(c) ?? 0) + (100 * v) / total);
  }
  for (const [c, v] of sum) sum.set(c, v / Math.max(1, runs.length));
  return sum;
}
