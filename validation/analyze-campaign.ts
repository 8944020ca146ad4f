// Re-runnable analysis of the validation campaign (docs/statistics.md §Validation): reads the
// runs under validation/runs/ with perfgate's own engine (collectSide + analyze, default
// config), then
//   A/A: random disjoint splits of the base pool into K vs K runs → FAIL/WARN rates, and the
//        p-values of every benchmark and hotspot test (calibration: share below 0.05, 0.01);
//   power: K base runs drawn from the pool against K runs of each injected variant → how often
//        the injected function (or benchmark) is flagged, at warn and at fail.
// Writes validation/results/{trials.csv,summary.json}. Seeded, so reruns give the same draws.
//
// Usage: [NORMALIZATION=none] [RUN_CONSISTENCY=off] npx tsx validation/analyze-campaign.ts [trials-per-cell, default 40]

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalysisResult } from '../src/analysis/analyze.js';
import { collectSide } from '../src/engine/collect-runs.js';
import type { Run, Side } from '../src/model/artifact.js';
import { defaultConfig } from '../src/model/config.js';

const root = 'validation/runs';
const out = 'validation/results';
const trialsPerCell = Number(process.argv[2] ?? 40);
const config = defaultConfig('2026-01-01T00:00:00.000Z');
// NORMALIZATION=none compares counts per run (per-op cost with -benchtime=Nx); results get a suffix.
const normalization = process.env['NORMALIZATION'];
if (normalization === 'none' || normalization === 'per-second') config.hotspots.normalization = normalization;
// RUN_CONSISTENCY=off: the rule without the run-consistency check (as first validated).
const consistencyOff = process.env['RUN_CONSISTENCY'] === 'off';
if (consistencyOff) config.hotspots.runConsistencyP = config.hotspots.runConsistencyFailP = 1;
const suffix = `${normalization ? `-${normalization}` : ''}${consistencyOff ? '-no-consistency' : ''}`;

/** The function each variant changes, and the profile sample types where it should show. */
const injected: Record<string, { fn: string; sampleTypes: string[] }> = {
  slowhot: { fn: 'example.com/pgval.hot', sampleTypes: ['cpu/nanoseconds'] },
  slowmid: { fn: 'example.com/pgval.mid', sampleTypes: ['cpu/nanoseconds'] },
  slowsmall: { fn: 'example.com/pgval.small', sampleTypes: ['cpu/nanoseconds'] },
  allocmore: { fn: 'example.com/pgval.mid', sampleTypes: ['alloc_space/bytes', 'alloc_objects/count'] },
  costshift: { fn: 'example.com/pgval.bulkB', sampleTypes: ['cpu/nanoseconds'] },
};

let seed = 20261127;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

async function load(variant: string, side: Side): Promise<Run[]> {
  const dirs = readdirSync(join(root, variant)).filter((d) => d.startsWith('run')).sort().map((d) => join(root, variant, d));
  return (await collectSide(side, dirs, config.limits)).runs;
}

function asSide(runs: readonly Run[], side: Side): Run[] {
  return runs.map((r) => ({ ...r, side, artifacts: r.artifacts.map((a) => ({ ...a, side })) }));
}

interface Trial {
  design: string;
  variant: string;
  trial: number;
  verdict: string;
  fails: number;
  warns: number;
  target: string;
  benchNs: string;
  /** Worst severity per area: CPU hotspots, heap (alloc/inuse) hotspots, benchmarks. */
  cpu: string;
  heap: string;
  bench: string;
}

function worst(result: AnalysisResult, pred: (kind: string, benchmark: boolean) => boolean): string {
  const hits = result.findings.filter((f) => pred(String(f.evidence['profileKind'] ?? ''), f.subject.kind === 'benchmark'));
  return hits.some((f) => f.severity === 'fail') ? 'fail' : hits.some((f) => f.severity === 'warn') ? 'warn' : '-';
}

function severityOf(result: AnalysisResult, fn: string, sampleTypes: string[]): string {
  const hits = result.findings.filter((f) => f.id === 'hotspot.regression' && f.subject.key === fn && sampleTypes.includes(String(f.evidence['sampleType'])));
  return hits.some((f) => f.severity === 'fail') ? 'fail' : hits.some((f) => f.severity === 'warn') ? 'warn' : '-';
}

function benchSeverity(result: AnalysisResult, unit: string): string {
  const f = result.findings.find((x) => x.subject.kind === 'benchmark' && x.evidence['unit'] === unit);
  return f ? (f.severity === 'info' ? '-' : f.severity) : 'none';
}

const pValues = { bench: [] as number[], cpu: [] as number[], heap: [] as number[] };

