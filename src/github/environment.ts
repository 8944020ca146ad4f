// What the runner tells the Action about this run: repository, event, commit, workflow, and the
// workspace and temporary directories. Everything comes from @actions/github's context and the
// runner's GITHUB_* variables; the API is only ever the GITHUB_API_URL the runner gives.

import * as github from '@actions/github';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** The head repository is not this repository. */
  fromFork: boolean;
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
  /** The workflow file name (`bench.yml`), a valid workflow_id for the REST API. */
  workflowFile: string | undefined;
  workspace: string;
  tempDir: string;
  runUrl: string;
  serverUrl: string;
  pullRequest: PullRequestInfo | undefined;
}

export function readEnvironment(): ActionEnvironment {
  const ctx = github.context;
  const { owner, repo } = ctx.repo;
  const serverUrl = (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const workflowRef = process.env['GITHUB_WORKFLOW_REF'] ?? '';
  const workflowPath = workflowRef.split('@')[0] ?? '';
  return {
    eventName: ctx.eventName,
    payload: ctx.payload as Record<string, unknown>,
    owner,
    repo,
    sha: ctx.sha,
    refName: process.env['GITHUB_REF_NAME'] || ctx.ref.replace(/^refs\/(heads|tags)\//, ''),
    runId: ctx.runId,
    workflowFile: workflowPath.includes('/.github/workflows/') ? basename(workflowPath) : undefined,
    workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
    tempDir: join(process.env['RUNNER_TEMP'] || tmpdir(), `perfgate-${ctx.runId || process.pid}`),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`,
    serverUrl,
    pullRequest: pullRequestOf(ctx.payload as Record<string, unknown>, `${owner}/${repo}`),
  };
}

function pullRequestOf(payload: Record<string, unknown>, fullName: string): PullRequestInfo | undefined {
  const pr = payload['pull_request'] as Record<string, any> | undefined;
  if (!pr || typeof pr['number'] !== 'number') return undefined;
  const headRepo = pr['head']?.repo?.full_name as string | undefined;
  return {
    number: pr['number'],
    baseRef: String(pr['base']?.ref ?? process.env['GITHUB_BASE_REF'] ?? ''),
    baseSha: String(pr['base']?.sha ?? ''),
    headSha: String(pr['head']?.sha ?? ''),
    fromFork: pr['head']?.repo?.fork === true || (headRepo !== undefined && headRepo !== fullName),
  };
}
