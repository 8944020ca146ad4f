// `compare` (pull requests and merge queues): head runs against the baseline (baseline-path, or
// the artifact recorded on the base branch for the base commit), then the one publishing path of
// publish-comparison.ts. Comment and upload failures warn; only the verdict fails the step, and
// not even that when the baseline's ancestry could not be checked.

import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { stageRuns } from '../engine/baseline/stage-runs.js';
import { readBaselineDir, type BaselineHistory } from '../engine/baseline/baseline-snapshot.js';
import type { RunnerFingerprint } from '../model/runner-fingerprint.js';
import { runCompare } from '../engine/compare.js';
import { userWorkspace } from '../engine/workspace/user-workspace.js';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import { findBaseline, short } from './baseline-lookup.js';
import { ghesContext, ghesWarning } from './ghes.js';
import { resolveRuns } from './head-runs.js';
import { publishComparison } from './publish-comparison.js';
import { code, notesBlock, relabelPaths } from './report-text.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { fieldOf } from '../model/unknown-value.js';

export { gateReason } from './publish-comparison.js';

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
  /** Set when the gate must not fail on this baseline, saying why. */
  gateWaived?: string;
}

export async function runCompareMode(s: Session): Promise<void> {
  const { inputs, env, config } = s;
  const runs = await resolveRuns(env.workspace, inputs.runs, inputs.artifacts);
  if (runs.length === 0)
    throw new Error(
      `no head artifacts found in the workspace (inputs runs: ${inputs.runs.join(' ') || '-'}; artifacts: ${inputs.artifacts.join(' ')})`,
    );
  const headRoot = join(env.tempDir, 'head');
  await stageRuns(runs, headRoot);
  const baseline = await resolveBaseline(s);
  // The pull request's own diff marks the culprits it touched (merge base of its base commit … head).
  const workspace = await userWorkspace(env.workspace, core.getMultilineInput('modules'), env.base?.sha || undefined);
  config.modules = workspace.modules;
  const changes = workspace.changes ? { changes: workspace.changes } : {};
  const crossJob = {
    crossJob: baseline.crossJob,
    ...(baseline.history ? { history: baseline.history } : {}),
    ...(baseline.fingerprint ? { baseFingerprint: baseline.fingerprint } : {}),
  };
  const request = {
    baseDirs: baseline.dirs,
    headDirs: [headRoot],
    config,
    key: inputs.key,
    links: { run: env.runUrl },
  };
  const outcome = await runCompare({ ...request, ...crossJob, ...changes });
  const report = relabelPaths(relabelPaths(outcome.report, env.tempDir), env.workspace);
  await publishComparison(s, {
    report,
    context: baseline.context,
    trailer: [notesBlock('Baseline search', baseline.notes)],
    baselinePlain: baseline.plain,
    baselineSha: baseline.sha,
    runs: baseline.dirs.length ? outcome : undefined,
    gateFailed: outcome.gateFailed,
    ...(baseline.gateWaived ? { gateWaived: baseline.gateWaived } : {}),
  });
}

async function resolveBaseline(s: Session): Promise<Baseline> {
  const { inputs, env } = s;
  if (inputs.baselinePath.length > 0) {
    const dirs = inputs.baselinePath.map((p) => (isAbsolute(p) ? p : join(env.workspace, p)));
    const plain = `Baseline: the base runs in ${inputs.baselinePath.join(', ')} (baseline-path).`;
    return {
      dirs,
      sha: '',
      context: [`Baseline: the base runs in ${inputs.baselinePath.map(code).join(', ')} (baseline-path).`],
      plain,
      notes: [],
      crossJob: false,
    };
  }
  const branch = env.base?.ref || process.env['GITHUB_BASE_REF'] || defaultBranch(env.payload) || env.refName;
  const sha = env.base?.sha || undefined;
  if (env.ghes) {
    core.warning(ghesWarning);
    return {
      dirs: [],
      sha: '',
      context: [ghesContext],
      plain: 'No baseline: artifacts do not work on GitHub Enterprise Server; only health checks ran.',
      notes: [],
      crossJob: true,
    };
  }
  const lookup = await findBaseline(s.rest, s.store, env, {
    artifactName: s.names.baseline,
    branch,
    sha,
    excludeRunId: env.runId,
    dest: join(env.tempDir, 'baseline'),
  }).catch((err: unknown) => ({ found: false as const, notes: [`the baseline search failed: ${describeError(err)}`] }));
  const dir = lookup.found ? await readBaselineDir(lookup.dir) : undefined;
  if (lookup.found && !existsSync(dir?.runsDir ?? ''))
    lookup.notes.push(`the artifact of workflow run ${lookup.runId} has no runs/ directory: not a perfgate baseline`);
  if (!lookup.found || !dir || !existsSync(dir.runsDir)) {
    const notes = lookup.notes;
    const context = [
      `**No baseline yet**: no successful push, schedule or workflow_dispatch run of this workflow on ${code(branch)} has a ${code(s.names.baseline)} artifact, so only health checks ran. Run this action with ${code('mode: record')} (or ${code('mode: auto')}) on pushes to ${code(branch)}.`,
    ];
    const plain = `No baseline yet: no successful push, schedule or workflow_dispatch run of this workflow on ${branch} has a ${s.names.baseline} artifact, so only health checks ran.`;
    core.warning(`perfgate: no baseline yet (${s.names.baseline} on ${sanitizeText(branch)}); health checks only`);
    return { dirs: [], sha: '', context, plain, notes, crossJob: true };
  }
  const plain = `Baseline: ${s.names.baseline} from ${lookup.description}.`;
  const context = [
    `Baseline: ${code(s.names.baseline)} from ${escapeMarkdown(lookup.description).replace(/^commit ([0-9a-f]+)/, (_, sha: string) => `commit ${code(sha)}`)}.`,
  ];
  if (dir.history)
    context.push(
      `Base history: ${dir.history.entries.length} recorded base run${dir.history.entries.length === 1 ? '' : 's'}.`,
    );
  if (lookup.commitsBack !== 0 && sha)
    core.info(`perfgate: no baseline for the base commit ${short(sha)}; using ${lookup.description}`);
  const fingerprint = dir.snapshot?.fingerprint;
  const result: Baseline = {
    dirs: [dir.runsDir],
    sha: lookup.sha,
    context,
    plain,
    notes: [...lookup.notes, ...dir.warnings],
    crossJob: true,
    ...(dir.history ? { history: dir.history } : {}),
    ...(fingerprint ? { fingerprint } : {}),
  };
  if (!lookup.ancestryUnknown || !sha) return result;
  // The compare API failed: the baseline may be newer than the base commit or on another line.
  const caveat = `whether commit ${short(lookup.sha)} is an ancestor of the base commit ${short(sha)} could not be checked (the compare API failed), so this comparison is shown but the gate is not applied`;
  core.warning(`perfgate: ${caveat}`);
  context.push(`**Caveat**: ${escapeMarkdown(caveat)}.`);
  return { ...result, plain: `${plain} Caveat: ${caveat}.`, gateWaived: caveat };
}

function defaultBranch(payload: Record<string, unknown>): string | undefined {
  const branch = fieldOf(payload['repository'], 'default_branch');
  return typeof branch === 'string' ? branch : undefined;
}
