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
  const underBenchmarks = benchmarksOfFunctions(profiles);
  const byBenchmark = new Map<string, number>();
  const add = (bench: string, value: number): void =>
    void byBenchmark.set(bench, (byBenchmark.get(bench) ?? 0) + value);
  for (const profile of profiles) {
    const index = profile.sampleTypes.findIndex((t) => t.type === sampleType);
    if (index < 0) continue;
    const stacks = sampleStacks(profile);
    const { count, width, values } = profile.samples;
    for (let s = 0; s < count; s++) {
      const value = Math.abs(values[s * width + index] as number);
      if (value === 0) continue;
      const names = stackNames(profile, stacks, s);
      if (!matches(names)) continue;
      const bench = outermostBenchmark(names);
      if (bench) {
        add(bench, value);
        continue;
      }
      const starter = goroutineStarter(names);
      for (const b of (starter && underBenchmarks.get(starter)) || []) add(b, value);
    }
  }
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

/** The file and the first and last line of `functionKey` in the profiles' line tables. */
export function sourceSpan(profiles: readonly Profile[], functionKey: string): SourceSpan | null {
  let span: SourceSpan | null = null;
  for (const profile of profiles) {
    const indexes = new Set<number>();
    profile.functions.forEach((fn, i) => {
      if (fn.name === functionKey && fn.filename !== '') indexes.add(i);
    });
    if (indexes.size === 0) continue;
    for (const loc of profile.locations) {
      for (const line of loc.lines) {
        if (!indexes.has(line.functionIndex) || line.line <= 0) continue;
        const fn = profile.functions[line.functionIndex];
        if (!fn) continue;
        const first = fn.startLine > 0 ? Math.min(fn.startLine, line.line) : line.line;
        if (!span) span = { file: fn.filename, first, last: line.line };
        else if (span.file === fn.filename)
          span = { file: span.file, first: Math.min(span.first, first), last: Math.max(span.last, line.line) };
      }
    }
  }
  return span;
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
