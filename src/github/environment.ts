// What the runner tells the Action about this run: repository, event, commit, workflow, attempt,
// the base of a pull request or merge-queue group, whether the server is GitHub Enterprise Server,
// and the workspace and temporary directories. Everything comes from @actions/github's context and
// the runner's GITHUB_* variables; the API is only ever the GITHUB_API_URL the runner gives.

import * as github from '@actions/github';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fieldOf, textOf } from '../model/unknown-value.js';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** The head repository is not this repository (by name: `head.repo.fork` is also true for
   *  pull requests inside a repository that is itself a fork). */
  fromFork: boolean;
}

/** What a pull request or a merge-queue group is compared with. */
export interface BaseCommit {
  ref: string;
  sha: string;
}

export interface ActionEnvironment {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  sha: string;
  /** Branch name of a push (`main`), from GITHUB_REF_NAME or GITHUB_REF. */
  refName: string;
  runId: number;
  /** GITHUB_RUN_ATTEMPT: 2 and up when the job was re-run. */
  runAttempt: number;
  /** GITHUB_ACTOR: who triggered the run (`dependabot[bot]` for Dependabot's pull requests). */
  actor: string;
  /** The workflow file name (`bench.yml`), a valid workflow_id for the REST API. */
  workflowFile: string | undefined;
  workspace: string;
  tempDir: string;
  runUrl: string;
  serverUrl: string;
  /** GitHub Enterprise Server: @actions/artifact refuses to run there (docs/action.md). */
  ghes: boolean;
  pullRequest: PullRequestInfo | undefined;
  /** The base of the pull request, or of the merge-queue group (`merge_group.base_ref`/`base_sha`). */
  base: BaseCommit | undefined;
}

export function readEnvironment(): ActionEnvironment {
  const ctx = github.context;
  const { owner, repo } = ctx.repo;
  const serverUrl = (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const workflowRef = process.env['GITHUB_WORKFLOW_REF'] ?? '';
  const workflowPath = workflowRef.split('@')[0] ?? '';
  const payload: Record<string, unknown> = ctx.payload;
  const pullRequest = pullRequestOf(payload, `${owner}/${repo}`);
  return {
    eventName: ctx.eventName,
    payload: ctx.payload,
    owner,
    repo,
    sha: ctx.sha,
    refName: process.env['GITHUB_REF_NAME'] || ctx.ref.replace(/^refs\/(heads|tags)\//, ''),
    runId: ctx.runId,
    runAttempt: Math.max(1, Number(process.env['GITHUB_RUN_ATTEMPT'] ?? '1') || 1),
    actor: process.env['GITHUB_ACTOR'] ?? '',
    workflowFile: workflowPath.includes('/.github/workflows/') ? basename(workflowPath) : undefined,
    workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
    tempDir: join(process.env['RUNNER_TEMP'] || tmpdir(), `perfgate-${ctx.runId || process.pid}`),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`,
    serverUrl,
    ghes: isGhes(serverUrl),
    pullRequest,
    base: pullRequest ? { ref: pullRequest.baseRef, sha: pullRequest.baseSha } : mergeGroupBase(payload),
  };
}

/** As @actions/artifact decides: any host but github.com, *.ghe.com (GHE.com) and localhost. */
export function isGhes(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && host !== 'localhost' && !host.endsWith('.localhost');
}

/** merge_group: the queue tests the base branch plus the queued pull requests on top. */
function mergeGroupBase(payload: Record<string, unknown>): BaseCommit | undefined {
  const group = payload['merge_group'];
  if (typeof group !== 'object' || group === null) return undefined;
  const ref = 'base_ref' in group && typeof group.base_ref === 'string' ? group.base_ref : '';
  const sha = 'base_sha' in group && typeof group.base_sha === 'string' ? group.base_sha : '';
  return ref || sha ? { ref: ref.replace(/^refs\/heads\//, ''), sha } : undefined;
}

/** Dependabot's pull requests run with a read-only token and no secrets, like a fork's. */
export function isDependabot(env: Pick<ActionEnvironment, 'actor'>): boolean {
  return env.actor === 'dependabot[bot]';
}

function pullRequestOf(payload: Record<string, unknown>, fullName: string): PullRequestInfo | undefined {
  const pr = payload['pull_request'];
  const number = fieldOf(pr, 'number');
  if (typeof number !== 'number') return undefined;
  const base = fieldOf(pr, 'base');
  const head = fieldOf(pr, 'head');
  const headRepo = fieldOf(fieldOf(head, 'repo'), 'full_name');
  return {
    number,
    baseRef: textOf(fieldOf(base, 'ref') ?? process.env['GITHUB_BASE_REF'] ?? ''),
    baseSha: textOf(fieldOf(base, 'sha') ?? ''),
    headSha: textOf(fieldOf(head, 'sha') ?? ''),
    fromFork: headRepo !== undefined && headRepo !== fullName,
  };
}
