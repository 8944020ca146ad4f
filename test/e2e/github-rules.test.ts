// The Action under GitHub's real rules, end to end (the bundle as the runner runs it, against the
// strict fake): re-runs of a job, baselines from schedules and manual runs, merge queues, GitHub
// Enterprise Server, the 1 MiB step summary, pages of 2 items, read-only tokens of forks and
// Dependabot. One scenario per gap of issue #19.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeGitHub, type WorkflowRun } from './fake-github.js';
import { readOnlyGrant } from './fake-github-rules.js';
import {
  demoWorkspace,
  e2eHooks,
  pullRequestEvent,
  pushEvent,
  pushRun,
  repository,
  runAction,
  runOnPullRequest,
  runOnPush,
  tempDir,
  token,
  type ActionRun,
  type RunOptions,
} from './run-action.js';
import { readZip, zipBomb } from './zip.js';
import { parseAs } from '../typed.js';

// Each test runs the bundle two to four times; on a shared, loaded machine that takes more than 30 s.
vi.setConfig({ testTimeout: 120_000 });

const sha = {
  a: 'a'.repeat(40),
  b: 'b'.repeat(40),
  c: 'c'.repeat(40),
  d: 'd'.repeat(40),
  head: 'e'.repeat(40),
  merge: 'f'.repeat(40),
};
let server: FakeGitHub;
// GitHub pages everything; pages of 2 show code that reads only page one.
const built = e2eHooks(
  sha.a,
  (s) => (server = s),
  (s) => (s.maxPerPage = 2),
);

const run = pushRun;

type Extra = Partial<
  Pick<RunOptions, 'runAttempt' | 'serverUrl' | 'actor' | 'env' | 'eventName' | 'event' | 'onFiles'>
>;

function record(runId: number, commit: string, o: Extra = {}, side: 'base' | 'head' = 'base'): Promise<ActionRun> {
  return runOnPush({ bundle: built.bundle, server, runId, commit, side, ...o });
}

function compare(
  runId: number,
  baseSha: string,
  inputs: Record<string, string> = {},
  o: Extra = {},
): Promise<ActionRun> {
  return runOnPullRequest({ bundle: built.bundle, server, runId, baseSha, inputs, ...o });
}

function commentMode(runId: number, triggering: { id: number; attempt: number }, o: Extra = {}): Promise<ActionRun> {
  const ws = tempDir('perfgate-ws-');
  const event = {
    action: 'completed',
    workflow_run: {
      id: triggering.id,
      run_attempt: triggering.attempt,
      head_sha: sha.head,
      pull_requests: [],
      conclusion: 'success',
    },
    repository,
  };
  return runAction({
    bundle: built.bundle,
    server,
    workspace: ws,
    inputs: { mode: 'comment' },
    eventName: 'workflow_run',
    event,
    runId,
    sha: sha.a,
    ref: 'refs/heads/main',
    ...o,
  });
}

function withBaseline(runId: number, commit: string, extra: Partial<WorkflowRun> = {}): void {
  server.runs.push(run(runId, commit, extra));
  server.addArtifact({ name: 'perfgate-baseline-default', runId, zip: built.baselineZip });
}

const log = (r: ActionRun): string => r.stdout + r.stderr;

