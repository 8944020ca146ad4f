// `compare` (pull requests): head runs against the baseline (baseline-path, or the artifact
// recorded on the base branch), then the report artifact, job summary, annotations, outputs, the
// sticky comment, and the gate. Comment and upload failures warn; only the verdict fails the step.

import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { stageRuns } from '../engine/baseline-record.js';
import { readBaselineDir, type BaselineHistory } from '../engine/baseline-snapshot.js';
import type { RunnerFingerprint } from '../model/runner-fingerprint.js';
import { runCompare, type CompareOutcome } from '../engine/compare.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { findGoModules } from '../engine/source-paths.js';
import { userWorkspace } from '../engine/user-workspace.js';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import { commentLimit, commentMarker, summaryLimit } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';
import { annotateRegressions } from './annotations.js';
import { findBaseline, short } from './baseline-lookup.js';
import { resolveRuns } from './head-runs.js';
import { regressionCount, setOutputs, writeReportFiles, writeSummary } from './publish.js';
import { code, notesBlock, relabelPaths, renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import { artifactUrl, type Session } from './session.js';
import { upsertComment } from './sticky-comment.js';

interface Baseline {
  dirs: string[];
  sha: string;
  /** Markdown lines under the headline. */
  context: string[];
  /** The same as plain text, for pr.json (the comment mode escapes it again). */
  plain: string;
  notes: string[];
  /** The baseline's rolling history of base runs, when it has one (bands, noise, trend charts). */
  history?: BaselineHistory;
  /** Base was recorded in another job (the baseline artifact), not beside head (baseline-path). */
  crossJob: boolean;
  /** Where the baseline's runs ran, from its snapshot. */
  fingerprint?: RunnerFingerprint;
}

export async function runCompareMode(s: Session): Promise<void> {
  const { inputs, env, config } = s;
  const runs = await resolveRuns(env.workspace, inputs.runs, inputs.artifacts);
  if (runs.length === 0) throw new Error(`no head artifacts found in the workspace (inputs runs: ${inputs.runs.join(' ') || '-'}; artifacts: ${inputs.artifacts.join(' ')})`);
  const headRoot = join(env.tempDir, 'head');
  await stageRuns(runs, headRoot);
  const baseline = await resolveBaseline(s);
  // The pull request's own diff marks the culprits it touched (merge base of its base commit … head).
  const workspace = await userWorkspace(env.workspace, core.getMultilineInput('modules'), env.pullRequest?.baseSha || undefined);
  config.modules = workspace.modules;
  const changes = workspace.changes ? { changes: workspace.changes } : {};
  const crossJob = { crossJob: baseline.crossJob, ...(baseline.history ? { history: baseline.history } : {}), ...(baseline.fingerprint ? { baseFingerprint: baseline.fingerprint } : {}) };
  const outcome = await runCompare({ baseDirs: baseline.dirs, headDirs: [headRoot], config, key: inputs.key, links: { run: env.runUrl }, ...crossJob, ...changes });
  let report = relabelPaths(relabelPaths(outcome.report, env.tempDir), env.workspace);
  const pr = env.pullRequest;
  const prJson = JSON.stringify({ schema: 'perfgate.pull-request', version: 1, number: pr?.number ?? null, headSha: pr?.headSha ?? env.sha, baseSha: baseline.sha || null, key: inputs.key, baseline: baseline.plain }, null, 2);
  const files = await writeReportFiles(join(env.tempDir, 'report'), report, renderWithContext(report, baseline.context, summaryLimit), { 'pr.json': `${prJson}\n` });
  const flameGraphs = baseline.dirs.length ? await flameGraphFiles(s, files.dir, outcome, report) : [];
  const uploadedId = await uploadReport(s, [...files.all, ...flameGraphs], files.dir);
  report = { ...report, links: { ...report.links, ...(uploadedId !== undefined ? { artifact: artifactUrl(env, uploadedId) } : {}) } };

  const annotated = annotateRegressions(report.findings, env.workspace, await findGoModules(env.workspace), (line) => process.stdout.write(`${line}\n`));
  const trailer: string[] = [notesBlock('Baseline search', baseline.notes)];
  if (annotated.capped > 0) trailer.push(`${annotated.capped} more regressions were not annotated (GitHub shows at most 10 annotations of a kind per step).`);
  // The summary goes out before the comment: a failing or hung API must not lose the report.
  await writeSummary(report, baseline.context, trailer);
  const commentNote = await postComment(s, report, baseline.context);
  if (commentNote && process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(`\n${commentNote}\n`).write();
  setOutputs({ verdict: report.verdict, regressions: regressionCount(report), reportJson: files.json, reportMarkdown: files.markdown, baselineSha: baseline.sha, flamegraph: flameGraphs.find((f) => f.endsWith('index.html')) ?? '' });
  if (outcome.gateFailed) core.setFailed(gateReason(report, config.failOn));
}

async function resolveBaseline(s: Session): Promise<Baseline> {
  const { inputs, env } = s;
  if (inputs.baselinePath.length > 0) {
    const dirs = inputs.baselinePath.map((p) => (isAbsolute(p) ? p : join(env.workspace, p)));
    const plain = `Baseline: the base runs in ${inputs.baselinePath.join(', ')} (baseline-path).`;
    return { dirs, sha: '', context: [`Baseline: the base runs in ${inputs.baselinePath.map(code).join(', ')} (baseline-path).`], plain, notes: [], crossJob: false };
  }
  const branch = env.pullRequest?.baseRef || process.env['GITHUB_BASE_REF'] || defaultBranch(env.payload) || env.refName;
  const sha = env.pullRequest?.baseSha || undefined;
  const lookup = await findBaseline(s.rest, s.store, env, { artifactName: s.names.baseline, branch, sha, excludeRunId: env.runId, dest: join(env.tempDir, 'baseline') }).catch(
    (err: unknown) => ({ found: false as const, notes: [`the baseline search failed: ${describeError(err)}`] }),
  );
  const dir = lookup.found ? await readBaselineDir(lookup.dir) : undefined;
  if (lookup.found && !existsSync(dir?.runsDir ?? '')) lookup.notes.push(`the artifact of workflow run ${lookup.runId} has no runs/ directory: not a perfgate baseline`);
  if (!lookup.found || !dir || !existsSync(dir.runsDir)) {
    const notes = lookup.notes;
    const context = [`**No baseline yet**: no successful push run of this workflow on ${code(branch)} has a ${code(s.names.baseline)} artifact, so only health checks ran. Run this action with ${code('mode: record')} (or ${code('mode: auto')}) on pushes to ${code(branch)}.`];
    const plain = `No baseline yet: no successful push run of this workflow on ${branch} has a ${s.names.baseline} artifact, so only health checks ran.`;
    core.warning(`perfgate: no baseline yet (${s.names.baseline} on ${sanitizeText(branch)}); health checks only`);
    return { dirs: [], sha: '', context, plain, notes, crossJob: true };
  }
  const plain = `Baseline: ${s.names.baseline} from ${lookup.description}.`;
  const context = [`Baseline: ${code(s.names.baseline)} from ${escapeMarkdown(lookup.description).replace(/^commit ([0-9a-f]+)/, (_, sha: string) => `commit ${code(sha)}`)}.`];
  if (dir.history) context.push(`Base history: ${dir.history.entries.length} recorded base run${dir.history.entries.length === 1 ? '' : 's'}.`);
  if (lookup.commitsBack !== 0 && sha) core.info(`perfgate: no baseline for the base commit ${short(sha)}; using ${lookup.description}`);
  const fingerprint = dir.snapshot?.fingerprint;
  return { dirs: [dir.runsDir], sha: lookup.sha, context, plain, notes: [...lookup.notes, ...dir.warnings], crossJob: true, ...(dir.history ? { history: dir.history } : {}), ...(fingerprint ? { fingerprint } : {}) };
}

/** The differential flame graphs, beside the report in its artifact; a failure only warns. */
async function flameGraphFiles(s: Session, dir: string, runs: Pick<CompareOutcome, 'base' | 'head'>, report: Report): Promise<string[]> {
  try {
    return await writeFlameGraphs({ dir, base: runs.base, head: runs.head, report, config: s.config });
  } catch (err) {
    core.warning(`perfgate: could not draw the flame graphs: ${describeError(err)}`);
    return [];
  }
}

async function uploadReport(s: Session, files: string[], root: string): Promise<number | undefined> {
  try {
    return await s.store.upload(s.names.report, files, root, s.inputs.retentionDays);
  } catch (err) {
    core.warning(`perfgate: could not upload ${s.names.report}: ${describeError(err)}`);
    return undefined;
  }
}

/** Posts or updates the sticky comment; returns a line for the summary. */
async function postComment(s: Session, report: Report, context: string[]): Promise<string> {
  const pr = s.env.pullRequest;
  if (!pr || s.inputs.comment === 'never') return '';
  const body = renderWithContext(report, context, commentLimit);
  const create = s.inputs.comment === 'always' || report.verdict === 'fail' || report.verdict === 'warn';
  try {
    const result = await upsertComment(s.rest, s.env, { issueNumber: pr.number, marker: commentMarker(report.key), body, create });
    if (result.outcome === 'forbidden') {
      core.warning(`perfgate: this token may not comment on pull request #${pr.number} (${sanitizeText(result.reason)}). The report is in the job summary.${pr.fromFork ? ' For pull requests from forks, post it from a workflow_run workflow with mode: comment (see the README).' : ' Grant pull-requests: write.'}`);
      return '_The pull-request comment could not be posted (no permission); this summary is the report._';
    }
    if (result.outcome === 'skipped') core.info(`perfgate: no comment: ${result.reason}`);
    else core.info(`perfgate: comment ${result.outcome}: ${result.url}`);
    return '';
  } catch (err) {
    core.warning(`perfgate: could not post the pull-request comment: ${describeError(err)}`);
    return '_The pull-request comment could not be posted; this summary is the report._';
  }
}

function defaultBranch(payload: Record<string, unknown>): string | undefined {
  const repo = payload['repository'] as { default_branch?: unknown } | undefined;
  return typeof repo?.default_branch === 'string' ? repo.default_branch : undefined;
}

/** One line: the verdict, the first reason, how many more, and the setting. */
export function gateReason(report: Report, failOn: string): string {
  const first = report.reasons[0] ? `: ${sanitizeText(report.reasons[0], 200)}` : '';
  const more = report.reasons.length > 1 ? ` (and ${report.reasons.length - 1} more)` : '';
  return `perfgate: verdict ${report.verdict}${first}${more} [fail-on: ${failOn}]`;
}