function record(result: AnalysisResult, variant: string, design: string, trial: number, aa: boolean): Trial {
  const kind = variant.split('-')[0] as string;
  const target = injected[kind];
  if (aa) {
    for (const f of result.findings) {
      const stats = f.evidence['stats'] as { p?: number } | null | undefined;
      if (f.subject.kind === 'benchmark' && stats?.p !== undefined) pValues.bench.push(stats.p);
    }
    for (const c of result.comparisons) for (const fn of c.functions) for (const m of [fn.flat, fn.cum]) if (m.test) (c.kind === 'cpu' ? pValues.cpu : pValues.heap).push(m.test.pWorse);
  }
  return {
    design,
    variant,
    trial,
    verdict: result.verdict,
    fails: result.findings.filter((f) => f.severity === 'fail').length,
    warns: result.findings.filter((f) => f.severity === 'warn').length,
    target: target ? severityOf(result, target.fn, target.sampleTypes) : '-',
    benchNs: kind === 'allocmore' ? benchSeverity(result, 'B/op') : benchSeverity(result, 'ns/op'),
    cpu: worst(result, (k) => k === 'cpu'),
    heap: worst(result, (k) => k === 'heap' || k === 'allocs'),
    bench: worst(result, (_, b) => b),
  };
}

const pool = await load('base', 'base');
const variants = readdirSync(root).filter((v) => v !== 'base').sort();
const trials: Trial[] = [];
for (const k of [5, 10]) {
  if (2 * k > pool.length) continue;
  for (let t = 0; t < trialsPerCell * (k === 5 ? 5 : 2); t++) {
    const draw = shuffled(pool);
    const result = analyze(draw.slice(0, k), asSide(draw.slice(k, 2 * k), 'head'), config);
    trials.push(record(result, 'base', `aa-${k}v${k}`, t, true));
  }
}
for (const variant of variants) {
  const head = await load(variant, 'head');
  for (const k of [5, 10]) {
    if (k > head.length) continue;
    for (let t = 0; t < (k === 5 ? trialsPerCell : Math.ceil(trialsPerCell / 2)); t++) {
      const result = analyze(shuffled(pool).slice(0, k), shuffled(head).slice(0, k), config);
      trials.push(record(result, variant, `${k}v${k}`, t, false));
    }
  }
  process.stderr.write(`${variant} done\n`);
}

const header = 'design,variant,trial,verdict,fails,warns,target,target_bench,cpu_worst,heap_worst,bench_worst';
const rows = trials.map((t) => [t.design, t.variant, t.trial, t.verdict, t.fails, t.warns, t.target, t.benchNs, t.cpu, t.heap, t.bench].join(','));
writeFileSync(join(out, `trials${suffix}.csv`), [header, ...rows].join('\n') + '\n');

const rate = (xs: Trial[], pred: (t: Trial) => boolean): number => (xs.length ? Math.round((1000 * xs.filter(pred).length) / xs.length) / 1000 : 0);
const cells = new Map<string, Trial[]>();
for (const t of trials) cells.set(`${t.variant} ${t.design}`, [...(cells.get(`${t.variant} ${t.design}`) ?? []), t]);
const share = (ps: number[], level: number): number => (ps.length ? Math.round((10000 * ps.filter((p) => p <= level).length) / ps.length) / 10000 : 0);
const summary = {
  runsInPool: pool.length,
  trialsPerCell,
  cells: [...cells].map(([cell, ts]) => ({
    cell,
    trials: ts.length,
    verdictFail: rate(ts, (t) => t.verdict === 'fail'),
    verdictWarnOrFail: rate(ts, (t) => t.verdict === 'fail' || t.verdict === 'warn'),
    targetFlagged: rate(ts, (t) => t.target !== '-'),
    targetFail: rate(ts, (t) => t.target === 'fail'),
    benchFlagged: rate(ts, (t) => t.benchNs === 'warn' || t.benchNs === 'fail'),
    benchFail: rate(ts, (t) => t.benchNs === 'fail'),
    areaFail: { cpu: rate(ts, (t) => t.cpu === 'fail'), heap: rate(ts, (t) => t.heap === 'fail'), bench: rate(ts, (t) => t.bench === 'fail') },
    areaWarnOrFail: { cpu: rate(ts, (t) => t.cpu !== '-'), heap: rate(ts, (t) => t.heap !== '-'), bench: rate(ts, (t) => t.bench !== '-') },
  })),
  aaCalibration: {
    bench: { tests: pValues.bench.length, atMost05: share(pValues.bench, 0.05), atMost01: share(pValues.bench, 0.01) },
    cpuHotspot: { tests: pValues.cpu.length, atMost05: share(pValues.cpu, 0.05), atMost01: share(pValues.cpu, 0.01), atMost001: share(pValues.cpu, 0.001) },
    heapHotspot: { tests: pValues.heap.length, atMost05: share(pValues.heap, 0.05), atMost01: share(pValues.heap, 0.01), atMost001: share(pValues.heap, 0.001) },
  },
};
writeFileSync(join(out, `summary${suffix}.json`), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 1));
