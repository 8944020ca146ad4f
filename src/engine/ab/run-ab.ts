// `perfgate ab`: the base ref in a git worktree, one test binary per package and side, warm-up,
// interleaved ABBA rounds, then the same comparison and report as `compare`. Everything the run
// did not measure (new packages, build failures on the base side, packages without benchmarks,
// rounds cut by the time budget) comes back as plain-text notes.

import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../model/config.js';
import type { Report } from '../../report/report.js';
import { AbError } from './ab-error.js';
import { compareRounds } from './ab-compare.js';
import type { CompareOutcome } from '../compare.js';
import { addBaseWorktree, removeBaseWorktree, type BaseWorktree } from './base-worktree.js';
import { buildTestBinary } from './build-test-binaries.js';
import { findGo, goVersion } from './go-toolchain.js';
import { listPackages, requireListed } from './list-packages.js';
import { planPackages, type PackagePlan } from './plan-packages.js';
import type { AbProfile } from './run-benchmark.js';
import { runRounds, warmUp, type MeasuredPackage, type RoundsRequest } from './run-rounds.js';

export interface AbRequest {
  /** The head module directory (inside the git repository). */
  headDir: string;
  baseRef: string;
  outDir: string;
  packages: readonly string[];
  bench: string;
  rounds: number;
  benchtime: string;
  profiles: readonly AbProfile[];
  trace: boolean;
  tags: string | undefined;
  go: string | undefined;
  seed: number;
  timeBudgetMs: number | undefined;
  env: Record<string, string | undefined>;
  config: Config;
  key?: string;
  links?: Report['links'];
  progress: (line: string) => void;
}

export interface AbOutcome extends CompareOutcome {
  notes: string[];
  baseSha: string;
  headSha: string;
  roundsRun: number;
  measured: string[];
}

export async function runAb(request: AbRequest): Promise<AbOutcome> {
  const started = performance.now();
  const go = findGo(request.go, request.env);
  const headDir = resolve(request.headDir);
  const temp = await mkdtemp(join(tmpdir(), 'perfgate-ab-'));
  let worktree: BaseWorktree | undefined;
  try {
    worktree = await addBaseWorktree(headDir, request.baseRef, temp, request.env);
    const plan = await listAndPlan(request, go, headDir, worktree);
    const notes = planNotes(plan);
    if (plan.baseListFailure)
      notes.unshift(
        `base: go list failed in the base ref (${plan.baseListFailure.split('\n')[0] ?? ''}); every package counts as new`,
      );
    const built = await buildAll(request, go, plan, join(temp, 'bin'), headDir, worktree, notes);
    const runEnv = fixedRuntimeEnv(request.env);
    const outDir = resolve(request.outDir);
    const logFile = join(outDir, 'ab-log.jsonl');
    await prepareOutDir(outDir);
    const fixed = `GOMAXPROCS=${runEnv['GOMAXPROCS']} GOGC=${runEnv['GOGC']} GOMEMLIMIT=${runEnv['GOMEMLIMIT']}`;
    const version = (await goVersion(go, request.env, headDir)) ?? 'unknown';
    request.progress(
      `${version} (${go}); base ${request.baseRef} = ${worktree.baseSha.slice(0, 12)}, head ${worktree.headSha.slice(0, 12)} + working tree; ${fixed}`,
    );
    request.progress(
      `seed ${request.seed} (--seed ${request.seed} repeats this order); ${request.rounds} rounds of ${built.length} package(s) × 2 sides`,
    );
    await appendFile(
      logFile,
      `${JSON.stringify({ type: 'start', seed: request.seed, go: version, baseRef: request.baseRef, baseSha: worktree.baseSha, headSha: worktree.headSha, env: fixed, packages: built.map((p) => p.importPath), rounds: request.rounds })}\n`,
    );
    const rounds: RoundsRequest = {
      packages: built,
      outDir,
      logFile,
      rounds: request.rounds,
      seed: request.seed,
      bench: request.bench,
      benchtime: request.benchtime,
      profiles: request.profiles,
      trace: request.trace,
      env: runEnv,
      elapsedMs: () => performance.now() - started,
      timeBudgetMs: request.timeBudgetMs,
      progress: request.progress,
    };
    const warm = built.length
      ? await warmUp(rounds)
      : { measured: [], skipped: [], estimateMs: new Map<string, number>() };
    for (const path of warm.skipped) notes.push(`${path}: no benchmark matches -bench ${request.bench}; not measured`);
    const outcome = warm.measured.length
      ? await runRounds({ ...rounds, packages: warm.measured }, warm.estimateMs)
      : { roundsRun: 0, stoppedByBudget: false, runDirs: { base: [], head: [] } };
    if (outcome.stoppedByBudget)
      notes.push(
        `time budget of ${Math.round((request.timeBudgetMs ?? 0) / 1000)}s reached: ${outcome.roundsRun} of ${request.rounds} rounds ran`,
      );
    await appendFile(
      logFile,
      `${JSON.stringify({ type: 'end', roundsRun: outcome.roundsRun, stoppedByBudget: outcome.stoppedByBudget })}\n`,
    );
    const compared = await compareRounds({
      runDirs: outcome.runDirs,
      config: request.config,
      ...(request.key ? { key: request.key } : {}),
      ...(request.links ? { links: request.links } : {}),
    });
    return {
      ...compared,
      notes,
      baseSha: worktree.baseSha,
      headSha: worktree.headSha,
      roundsRun: outcome.roundsRun,
      measured: warm.measured.map((p) => p.importPath),
    };
  } finally {
    if (worktree) await removeBaseWorktree(headDir, worktree, request.env);
    await rm(temp, { recursive: true, force: true });
  }
}

