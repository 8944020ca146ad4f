// `mode: ab`: measures base and head in this job, interleaved (engine/ab: the base ref in a git
// worktree, `go test -c` binaries, ABBA rounds), then publishes like `compare`: report artifact,
// job summary, annotations, outputs, the sticky comment, and the gate. The inputs of this mode
// (base-ref, packages, bench, rounds, benchtime, profiles, trace, tags, time-budget, seed) are
// read here. Problems of the measured repository (a build that fails) fail the step.

import * as core from '@actions/core';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { abProfiles, type AbProfile } from '../engine/ab/run-benchmark.js';
import { runAb, type AbOutcome } from '../engine/ab/run-ab.js';
import { findGoModules } from '../engine/source-paths.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { sanitizeText } from '../report/escape.js';
import { commentLimit, commentMarker, summaryLimit } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';
import { annotateRegressions } from './annotations.js';
import { short } from './baseline-lookup.js';
import { gateReason } from './mode-compare.js';
import { regressionCount, setOutputs, writeReportFiles, writeSummary } from './publish.js';
import { code, notesBlock, relabelPaths, renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import { artifactUrl, type Session } from './session.js';
import { upsertComment } from './sticky-comment.js';
import { userWorkspace } from '../engine/user-workspace.js';

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
  const ab = readAbInputs(s.env.pullRequest?.baseSha);
  const outDir = join(env.tempDir, 'ab');
  config.modules = (await userWorkspace(env.workspace, core.getMultilineInput('modules'), undefined)).modules;
  const outcome = await runAb({ ...ab, headDir: env.workspace, outDir, go: undefined, env: process.env, config, key: inputs.key, links: { run: env.runUrl }, progress: (line) => core.info(`perfgate ab: ${line}`) });
  let report = relabelPaths(relabelPaths(outcome.report, outDir), env.workspace);
  const context = abContext(ab, outcome);
  const plain = `Interleaved A/B in this job: base ${ab.baseRef} (${short(outcome.baseSha)}), ${outcome.roundsRun} rounds, seed ${ab.seed}.`;
  const pr = env.pullRequest;
  const prJson = JSON.stringify({ schema: 'perfgate.pull-request', version: 1, number: pr?.number ?? null, headSha: pr?.headSha ?? env.sha, baseSha: outcome.baseSha, key: inputs.key, baseline: plain }, null, 2);
  const files = await writeReportFiles(join(env.tempDir, 'report'), report, renderWithContext(report, context, summaryLimit), { 'pr.json': `${prJson}\n` });
  const flameGraphs = await flameGraphFiles(s, files.dir, outcome, report);
  const uploadedId = await s.store.upload(s.names.report, [...files.all, ...flameGraphs], files.dir, inputs.retentionDays).catch((err: unknown) => {
    core.warning(`perfgate: could not upload ${s.names.report}: ${describeError(err)}`);
    return undefined;
  });
  report = { ...report, links: { ...report.links, ...(uploadedId !== undefined ? { artifact: artifactUrl(env, uploadedId) } : {}) } };
  const annotated = annotateRegressions(report.findings, env.workspace, await findGoModules(env.workspace), (line) => process.stdout.write(`${line}\n`));
  const trailer: string[] = [];
  if (annotated.capped > 0) trailer.push(`${annotated.capped} more regressions were not annotated (GitHub shows at most 10 annotations of a kind per step).`);
  trailer.push(await postComment(s, report, context));
  await writeSummary(report, context, trailer);
  setOutputs({ verdict: report.verdict, regressions: regressionCount(report), reportJson: files.json, reportMarkdown: files.markdown, baselineSha: outcome.baseSha, flamegraph: flameGraphs.find((f) => f.endsWith('index.html')) ?? '' });
  if (outcome.gateFailed) core.setFailed(gateReason(report, config.failOn));
}

/** The inputs of `mode: ab`; base-ref defaults to the pull request's base commit. */
export function readAbInputs(pullRequestBaseSha: string | undefined): AbInputs {
  const baseRef = core.getInput('base-ref') || pullRequestBaseSha || '';
  if (!baseRef) throw new Error('mode ab needs input base-ref outside pull requests (a branch, tag or commit; check out with fetch-depth: 0)');
  const packages = core.getInput('packages').split(/[\s,]+/).filter(Boolean);
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
  const lines = [`Interleaved A/B in this job: base ${code(ab.baseRef)} (${code(short(outcome.baseSha))}) against head ${code(short(outcome.headSha))}, ${outcome.roundsRun} round${outcome.roundsRun === 1 ? '' : 's'} of ${packages}, seed ${ab.seed}.`];
  const notes = notesBlock('A/B notes', outcome.notes);
  if (notes) lines.push(notes);
  return lines;
}

async function flameGraphFiles(s: Session, dir: string, outcome: AbOutcome, report: Report): Promise<string[]> {
  if (outcome.base.length === 0) return [];
  try {
    return await writeFlameGraphs({ dir, base: outcome.base, head: outcome.head, report, config: s.config });
  } catch (err) {
    core.warning(`perfgate: could not draw the flame graphs: ${describeError(err)}`);
    return [];
  }
}

/** Posts or updates the sticky comment; returns a line for the summary. */
async function postComment(s: Session, report: Report, context: string[]): Promise<string> {
  const pr = s.env.pullRequest;
  if (!pr || s.inputs.comment === 'never') return '';
  const create = s.inputs.comment === 'always' || report.verdict === 'fail' || report.verdict === 'warn';
  try {
    const result = await upsertComment(s.rest, s.env, { issueNumber: pr.number, marker: commentMarker(report.key), body: renderWithContext(report, context, commentLimit), create });
    if (result.outcome === 'forbidden') {
      core.warning(`perfgate: this token may not comment on pull request #${pr.number} (${sanitizeText(result.reason)}). The report is in the job summary.`);
      return '_The pull-request comment could not be posted (no permission); this summary is the report._';
    }
    core.info(result.outcome === 'skipped' ? `perfgate: no comment: ${result.reason}` : `perfgate: comment ${result.outcome}: ${result.url}`);
    return '';
  } catch (err) {
    core.warning(`perfgate: could not post the pull-request comment: ${describeError(err)}`);
    return '_The pull-request comment could not be posted; this summary is the report._';
  }
}

function whole(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`input ${name} must be a whole number from ${min} to ${max}, not '${value}'`);
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
  return Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 's' | 'm' | 'h'];
}

function profiles(value: string): AbProfile[] {
  const names = value.split(',').map((n) => n.trim()).filter((n) => n && n !== 'none');
  for (const n of names) if (!(abProfiles as readonly string[]).includes(n)) throw new Error(`input profiles: unknown profile '${n}' (known: ${abProfiles.join(', ')}, none)`);
  return [...new Set(names)] as AbProfile[];
}