describe('1. re-runs use the latest attempt everywhere', () => {
  it('a re-run of a pull-request job replaces the report that mode: comment posts', async () => {
    const first = await compare(2001, sha.a, { comment: 'never', 'fail-on': 'never' });
    expect(first.code, log(first)).toBe(0);
    expect(first.outputs['verdict']).toBe('inconclusive'); // no baseline yet
    withBaseline(1001, sha.a);
    const again = await compare(2001, sha.a, { comment: 'never', 'fail-on': 'never' }, { runAttempt: 2 });
    expect(again.code, log(again)).toBe(0);
    expect(again.outputs['verdict']).toBe('fail');
    expect(log(again)).not.toMatch(/::warning::perfgate: could not upload/);
    server.pulls.set(7, sha.head);
    const posted = await commentMode(3001, { id: 2001, attempt: 2 });
    expect(posted.code, log(posted)).toBe(0);
    expect(posted.outputs['verdict']).toBe('fail');
    expect(server.comments.get(7)?.[0]?.body).toContain('example.com/shop.findPrice');
  });

  it('a re-run of a push job records again, and pull requests compare with the re-run`s baseline', async () => {
    const first = await record(1001, sha.a, {}, 'head');
    expect(first.code, log(first)).toBe(0);
    server.runs.push(run(1001, sha.a, { run_attempt: 2 }));
    const again = await record(1001, sha.a, { runAttempt: 2 });
    expect(again.code, log(again)).toBe(0);
    const pr = await compare(2002, sha.a, { 'fail-on': 'never' });
    expect(pr.code, log(pr)).toBe(0);
    // The base runs of attempt 2 (the slower head runs were attempt 1's): the regression shows.
    expect(pr.outputs['verdict']).toBe('fail');
    expect(pr.summary).toContain('attempt 2');
  });
});

describe('2. baselines from schedules and manual runs', () => {
  it('finds a baseline recorded by a schedule run, and record carries the history of a dispatch run', async () => {
    withBaseline(1001, sha.a, { event: 'schedule' });
    const pr = await compare(2003, sha.a, { 'fail-on': 'never' });
    expect(pr.code, log(pr)).toBe(0);
    expect(pr.outputs['baseline-sha']).toBe(sha.a);
    withBaseline(1002, sha.b, { event: 'workflow_dispatch' });
    server.runs.push(run(1003, sha.c, { event: 'schedule', conclusion: 'in_progress' }));
    const next = await record(1003, sha.c, { eventName: 'schedule', event: { schedule: '0 3 * * *', repository } });
    expect(next.code, log(next)).toBe(0);
    const history = readZip(server.artifacts.find((a) => a.runId === 1003)?.zip as Buffer).get('history.json');
    expect(parseAs<{ entries: unknown[] }>(String(history)).entries.length).toBeGreaterThanOrEqual(2);
  });

  it('pages through the runs of the base branch (pages of 2) to the older run that has the artifact', async () => {
    withBaseline(1001, sha.a);
    for (const [id, commit] of [
      [1002, sha.b],
      [1003, sha.d],
      [1004, sha.d],
    ] as const)
      server.runs.push(run(id, commit));
    server.compare.set(`${sha.b}...${sha.c}`, { status: 'ahead', ahead_by: 1, behind_by: 0 });
    server.compare.set(`${sha.a}...${sha.c}`, { status: 'ahead', ahead_by: 2, behind_by: 0 });
    server.runs.push(
      run(2004, sha.merge, { event: 'pull_request', head_branch: 'feature', conclusion: 'in_progress' }),
    );
    const pr = await compare(2004, sha.c, { 'fail-on': 'never' }, { env: { GITHUB_WORKFLOW_REF: '' } });
    expect(pr.code, log(pr)).toBe(0);
    expect(pr.outputs['baseline-sha']).toBe(sha.a);
    expect(pr.summary).toContain('2 commits before the base commit');
  });
});

describe('3. merge queues', () => {
  it('compares a merge group with the baseline of its base_sha on its base_ref', async () => {
    withBaseline(1001, sha.c, { head_branch: 'release' });
    withBaseline(1002, sha.d); // newest on the default branch: not the queue's base
    const event = {
      merge_group: {
        head_sha: sha.merge,
        head_ref: 'refs/heads/gh-readonly-queue/release/pr-7-ccc',
        base_sha: sha.c,
        base_ref: 'refs/heads/release',
      },
      repository,
    };
    const q = await runAction({
      bundle: built.bundle,
      server,
      workspace: demoWorkspace('head'),
      inputs: { runs: 'perf/*' },
      eventName: 'merge_group',
      event,
      runId: 2005,
      sha: sha.merge,
      ref: 'refs/heads/gh-readonly-queue/release/pr-7-ccc',
    });
    expect(q.outputs['baseline-sha'], log(q)).toBe(sha.c);
    expect(q.summary).toContain('the base commit');
    expect(q.code).toBe(1); // the gate fails the queue entry, as a required check must
  });
});

