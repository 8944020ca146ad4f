// The measurement loop: a discarded warm-up run per package and side, then rounds of interleaved
// base/head runs in the seeded ABBA order, each run logged as a JSON line and shown as a progress
// line with an estimate of the time left. A time budget stops adding rounds; rounds stay whole.

import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Side } from '../../model/artifact.js';
import { abbaOrder } from './abba-schedule.js';
import { runBenchmark, type AbProfile, type BenchmarkRun } from './run-benchmark.js';

export interface SideBuild {
  binary: string;
  packageDir: string;
}

export interface MeasuredPackage {
  importPath: string;
  label: string;
  base: SideBuild;
  head: SideBuild;
}

export interface RoundsRequest {
  packages: MeasuredPackage[];
  outDir: string;
  logFile: string;
  rounds: number;
  seed: number;
  bench: string;
  benchtime: string;
  profiles: readonly AbProfile[];
  trace: boolean;
  env: Record<string, string | undefined>;
  /** Milliseconds since the A/B run began (builds included), for the time budget. */
  elapsedMs: () => number;
  timeBudgetMs: number | undefined;
  progress: (line: string) => void;
}

export interface RoundsOutcome {
  roundsRun: number;
  stoppedByBudget: boolean;
  /** runDirs[side][round] = one run directory per package, in package order. */
  runDirs: Record<Side, string[][]>;
}

/** Warm-up runs (discarded); returns the packages whose benchmarks ran on some side, and per-run estimates. */
export async function warmUp(
  request: RoundsRequest,
): Promise<{ measured: MeasuredPackage[]; skipped: string[]; estimateMs: Map<string, number> }> {
  const measured: MeasuredPackage[] = [];
  const skipped: string[] = [];
  const estimateMs = new Map<string, number>();
  for (const pkg of request.packages) {
    let lines = 0;
    for (const side of ['base', 'head'] as const) {
      const outcome = await runBenchmark(benchmarkRun(request, pkg, side, undefined));
      estimateMs.set(`${side} ${pkg.label}`, outcome.durationMs);
      lines += outcome.benchmarkLines;
      await log(request, { type: 'warmup', side, package: pkg.importPath, durationMs: Math.round(outcome.durationMs) });
    }
    if (lines > 0) measured.push(pkg);
    else skipped.push(pkg.importPath);
  }
  return { measured, skipped, estimateMs };
}

export async function runRounds(request: RoundsRequest, estimateMs: Map<string, number>): Promise<RoundsOutcome> {
  const orders = abbaOrder(request.rounds, request.seed);
  const runDirs: RoundsOutcome['runDirs'] = { base: [], head: [] };
  const perRun = request.packages.length * 2;
  const total = request.rounds * perRun;
  const roundMs = (): number => [...estimateMs.values()].reduce((a, b) => a + b, 0);
  let seq = 0;
  for (const [index, order] of orders.entries()) {
    const round = index + 1;
    if (index > 0 && request.timeBudgetMs !== undefined && request.elapsedMs() + roundMs() > request.timeBudgetMs) {
      return { roundsRun: index, stoppedByBudget: true, runDirs };
    }
    runDirs.base.push([]);
    runDirs.head.push([]);
    for (const pkg of request.packages) {
      for (const side of order) {
        const runDir = join(request.outDir, side, pkg.label, `run${round}`);
        const outcome = await runBenchmark(benchmarkRun(request, pkg, side, runDir));
        seq += 1;
        runDirs[side][index]?.push(runDir);
        const key = `${side} ${pkg.label}`;
        estimateMs.set(key, ((estimateMs.get(key) ?? outcome.durationMs) + outcome.durationMs) / 2);
        await log(request, {
          type: 'run',
          seq,
          round,
          side,
          package: pkg.importPath,
          dir: runDir,
          durationMs: Math.round(outcome.durationMs),
        });
        const leftMs = remainingMs(request, orders.length - round, pkg, side, order, estimateMs);
        request.progress(
          `[${seq}/${total}] round ${round}/${request.rounds} ${side} ${pkg.label} ${seconds(outcome.durationMs)}; about ${seconds(leftMs)} left`,
        );
      }
    }
  }
  return { roundsRun: orders.length, stoppedByBudget: false, runDirs };
}

function benchmarkRun(
  request: RoundsRequest,
  pkg: MeasuredPackage,
  side: Side,
  runDir: string | undefined,
): BenchmarkRun {
  const build = pkg[side];
  return {
    side,
    importPath: pkg.importPath,
    binary: build.binary,
    packageDir: build.packageDir,
    runDir,
    bench: request.bench,
    benchtime: request.benchtime,
    profiles: request.profiles,
    trace: request.trace,
    env: request.env,
  };
}

/** Estimated time of the runs still to come: the rest of this round plus the rounds after it. */
function remainingMs(
  request: RoundsRequest,
  roundsAfter: number,
  current: MeasuredPackage,
  side: Side,
  order: readonly Side[],
  estimateMs: Map<string, number>,
): number {
  const estimate = (s: Side, p: MeasuredPackage): number => estimateMs.get(`${s} ${p.label}`) ?? 0;
  const round = request.packages.reduce((sum, p) => sum + estimate('base', p) + estimate('head', p), 0);
  const at = request.packages.indexOf(current);
  let rest = 0;
  request.packages.forEach((p, i) => {
    if (i > at) rest += estimate('base', p) + estimate('head', p);
  });
  if (order[0] === side) rest += estimate(order[1] as Side, current);
  return rest + roundsAfter * round;
}

function seconds(ms: number): string {
  return ms >= 60_000
    ? `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`
    : `${(ms / 1000).toFixed(1)}s`;
}

async function log(request: RoundsRequest, entry: Record<string, unknown>): Promise<void> {
  await appendFile(request.logFile, `${JSON.stringify(entry)}\n`);
}
