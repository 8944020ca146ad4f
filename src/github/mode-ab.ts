// `mode: ab`: measures base and head in this job, interleaved (engine/ab: the base ref in a git
// worktree, `go test -c` binaries, ABBA rounds), then publishes through the same path as
// `compare` (publish-comparison.ts: files, flame graphs, artifact, annotations, summary, comment,
// outputs, gate). The inputs of this mode
// (base-ref, packages, bench, rounds, benchtime, profiles, trace, tags, time-budget, seed) are
// read here. Problems of the measured repository (a build that fails) fail the step.

import * as core from '@actions/core';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { abProfiles, type AbProfile } from '../engine/ab/run-benchmark.js';
import { runAb, type AbOutcome } from '../engine/ab/run-ab.js';
import { short } from './baseline-lookup.js';
import { publishComparison } from './publish-comparison.js';
import { code, notesBlock, relabelPaths } from './report-text.js';
import type { Session } from './session.js';
import { userWorkspace } from '../engine/workspace/user-workspace.js';

export interface AbInputs {
  baseRef: string;
  packages: string[];
  bench: string;
  rounds: number;
  benchtime: string;
  profiles: AbProfile[];
  trace: boolean;
  tags: string | undefined;
  timeBudgetMs: number | undefined;
  seed: number;
}

export async function runAbMode(s: Session): Promise<void> {
  const { env, config, inputs } = s;
  const ab = readAbInputs(env.base?.sha);
  const outDir = join(env.tempDir, 'ab');
  config.modules = (await userWorkspace(env.workspace, core.getMultilineInput('modules'), undefined)).modules;
  const outcome = await runAb({
    ...ab,
    headDir: env.workspace,
    outDir,
    go: undefined,
    env: process.env,
    config,
    key: inputs.key,
    links: { run: env.runUrl },
    progress: (line) => core.info(`perfgate ab: ${line}`),
  });
  await publishComparison(s, {
    report: relabelPaths(relabelPaths(outcome.report, outDir), env.workspace),
    context: abContext(ab, outcome),
    trailer: [],
    baselinePlain: `Interleaved A/B in this job: base ${ab.baseRef} (${short(outcome.baseSha)}), ${outcome.roundsRun} rounds, seed ${ab.seed}.`,
    baselineSha: outcome.baseSha,
    runs: outcome,
    gateFailed: outcome.gateFailed,
  });
}

/** The inputs of `mode: ab`; base-ref defaults to the base commit of the pull request or merge group. */
export function readAbInputs(baseSha: string | undefined): AbInputs {
  const baseRef = core.getInput('base-ref') || baseSha || '';
  if (!baseRef)
    throw new Error(
      'mode ab needs input base-ref outside pull requests and merge queues (a branch, tag or commit; check out with fetch-depth: 0)',
    );
  const packages = core
    .getInput('packages')
    .split(/[\s,]+/)
    .filter(Boolean);
  const budget = core.getInput('time-budget');
  const seed = core.getInput('seed');
  return {
    baseRef,
    packages: packages.length ? packages : ['./...'],
    bench: core.getInput('bench') || '.',
    rounds: whole('rounds', core.getInput('rounds') || '10', 1, 1000),
    benchtime: benchtime(core.getInput('benchtime') || '1s'),
    profiles: profiles(core.getInput('profiles') || 'cpu,mem'),
    trace: core.getInput('trace') === 'true',
    tags: core.getInput('tags') || undefined,
    timeBudgetMs: budget ? duration(budget) : undefined,
    seed: seed ? whole('seed', seed, 0, 2 ** 32 - 1) : randomInt(0, 2 ** 31),
  };
}

function abContext(ab: AbInputs, outcome: AbOutcome): string[] {
  const packages = outcome.measured.length === 1 ? '1 package' : `${outcome.measured.length} packages`;
  const lines = [
    `Interleaved A/B in this job: base ${code(ab.baseRef)} (${code(short(outcome.baseSha))}) against head ${code(short(outcome.headSha))}, ${outcome.roundsRun} round${outcome.roundsRun === 1 ? '' : 's'} of ${packages}, seed ${ab.seed}.`,
  ];
  const notes = notesBlock('A/B notes', outcome.notes);
  if (notes) lines.push(notes);
  return lines;
}

function whole(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`input ${name} must be a whole number from ${min} to ${max}, not '${value}'`);
  return n;
}

function benchtime(value: string): string {
  if (/^\d+x$/.test(value) || /^\d+(\.\d+)?(ns|us|µs|ms|s|m)$/.test(value)) return value;
  throw new Error(`input benchtime must be a duration like 1s or a count like 100x, not '${value}'`);
}

/** `time-budget`: seconds (`1200`) or with a unit (`90s`, `20m`, `1h`), as the CLI's --time-budget. */
function duration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(value);
  if (!match) throw new Error(`input time-budget must look like 1200, 90s, 20m or 1h, not '${value}'`);
  const unitMs = match[2] === 'h' ? 3_600_000 : match[2] === 'm' ? 60_000 : 1000;
  return Number(match[1]) * unitMs;
}

function profiles(value: string): AbProfile[] {
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n && n !== 'none');
  const known: AbProfile[] = [];
  for (const n of names) {
    const profile = abProfiles.find((p) => p === n);
    if (profile === undefined)
      throw new Error(`input profiles: unknown profile '${n}' (known: ${abProfiles.join(', ')}, none)`);
    known.push(profile);
  }
  return [...new Set(known)];
}
