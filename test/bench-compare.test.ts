// Benchmark comparison (research/statistics.md §4.1) on synthetic runs, the config keys, and
// the cost-shift rule (§4.2 step 5) on the demo runs.

import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/analyze.js';
import { analyzeBenchmarks } from '../src/analysis/bench/analyze-benchmarks.js';
import { collectSide } from '../src/engine/read-inputs/read-runs.js';
import { applyConfig } from '../src/engine/config/config-file.js';
import type { Run } from '../src/model/artifact.js';
import type { BenchValue } from '../src/model/bench-set.js';
import { defaultConfig } from '../src/model/config.js';
import { ev } from './evidence-of.js';
import { stringContaining } from './typed.js';

function runs(side: 'base' | 'head', perRun: BenchValue[][], name = 'BenchmarkX'): Run[] {
  return perRun.map((values, i) => ({
    side,
    id: `${side}/run${i + 1}`,
    artifacts: [
      {
        format: 'gobench',
        content: {
          type: 'bench',
          bench: { results: [{ name, procs: 2, iterations: 1000, values, config: { pkg: 'example.com/x' }, line: 1 }] },
        },
        diagnostics: [],
        path: `${side}/run${i + 1}/bench.txt`,
        side,
        run: `${side}/run${i + 1}`,
      },
    ],
  }));
}

const ns = (xs: number[]): BenchValue[][] => xs.map((value) => [{ value, unit: 'ns/op' }]);
const config = () => defaultConfig().benchmarks;

describe('noisy units', () => {
  const base = [100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1];
  it('fails a clear +20% with 8 runs a side', () => {
    const { findings } = analyzeBenchmarks(
      runs('base', ns(base)),
      runs('head', ns(base.map((x) => x * 1.2))),
      config(),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      id: 'bench.regression',
      severity: 'fail',
      subject: { kind: 'benchmark', key: 'BenchmarkX' },
    });
    expect(ev(f)['stats']).toMatchObject({ nBase: 8, nHead: 8 });
    const stats = ev(f)['stats'] as { effect: number; effectLow: number; effectHigh: number; q: number };
    expect(stats.effect).toBeCloseTo(0.2, 2);
    expect(stats.effectLow).toBeGreaterThan(0.1);
    expect(stats.q).toBeLessThan(0.01);
  });
  it('shows ~ below the 5% floor even when significant', () => {
    const { findings } = analyzeBenchmarks(
      runs('base', ns(base)),
      runs('head', ns(base.map((x) => x * 1.03))),
      config(),
    );
    expect(findings[0]).toMatchObject({ id: 'bench.comparison', severity: 'info' });
  });
  it('honours a per-benchmark floor', () => {
    const c = applyConfig(defaultConfig(), { benchmarks: { floors: { BenchmarkX: 0.02 } } }, 'perfgate.yml').benchmarks;
    const { findings } = analyzeBenchmarks(runs('base', ns(base)), runs('head', ns(base.map((x) => x * 1.03))), c);
    expect(findings[0]?.id).toBe('bench.regression');
  });
  it('reports improvements and never gates on them', () => {
    const { findings } = analyzeBenchmarks(
      runs('base', ns(base)),
      runs('head', ns(base.map((x) => x * 0.8))),
      config(),
    );
    expect(findings[0]).toMatchObject({ severity: 'info', evidence: { improved: true, significant: true } });
  });
  it('treats MB/s as worse when it falls', () => {
    const mbs = (xs: number[]): BenchValue[][] => xs.map((value) => [{ value, unit: 'MB/s' }]);
    const { findings } = analyzeBenchmarks(
      runs('base', mbs(base)),
      runs('head', mbs(base.map((x) => x * 0.8))),
      config(),
    );
    expect(findings[0]).toMatchObject({
      id: 'bench.regression',
      severity: 'fail',
      evidence: { direction: 'lower-is-worse' },
    });
  });
  it('warns with a fixed tolerance, and says so, when the runs are too few to test', () => {
    const { findings } = analyzeBenchmarks(runs('base', ns([100, 101])), runs('head', ns([130, 131])), config());
    expect(findings[0]?.severity).toBe('warn');
    expect((ev(findings[0])['caveats'] as unknown[])[0]).toEqual({
      code: 'too-few-runs',
      text: stringContaining('too few for a significance test'),
    });
  });
  it('says that 4 runs a side can at most warn', () => {
    const { findings } = analyzeBenchmarks(
      runs('base', ns([100, 101, 99, 100])),
      runs('head', ns([130, 131, 129, 130])),
      config(),
    );
    expect(findings[0]?.severity).toBe('warn');
    expect(ev(findings[0])['caveats']).toContainEqual({
      code: 'warn-only-runs',
      text: 'n=4/4 runs can at most warn: a fail needs at least 5 runs per side',
    });
  });
});