describe('4. GitHub Enterprise Server', () => {
  const ghes = { serverUrl: 'https://ghe.example.com' };
  it('says in the log and the summary why artifacts cannot work there, and which setups do', async () => {
    const rec = await record(1001, sha.a, ghes);
    expect(rec.stdout).toMatch(/::warning::perfgate: GitHub Enterprise Server/);
    expect(rec.summary).toContain('GitHub Enterprise Server');
    expect(rec.summary).toContain('mode: ab');
    expect(rec.summary).toContain('baseline-path');
    expect(rec.code, log(rec)).toBe(0);
    const pr = await compare(2006, sha.a, { 'fail-on': 'never' }, ghes);
    expect(pr.code, log(pr)).toBe(0);
    expect(pr.summary).toContain('GitHub Enterprise Server');
    expect(pr.summary).toContain('baseline-path');
    expect(server.requests('GET', /\/actions\//)).toHaveLength(0);
    expect(server.comments.get(7)?.[0]?.body).toContain('GitHub Enterprise Server');
    const fork = await commentMode(3006, { id: 2006, attempt: 1 }, ghes);
    expect(fork.code).toBe(1);
    expect(fork.stdout).toMatch(
      /^::error::perfgate: mode comment cannot download artifacts\. GitHub Enterprise Server/m,
    );
  });
});

describe('5. limits and order', () => {
  it('writes the summary before the comment, and keeps it under 1 MiB with the failed-comment line', async () => {
    const ws = tempDir('perfgate-ws-');
    for (const side of ['base', 'head'] as const) {
      for (let r = 1; r <= 2; r++) {
        const lines = Array.from(
          { length: 3000 },
          (_, i) =>
            `main.main;example.com/app.caller;example.com/app.function${i} ${(100 + ((i * 7 + r) % 13)) * (side === 'head' && i % 3 === 0 ? 40 : 1)}`,
        );
        mkdirSync(join(ws, side, `run${r}`), { recursive: true });
        writeFileSync(join(ws, side, `run${r}`, 'stacks.folded'), `${lines.join('\n')}\n`);
      }
    }
    writeFileSync(join(ws, 'perfgate.yml'), 'hotspots:\n  top-changes: 100000\n');
    let summaryPath = '';
    let summaryAtComment: string | undefined;
    server.onRequest = (req) => {
      if (req.method === 'POST' && /\/issues\/7\/comments$/.test(req.url))
        summaryAtComment = readFileSync(summaryPath, 'utf8');
    };
    server.grant(token, readOnlyGrant);
    const inputs = { runs: 'head/*', 'baseline-path': 'base', config: 'perfgate.yml', 'fail-on': 'never' };
    const event = pullRequestEvent({ baseSha: sha.a, headSha: sha.head });
    const r = await runAction({
      bundle: built.bundle,
      server,
      workspace: ws,
      inputs,
      eventName: 'pull_request',
      event,
      runId: 2007,
      sha: sha.merge,
      ref: 'refs/pull/7/merge',
      onFiles: (f) => (summaryPath = f.summary),
    });
    expect(r.code, r.summary).toBe(0);
    expect(summaryAtComment).toContain('example.com/app.function0');
    expect(r.summary).toContain('could not be posted');
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
  }, 120_000);
});

describe('6. read-only tokens: forks, forked repositories, Dependabot', () => {
  it('a pull request inside a forked repository is not "from a fork"', async () => {
    server.grant(token, readOnlyGrant);
    const event = pullRequestEvent({ baseSha: sha.a, headSha: sha.head });
    const pr = event['pull_request'] as { head: { repo: { fork: boolean } } };
    pr.head.repo.fork = true; // o/r is itself a fork of another repository; head and base are both o/r
    const r = await runAction({
      bundle: built.bundle,
      server,
      workspace: demoWorkspace('head'),
      inputs: { runs: 'perf/*', 'fail-on': 'never' },
      eventName: 'pull_request',
      event,
      runId: 2008,
      sha: sha.merge,
      ref: 'refs/pull/7/merge',
    });
    expect(r.code, log(r)).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::perfgate: this token may not comment on pull request #7 .*pull-requests: write/,
    );
    expect(r.stdout).not.toMatch(/from forks/);
  });

  it('Dependabot`s pull requests are told about their read-only token, not to grant a permission', async () => {
    server.grant(token, readOnlyGrant);
    const r = await compare(2009, sha.a, { 'fail-on': 'never' }, { actor: 'dependabot[bot]' });
    expect(r.code, log(r)).toBe(0);
    expect(r.stdout).toMatch(/::warning::perfgate: .*Dependabot/);
    expect(r.stdout).not.toMatch(/Grant pull-requests: write/);
  });
});

describe('untrusted artifacts and unverified baselines', () => {
  it('mode: comment refuses a fork`s 6 MB zip that inflates to 6 GB before writing it', async () => {
    server.addArtifact({
      name: 'perfgate-report-default',
      runId: 2011,
      zip: zipBomb('report.json', 6 * 1024, 100, { 'pr.json': '{"number":7}' }),
    });
    server.pulls.set(7, sha.head);
    let temp = '';
    const r = await commentMode(3011, { id: 2011, attempt: 1 }, { onFiles: (f) => (temp = f.temp) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::perfgate: report\.json inflates to more than 67108864 bytes/m);
    expect(server.comments.get(7)).toBeUndefined();
    expect(bytesUnder(temp)).toBeLessThan(1024 * 1024);
  });

  it('a baseline whose ancestry could not be checked is used with a caveat and never fails the gate', async () => {
    withBaseline(1001, sha.a); // the compare API answers a...c with 404
    const r = await compare(2012, sha.c);
    expect(r.outputs['verdict']).toBe('fail');
    expect(r.code, log(r)).toBe(0);
    expect(r.summary).toContain('**Caveat**');
    expect(r.stdout).toMatch(/::warning::perfgate: the verdict is fail, but the gate is not applied/);
    expect(server.comments.get(7)?.[0]?.body).toContain('could not be checked');
  });
});

/** Bytes of all files under a directory. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

describe('the strict fake', () => {
  it('answers an unknown token with 401 and keeps the report', async () => {
    server.grant(token, undefined);
    withBaseline(1001, sha.a);
    const r = await compare(2010, sha.a, { 'fail-on': 'never' });
    expect(r.code, log(r)).toBe(0);
    expect(server.requests('GET', /\/actions\/workflows\//).every((x) => x.status === 401)).toBe(true);
    expect(r.summary).toContain('HTTP 401');
  });
  it('caps retention at GITHUB_RETENTION_DAYS, and an expired baseline counts as none', async () => {
    server.retentionDays = 1;
    const rec = await runAction({
      bundle: built.bundle,
      server,
      workspace: demoWorkspace('base'),
      inputs: { runs: 'perf/*', 'retention-days': '30' },
      eventName: 'push',
      event: pushEvent(sha.a),
      runId: 1001,
      sha: sha.a,
      ref: 'refs/heads/main',
    });
    expect(rec.code, log(rec)).toBe(0);
    server.runs.push(run(1001, sha.a));
    const stored = server.artifacts.find((a) => a.runId === 1001);
    expect((stored?.expiresAtMs ?? Infinity) - Date.now()).toBeLessThanOrEqual(86_400_000);
    const later = Date.now() + 2 * 86_400_000;
    server.nowMs = () => later;
    const pr = await compare(2013, sha.a, { 'fail-on': 'never' });
    expect(pr.outputs['verdict'], log(pr)).toBe('inconclusive');
    expect(pr.summary).toContain('has expired');
  });
  it('refuses a second artifact of the same name in a run (409)', async () => {
    const once = await record(1001, sha.a);
    expect(once.code, log(once)).toBe(0);
    const twice = await record(1001, sha.a);
    expect(server.artifacts.filter((a) => a.runId === 1001)).toHaveLength(1);
    expect(log(twice)).toMatch(/409|already exists/);
  });
});
