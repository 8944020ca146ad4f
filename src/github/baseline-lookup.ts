// Finds and downloads the baseline of a pull request: the run of this workflow for the base
// commit; otherwise the nearest older successful recording run (push, schedule or
// workflow_dispatch) on the base branch that still has the artifact (an ancestor of the base
// commit, by the compare API); otherwise none, which is not a failure. Each skipped candidate
// leaves a note saying why. Runs are read page by page; the newest attempt's artifact counts.

import * as core from '@actions/core';
import { join } from 'node:path';
import type { ArtifactStore, RunArtifact } from './artifact-store.js';
import type { ActionEnvironment } from './environment.js';
import { describeError, type RestClient } from './rest-client.js';

export interface BaselineQuery {
  artifactName: string;
  branch: string;
  /** The commit the baseline should be for; undefined takes the newest run on the branch. */
  sha: string | undefined;
  /** This run, never its own baseline. */
  excludeRunId: number;
  dest: string;
}

export type BaselineLookup =
  | {
      found: true;
      dir: string;
      runId: number;
      sha: string;
      commitsBack: number | undefined;
      /** The compare API failed: whether the baseline is an ancestor of the base commit is unknown. */
      ancestryUnknown: boolean;
      description: string;
      notes: string[];
    }
  | { found: false; notes: string[] };

interface Candidate {
  id: number;
  head_sha: string;
  run_number: number;
  event: string;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
}

/** The events whose runs record baselines (`mode: auto` records on anything but pull requests,
 *  merge queues and workflow_run; these are the ones that run on the base branch). */
export const recordingEvents = ['push', 'schedule', 'workflow_dispatch'];
const maxCandidates = 30;
/** Pages read per listing: the branch's runs include pull-request and merge-queue runs too. */
const maxRunPages = 10;

export async function findBaseline(
  rest: RestClient,
  store: ArtifactStore,
  env: ActionEnvironment,
  q: BaselineQuery,
): Promise<BaselineLookup> {
  const notes: string[] = [];
  const workflowId = env.workflowFile ?? (await currentWorkflowId(rest, env));
  const candidates: { run: Candidate; exact: boolean }[] = [];
  if (q.sha)
    for (const run of await recordingRuns(rest, env, workflowId, { head_sha: q.sha }))
      candidates.push({ run, exact: true });
  for (const run of await recordingRuns(rest, env, workflowId, { branch: q.branch })) {
    if (!candidates.some((c) => c.run.id === run.id)) candidates.push({ run, exact: run.head_sha === q.sha });
  }
  let index = 0;
  for (const { run, exact } of candidates.slice(0, maxCandidates)) {
    index++;
    if (run.id === q.excludeRunId) continue;
    const artifact = await findArtifact(store, run, q.artifactName, notes);
    if (!artifact) continue;
    const commitsBack =
      exact || !q.sha ? (exact ? 0 : undefined) : await ancestorDistance(rest, env, run.head_sha, q.sha, notes);
    if (commitsBack === null) continue; // newer than the base commit, or on another line
    const ancestryUnknown = !exact && q.sha !== undefined && commitsBack === undefined;
    const dir = join(q.dest, `run-${run.id}`);
    try {
      await store.download(run.id, artifact.id, dir);
    } catch (err) {
      notes.push(
        `run ${run.id} (${short(run.head_sha)}): the baseline artifact could not be downloaded (${describeError(err)})`,
      );
      continue;
    }
    const description = describe(run, artifact.attempt, commitsBack, index, q);
    core.info(`perfgate: baseline ${description}`);
    return { found: true, dir, runId: run.id, sha: run.head_sha, commitsBack, ancestryUnknown, description, notes };
  }
  return { found: false, notes };
}

async function currentWorkflowId(rest: RestClient, env: ActionEnvironment): Promise<number | string> {
  const { data } = await rest.rest.actions.getWorkflowRun({ owner: env.owner, repo: env.repo, run_id: env.runId });
  return data.workflow_id;
}

/** Successful runs of this repository by a recording event, newest first, up to maxCandidates. */
async function recordingRuns(
  rest: RestClient,
  env: ActionEnvironment,
  workflowId: number | string,
  filter: { head_sha?: string; branch?: string },
): Promise<Candidate[]> {
  const self = `${env.owner}/${env.repo}`;
  const params = {
    owner: env.owner,
    repo: env.repo,
    workflow_id: workflowId,
    status: 'success' as const,
    per_page: 100,
    ...filter,
  };
  const runs: Candidate[] = [];
  let pages = 0;
  for await (const { data } of rest.paginate.iterator(rest.rest.actions.listWorkflowRuns, params)) {
    for (const r of data) {
      const ours = (r.head_repository?.full_name ?? self) === self;
      if (r.conclusion === 'success' && ours && recordingEvents.includes(r.event) && runs.length < maxCandidates)
        runs.push(r);
    }
    if (runs.length >= maxCandidates || ++pages >= maxRunPages) break;
  }
  return runs;
}

async function findArtifact(
  store: ArtifactStore,
  run: Candidate,
  name: string,
  notes: string[],
): Promise<RunArtifact | undefined> {
  const artifact = await store.find(run.id, name);
  if (artifact?.expired) notes.push(`run ${run.id} (${short(run.head_sha)}): artifact ${name} has expired`);
  return artifact && !artifact.expired ? artifact : undefined;
}

/** Commits from `older` to `base` when `older` is an ancestor; null when it is not; undefined when unknown. */
async function ancestorDistance(
  rest: RestClient,
  env: ActionEnvironment,
  older: string,
  base: string,
  notes: string[],
): Promise<number | null | undefined> {
  try {
    const { data } = await rest.rest.repos.compareCommitsWithBasehead({
      owner: env.owner,
      repo: env.repo,
      basehead: `${older}...${base}`,
      per_page: 1,
    });
    if (data.status === 'identical') return 0;
    if (data.status === 'ahead') return data.ahead_by;
    return null;
  } catch (err) {
    notes.push(`could not tell how far ${short(older)} is behind ${short(base)} (${describeError(err)})`);
    return undefined;
  }
}

function describe(
  run: Candidate,
  attempt: number,
  commitsBack: number | undefined,
  index: number,
  q: BaselineQuery,
): string {
  const extra = `${run.event !== 'push' ? `, ${run.event}` : ''}${attempt > 1 ? `, attempt ${attempt}` : ''}`;
  const where = `commit ${short(run.head_sha)} (workflow run ${run.id}, #${run.run_number}${extra})`;
  if (commitsBack === 0) return `${where}: the base commit`;
  const back =
    commitsBack === undefined
      ? `${index === 1 ? 'the newest' : `${index - 1} runs back`} on ${q.branch}`
      : `${commitsBack} commit${commitsBack === 1 ? '' : 's'} before the base commit${q.sha ? ` ${short(q.sha)}` : ''}`;
  return `${where}: ${back}`;
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}