describe('many benchmarks, few runs', () => {
  it('says when Benjamini–Hochberg leaves a lone regression no chance, and falls back to the fixed tolerance', () => {
    const many = (scale: number): Run[] =>
      Array.from({ length: 5 }, (_, r) =>
        Array.from(
          { length: 20 },
          (_, b) =>
            runs('base', [[{ value: (100 + r) * (b === 0 ? scale : 1), unit: 'ns/op' }]], `BenchmarkB${b}`)[0] as Run,
        ),
      ).map((parts, r) => ({ side: 'base' as const, id: `run${r}`, artifacts: parts.flatMap((p) => p.artifacts) }));
    const head = many(1.3).map((r) => ({ ...r, side: 'head' as const }));
    const { findings } = analyzeBenchmarks(many(1), head, config());
    const first = findings.find((f) => f.subject.key === 'BenchmarkB0');
    expect(first?.severity).toBe('warn');
    expect(ev(first)['caveats']).toContainEqual({
      code: 'too-many-tests',
      text: stringContaining('cannot show a lone regression among 20 benchmark comparisons (6 per side can)'),
    });
    expect(findings.filter((f) => f.severity !== 'info')).toHaveLength(1);
  });
});

describe('exact units', () => {
  const mem = (b: number, a: number, n: number): BenchValue[][] =>
    Array.from({ length: n }, () => [
      { value: b, unit: 'B/op' },
      { value: a, unit: 'allocs/op' },
    ]);
  it('compares allocs/op and B/op against their tolerances', () => {
    const { findings } = analyzeBenchmarks(runs('base', mem(1000, 10, 3)), runs('head', mem(1050, 11, 3)), config());
    const byUnit = Object.fromEntries(findings.map((f) => [String(ev(f)['unit']), f]));
    expect(byUnit['B/op']).toMatchObject({ severity: 'info', evidence: { assumption: 'exact', tolerance: 64 } });
    expect(byUnit['allocs/op']).toMatchObject({ id: 'bench.regression', severity: 'fail' });
  });
  it('treats B/op that varies beyond its tolerance as noisy', () => {
    const base = [1000, 5000, 3000, 2000, 4000].map((value) => [{ value, unit: 'B/op' }]);
    const { findings } = analyzeBenchmarks(runs('base', base), runs('head', base), config());
    expect(ev(findings[0])['assumption']).toBe('noisy');
  });
  it('only warns with a single run per side', () => {
    const { findings } = analyzeBenchmarks(runs('base', mem(1000, 10, 1)), runs('head', mem(1000, 20, 1)), config());
    expect(findings.find((f) => ev(f)['unit'] === 'allocs/op')?.severity).toBe('warn');
  });
});

describe('perfgate.yml benchmarks', () => {
  it('reads the thresholds and rejects unknown keys', () => {
    const c = applyConfig(
      defaultConfig(),
      { benchmarks: { 'q-fail': 0.005, floor: 0.1 }, hotspots: { 'cost-shift': 'off' } },
      'f',
    );
    expect(c.benchmarks).toMatchObject({ qFail: 0.005, floor: 0.1, qWarn: 0.05 });
    expect(c.hotspots.costShift).toBe('off');
    expect(() => applyConfig(defaultConfig(), { benchmarks: { flor: 1 } }, 'f')).toThrow(/flor/);
    expect(() => applyConfig(defaultConfig(), { hotspots: { 'cost-shift': 'maybe' } }, 'f')).toThrow(/cost-shift/);
  });
});

describe('cost-shift rule on the demo runs', async () => {
  const cfg = defaultConfig();
  const base = (await collectSide('base', ['fixtures/demo/base'], cfg.limits)).runs;
  const head = (await collectSide('head', ['fixtures/demo/head'], cfg.limits)).runs;
  const findPrice = (r: ReturnType<typeof analyze>) =>
    r.findings.find((f) => f.id === 'hotspot.regression' && f.subject.key === 'example.com/shop.findPrice');

  it('keeps findPrice a fail: its benchmarks got slower', () => {
    expect(findPrice(analyze(base, head, cfg))?.severity).toBe('fail');
  });
  it('downgrades it to a warn naming the shift when no benchmark and no per-op total rose', () => {
    // Head's profiles with base's benchmark results and a doubled iteration count (total per op falls).
    const swapped: Run[] = head.map((run, i) => ({
      ...run,
      artifacts: run.artifacts.map((a) => {
        const same = base[i]?.artifacts.find((b) => b.content.type === 'bench');
        if (a.content.type !== 'bench' || !same || same.content.type !== 'bench') return a;
        return {
          ...a,
          content: {
            type: 'bench' as const,
            bench: { results: same.content.bench.results.map((r) => ({ ...r, iterations: r.iterations * 2 })) },
          },
        };
      }),
    }));
    const f = findPrice(analyze(base, swapped, cfg));
    expect(f?.severity).toBe('warn');
    expect(ev(f)['caveats']).toContainEqual({
      code: 'cost-shift',
      text: stringContaining('cost moved between functions'),
    });
    const off = applyConfig(defaultConfig(), { hotspots: { 'cost-shift': 'off' } }, 'f');
    expect(findPrice(analyze(base, swapped, off))?.severity).toBe('fail');
  });
});
