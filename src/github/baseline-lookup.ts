// Finds and downloads the baseline of a pull request: the run of this workflow for the base
// commit; otherwise the nearest older successful push run on the base branch that still has the
// artifact (an ancestor of the base commit, by the compare API); otherwise none, which is not a
// failure. Each skipped candidate leaves a note saying why.

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
  | { found: true; dir: string; runId: number; sha: string; commitsBack: number | undefined; description: string; notes: string[] }
  | { found: false; notes: string[] };

interface Candidate {
  id: number;
  head_sha: string;
  run_number: number;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
}

const maxCandidates = 30;

export async function findBaseline(rest: RestClient, store: ArtifactStore, env: ActionEnvironment, q: BaselineQuery): Promise<BaselineLookup> {
  const notes: string[] = [];
  const workflowId = env.workflowFile ?? (await currentWorkflowId(rest, env));
  const candidates: { run: Candidate; exact: boolean }[] = [];
  if (q.sha) for (const run of await pushRuns(rest, env, workflowId, { head_sha: q.sha })) candidates.push({ run, exact: true });
  for (const run of await pushRuns(rest, env, workflowId, { branch: q.branch })) {
    if (!candidates.some((c) => c.run.id === run.id)) candidates.push({ run, exact: run.head_sha === q.sha });
  }
  let index = 0;
  for (const { run, exact } of candidates.slice(0, maxCandidates)) {
    index++;
    if (run.id === q.excludeRunId) continue;
    const artifact = await findArtifact(store, run, q.artifactName, notes);
    if (!artifact) continue;
    const commitsBack = exact || !q.sha ? (exact ? 0 : undefined) : await ancestorDistance(rest, env, run.head_sha, q.sha, notes);
    if (commitsBack === null) continue; // newer than the base commit, or on another line
    const dir = join(q.dest, `run-${run.id}`);
    try {
      await store.download(run.id, artifact.id, dir);
    } catch (err) {
      notes.push(`run ${run.id} (${short(run.head_sha)}): the baseline artifact could not be downloaded (${describeError(err)})`);
      continue;
    }
    const description = describe(run, commitsBack, index, q);
    core.info(`perfgate: baseline ${description}`);
    return { found: true, dir, runId: run.id, sha: run.head_sha, commitsBack, description, notes };
  }
  return { found: false, notes };
}

async function currentWorkflowId(rest: RestClient, env: ActionEnvironment): Promise<number | string> {
  const { data } = await rest.rest.actions.getWorkflowRun({ owner: env.owner, repo: env.repo, run_id: env.runId });
  return data.workflow_id;
}

async function pushRuns(rest: RestClient, env: ActionEnvironment, workflowId: number | string, filter: { head_sha?: string; branch?: string }): Promise<Candidate[]> {
  const { data } = await rest.rest.actions.listWorkflowRuns({
    owner: env.owner,
    repo: env.repo,
    workflow_id: workflowId,
    event: 'push',
    status: 'success',
    per_page: maxCandidates,
    ...filter,
  });
  const self = `${env.owner}/${env.repo}`;
  return (data.workflow_runs as Candidate[]).filter((r) => r.conclusion === 'success' && (r.head_repository?.full_name ?? self) === self);
}

async function findArtifact(store: ArtifactStore, run: Candidate, name: string, notes: string[]): Promise<RunArtifact | undefined> {
  const artifact = await store.find(run.id, name);
  if (artifact?.expired) notes.push(`run ${run.id} (${short(run.head_sha)}): artifact ${name} has expired`);
  return artifact && !artifact.expired ? artifact : undefined;
}

/** Commits from `older` to `base` when `older` is an ancestor; null when it is not; undefined when unknown. */
async function ancestorDistance(rest: RestClient, env: ActionEnvironment, older: string, base: string, notes: string[]): Promise<number | null | undefined> {
  try {
    const { data } = await rest.rest.repos.compareCommitsWithBasehead({ owner: env.owner, repo: env.repo, basehead: `${older}...${base}`, per_page: 1 });
    if (data.status === 'identical') return 0;
    if (data.status === 'ahead') return data.ahead_by;
    return null;
  } catch (err) {
    notes.push(`could not tell how far ${short(older)} is behind ${short(base)} (${describeError(err)})`);
    return undefined;
  }
}

function describe(run: Candidate, commitsBack: number | undefined, index: number, q: BaselineQuery): string {
  const where = `commit ${short(run.head_sha)} (workflow run ${run.id}, #${run.run_number})`;
  if (commitsBack === 0) return `${where}: the base commit`;
  const back = commitsBack === undefined ? `${index === 1 ? 'the newest' : `${index - 1} runs back`} on ${q.branch}` : `${commitsBack} commit${commitsBack === 1 ? '' : 's'} before the base commit${q.sha ? ` ${short(q.sha)}` : ''}`;
  return `${where}: ${back}`;
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}