async function listAndPlan(
  request: AbRequest,
  go: string,
  headDir: string,
  worktree: BaseWorktree,
): Promise<PackagePlan> {
  const head = requireListed(await listPackages(go, headDir, request.packages, request.tags, request.env), 'head');
  if (head.length === 0) throw new AbError(`head: no Go package matches ${request.packages.join(' ')} in ${headDir}`);
  const base = await listPackages(go, worktree.moduleDir, request.packages, request.tags, request.env);
  return planPackages(head, base, headDir);
}

function planNotes(plan: PackagePlan): string[] {
  return [
    ...plan.added.map((p) => `${p}: new in head (not on the base ref): not compared`),
    ...plan.removed.map((p) => `${p}: removed in head: not compared`),
  ];
}

/** Builds both sides of every planned package; a head failure is an error, a base failure a note. */
async function buildAll(
  request: AbRequest,
  go: string,
  plan: PackagePlan,
  binDir: string,
  headDir: string,
  worktree: BaseWorktree,
  notes: string[],
): Promise<MeasuredPackage[]> {
  const built: MeasuredPackage[] = [];
  const headFailures: string[] = [];
  for (const pkg of plan.planned) {
    const common = { go, importPath: pkg.importPath, binDir, label: pkg.label, tags: request.tags, env: request.env };
    const head = await buildTestBinary({ ...common, side: 'head', moduleDir: headDir });
    const base = await buildTestBinary({ ...common, side: 'base', moduleDir: worktree.moduleDir });
    if (!head.ok) headFailures.push(head.message);
    else if (!base.ok) notes.push(`${(base.message.split('\n')[0] ?? '').replace(/:$/, '')}; not compared`);
    else
      built.push({
        importPath: pkg.importPath,
        label: pkg.label,
        head: { binary: head.binary, packageDir: pkg.head.dir },
        base: { binary: base.binary, packageDir: pkg.base.dir },
      });
    if (head.ok && !base.ok) request.progress(base.message);
  }
  if (headFailures.length) throw new AbError(headFailures.join('\n'));
  return built;
}

/** GOMAXPROCS, GOGC and GOMEMLIMIT fixed for every run, unless the caller's environment sets them. */
export function fixedRuntimeEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    ...env,
    GOMAXPROCS: env['GOMAXPROCS'] || String(availableParallelism()),
    GOGC: env['GOGC'] || '100',
    GOMEMLIMIT: env['GOMEMLIMIT'] || 'off',
  };
}

async function prepareOutDir(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const name of ['base', 'head', 'ab-log.jsonl']) await rm(join(outDir, name), { recursive: true, force: true });
}
