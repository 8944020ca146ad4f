// End-to-end tests of the Action: the bundle of the current src runs as a child process, the way
// the runner runs it, against a loopback fake of GitHub's REST API, artifact service and blob
// storage. Data: the demo runs (head makes findPrice slower; the gate fails on it).

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import {
  demoWorkspace,
  e2eHooks,
  pullRequestEvent,
  pushEvent,
  pushRun,
  runAction,
  tempDir,
  token,
  type ActionRun,
} from './run-action.js';
import { readZip } from './zip.js';
import { parseAs } from '../typed.js';

/** The part of history.json these tests read. */
type History = { entries: { commit: { sha: string } }[] };

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
const marker = '<!-- perfgate:comment:default -->';
let server: FakeGitHub;
const built = e2eHooks(sha.a, (s) => (server = s));

const workspace = demoWorkspace;

function record(ws: string, runId: number, commit: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    bundle: built.bundle,
    server,
    workspace: ws,
    inputs: { runs: 'perf/*', ...inputs },
    eventName: 'push',
    event: pushEvent(commit),
    runId,
    sha: commit,
    ref: 'refs/heads/main',
  });
}

function compare(
  ws: string,
  runId: number,
  baseSha: string,
  inputs: Record<string, string> = {},
  fork = false,
): Promise<ActionRun> {
  return runAction({
    bundle: built.bundle,
    server,
    workspace: ws,
    inputs: { runs: 'perf/*', ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent({ baseSha, headSha: sha.head, fork }),
    runId,
    sha: sha.merge,
    ref: 'refs/pull/7/merge',
  });
}

function artifactFiles(name: string, runId: number): Map<string, Buffer> {
  const artifact = server.artifacts.find((a) => a.name === name && a.runId === runId);
  expect(artifact, `${name} of run ${runId}`).toBeDefined();
  return readZip(artifact?.zip as Buffer);
}

/** The token reaches only the fake (as the Authorization header) and never the log. */
function expectTokenSafe(run: ActionRun): void {
  // The one place it may appear: the runner's `::add-mask::` command, which registers it as a secret.
  expect(run.stdout).toContain(`::add-mask::${token}`);
  expect(run.stdout.replace(`::add-mask::${token}\n`, '')).not.toContain(token);
  expect(run.stderr).not.toContain(token);
  expect(run.summary).not.toContain(token);
  for (const r of server.log.filter((x) => x.url.startsWith('/repos/'))) expect(r.authorization).toBe(`token ${token}`);
}

function withBaseline(runId = 1001, commit = sha.a): void {
  server.runs.push(pushRun(runId, commit));
  server.addArtifact({ name: 'perfgate-baseline-default', runId, zip: built.baselineZip });
}

describe('record on push', () => {
  it('uploads the raw runs, a versioned snapshot and a history that grows run by run', async () => {
    const ws = workspace('base');
    const first = await record(ws, 1001, sha.a);
    expect(first.code, first.stdout).toBe(0);
    const files = artifactFiles('perfgate-baseline-default', 1001);
    for (let i = 1; i <= 5; i++)
      for (const f of ['cpu.pprof', 'mem.pprof', 'block.pprof', 'mutex.pprof', 'bench.txt'])
        expect(files.has(`runs/perf_run${i}/${f}`), f).toBe(true);
    const snapshot = parseAs<{ runs: unknown[]; profiles: { kind: string; top: unknown[] }[] }>(
      (files.get('snapshot.json') as Buffer).toString(),
    );
    expect(snapshot).toMatchObject({
      schema: 'perfgate.baseline',
      version: 2,
      key: 'default',
      commit: { sha: sha.a, ref: 'main', workflowRunId: '1001' },
    });
    expect(snapshot.runs).toHaveLength(5);
    expect(snapshot.profiles.find((p) => p.kind === 'cpu')?.top.length).toBeGreaterThan(0);
    const history1 = parseAs<History>((files.get('history.json') as Buffer).toString());
    expect(history1.entries.map((e) => e.commit.sha)).toEqual([sha.a]);
    expect(first.outputs['baseline-sha']).toBe(sha.a);
    expect(first.summary).toContain('Recorded baseline');
    expectTokenSafe(first);

    server.runs.push(pushRun(1001, sha.a));
    const second = await record(ws, 1002, sha.b, { history: '2' });
    expect(second.code, second.stdout).toBe(0);
    const history2 = parseAs<History>(
      (artifactFiles('perfgate-baseline-default', 1002).get('history.json') as Buffer).toString(),
    );
    expect(history2.entries.map((e) => e.commit.sha)).toEqual([sha.a, sha.b]);
    expect(server.requests('GET', /\/actions\/artifacts\/\d+\/zip$/)).toHaveLength(1);
  });
});

describe('compare on a pull request', () => {
  it('finds the base commit run, comments once, updates in place, annotates and fails the gate', async () => {
    withBaseline();
    const ws = workspace('head');
    const first = await compare(ws, 2001, sha.a);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs['verdict']).toBe('fail');
    expect(Number(first.outputs['regressions'])).toBeGreaterThan(0);
    expect(first.outputs['baseline-sha']).toBe(sha.a);
    expect(first.outputs['report-json']).toMatch(/report\.json$/);
    expect(first.summary).toContain('example.com/shop.findPrice');
    expect(first.summary).toContain('the base commit');
    const comments = server.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(marker)).toBe(true);
    expect(comments[0]?.body).toContain('example.com/shop.findPrice');
    expect(comments[0]?.body).toContain('https://github.com/o/r/actions/runs/2001');
    // The baseline came from another job with a history of one entry (cold start): the hotspot can
    // at most warn (docs/statistics.md §6); the exact allocation units still fail the gate.
    expect(first.stdout).toMatch(
      /^::warning file=shop\.go,line=\d+,title=perfgate%3A example\.com\/shop\.findPrice regressed/m,
    );
    expect(first.stdout).toMatch(/^::error::perfgate: verdict fail: .*\[fail-on: fail\]$/m);
    const report = artifactFiles('perfgate-report-default', 2001);
    expect([...report.keys()]).toEqual(
      expect.arrayContaining(['pr.json', 'report.json', 'report.md', 'index.html', 'cpu-cpu.html']),
    );
    expect(first.outputs['flamegraph']).toMatch(/index\.html$/);
    expect(JSON.parse((report.get('pr.json') as Buffer).toString())).toMatchObject({
      number: 7,
      headSha: sha.head,
      baseSha: sha.a,
    });
    expectTokenSafe(first);

    const second = await compare(ws, 2002, sha.a, { 'fail-on': 'never' });
    expect(second.code).toBe(0);
    expect(server.comments.get(7)).toHaveLength(1);
    expect(server.requests('PATCH', /\/issues\/comments\/1$/)).toHaveLength(1);
    expect(server.comments.get(7)?.[0]?.body).toContain('https://github.com/o/r/actions/runs/2002');
  });

  it('falls back to the nearest older push run on the base branch and says how far back', async () => {
    withBaseline(1001, sha.a);
    withBaseline(1005, sha.d); // newer than the base commit: skipped
    server.compare.set(`${sha.d}...${sha.c}`, { status: 'behind', ahead_by: 0, behind_by: 2 });
    server.compare.set(`${sha.a}...${sha.c}`, { status: 'ahead', ahead_by: 3, behind_by: 0 });
    const run = await compare(workspace('head'), 2003, sha.c, { 'fail-on': 'never' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(sha.a);
    expect(run.summary).toContain('3 commits before the base commit');
    expect(server.comments.get(7)?.[0]?.body).toContain('3 commits before the base commit');
  });

  it('reports health only and passes when there is no baseline yet', async () => {
    const run = await compare(workspace('head'), 2004, sha.a);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('inconclusive');
    expect(run.outputs['baseline-sha']).toBe('');
    expect(run.summary).toContain('No baseline yet');
    expect(server.comments.get(7)?.[0]?.body).toContain('No baseline yet');
    expect(run.stdout).toMatch(/^::warning::perfgate: no baseline yet/m);
  });

  it('uses baseline-path without asking the API for a baseline', async () => {
    const ws = workspace('head');
    cpSync('fixtures/demo/base', join(ws, 'base-runs'), { recursive: true });
    const run = await compare(ws, 2005, sha.a, { 'baseline-path': 'base-runs', 'fail-on': 'warn' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('baseline-path');
    expect(server.requests('GET', /\/actions\/workflows\//)).toHaveLength(0);
    writeFileSync(join(ws, 'perfgate.yml'), 'fail-on: never\n');
    const configured = await compare(ws, 2010, sha.a, { 'baseline-path': 'base-runs', config: 'perfgate.yml' });
    expect(configured.outputs['verdict']).toBe('fail');
    expect(configured.code).toBe(0);
  });

  it('on a fork (403 on comment) writes the summary, warns, and does not crash', async () => {
    withBaseline();
    server.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      },
      times: Infinity,
    });
    const run = await compare(workspace('head'), 2006, sha.a, { 'fail-on': 'never' }, true);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::warning::perfgate: this token may not comment on pull request #7 .*mode: comment/m);
    expect(run.summary).toContain('example.com/shop.findPrice');
    expect(run.summary).toContain('could not be posted');
    expect(server.comments.get(7)).toBeUndefined();
  });

  it('treats an expired baseline artifact (410) as no baseline', async () => {
    server.runs.push(pushRun(1001, sha.a));
    server.addArtifact({ name: 'perfgate-baseline-default', runId: 1001, zip: built.baselineZip, gone: true });
    const run = await compare(workspace('head'), 2007, sha.a);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('inconclusive');
    expect(run.summary).toContain('No baseline yet');
    expect(run.summary).toMatch(/could not be downloaded/);
    expect(server.requests('GET', /\/actions\/artifacts\/\d+\/zip$/).some((r) => r.status === 410)).toBe(true);
  });

  it('answers a 5xx with a retry', async () => {
    withBaseline();
    server.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 1 });
    server.faults.push({ method: 'GET', path: /\/actions\/workflows\/bench\.yml\/runs$/, status: 503, times: 1 });
    const run = await compare(workspace('head'), 2008, sha.a, { 'fail-on': 'never' });
    expect(run.code, run.stdout).toBe(0);
    // The second 200 is the listing after the create that catches a job racing on the same comment.
    expect(server.requests('GET', /\/issues\/7\/comments(\?|$)/).map((r) => r.status)).toEqual([502, 200, 200]);
    expect(run.outputs['baseline-sha']).toBe(sha.a);
    expect(server.comments.get(7)).toHaveLength(1);
  });

  it('keeps a report over the comment limit under 65,536 characters and says what was dropped', async () => {
    const ws = tempDir('perfgate-ws-');
    for (const side of ['base', 'head'] as const) {
      for (let r = 1; r <= 3; r++) {
        const lines = Array.from(
          { length: 3000 },
          (_, i) =>
            `main.main;example.com/app.caller;example.com/app.fn${i} ${(100 + ((i * 7 + r) % 13)) * (side === 'head' && i === 0 ? 40 : 1)}`,
        );
        mkdirSync(join(ws, side, `run${r}`), { recursive: true });
        writeFileSync(join(ws, side, `run${r}`, 'stacks.folded'), `${lines.join('\n')}\n`);
      }
    }
    writeFileSync(join(ws, 'perfgate.yml'), 'hotspots:\n  top-changes: 100000\n');
    const run = await compare(ws, 2009, sha.a, {
      runs: 'head/*',
      'baseline-path': 'base',
      config: 'perfgate.yml',
      'fail-on': 'never',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['regressions']).toBe('1');
    const body = server.comments.get(7)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("Left out to fit GitHub's size limit: top changes");
    expect(body).toContain('example.com/app.fn0');
    expect(run.summary.length).toBeGreaterThan(65_536);
    expect(run.summary.length).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('comment policy, keys and errors', () => {
  it('comment: on-change stays quiet on a pass, and each key keeps its own comment', async () => {
    const ws = workspace('base');
    cpSync('fixtures/demo/base', join(ws, 'same'), { recursive: true });
    const quiet = await compare(ws, 4001, sha.a, { 'baseline-path': 'same', comment: 'on-change' });
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(quiet.outputs['verdict']).toBe('pass');
    expect(server.comments.get(7)).toBeUndefined();
    for (const key of ['linux', 'mac'])
      expect((await compare(ws, 4002, sha.a, { 'baseline-path': 'same', key })).code).toBe(0);
    expect(server.comments.get(7)?.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- perfgate:comment:linux -->',
      '<!-- perfgate:comment:mac -->',
    ]);
    expect(server.artifacts.map((a) => a.name).sort()).toEqual([
      'perfgate-report-default',
      'perfgate-report-linux',
      'perfgate-report-mac',
    ]);
  });

  it('fails with one line and a summary when there is nothing to read', async () => {
    const ws = tempDir('perfgate-ws-');
    const run = await compare(ws, 4003, sha.a);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::perfgate: no head artifacts found in the workspace/m);
    expect(run.summary).toContain('perfgate could not run');
    const bad = await compare(workspace('head'), 4004, sha.a, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::perfgate: input fail-on must be one of fail, warn, never/m);
  });
});

describe('mode: comment (workflow_run, the fork recipe)', () => {
  it('posts the report of the pull-request run, after checking the pull request head', async () => {
    withBaseline();
    const ws = workspace('head');
    const pr = await compare(ws, 3001, sha.a, { comment: 'never', 'fail-on': 'never' }, true);
    expect(pr.code, pr.stdout).toBe(0);
    expect(server.comments.get(7)).toBeUndefined();
    server.pulls.set(7, sha.head);
    const trusted = tempDir('perfgate-ws-');
    mkdirSync(join(trusted, 'empty'));
    const event = {
      action: 'completed',
      workflow_run: { id: 3001, head_sha: sha.head, pull_requests: [], conclusion: 'success' },
      repository: { name: 'r', full_name: 'o/r', owner: { login: 'o' } },
    };
    const run = await runAction({
      bundle: built.bundle,
      server,
      workspace: trusted,
      inputs: { mode: 'comment' },
      eventName: 'workflow_run',
      event,
      runId: 3002,
      sha: sha.a,
      ref: 'refs/heads/main',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const body = server.comments.get(7)?.[0]?.body ?? '';
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('example.com/shop.findPrice');
    expect(body).toContain('https://github.com/o/r/actions/runs/3001');
    expect(body).toContain('the base commit');
    expect(run.outputs['verdict']).toBe('fail');

    server.pulls.set(7, sha.c); // the pull request moved on: the artifact is not for its head
    const stale = await runAction({
      bundle: built.bundle,
      server,
      workspace: trusted,
      inputs: { mode: 'comment' },
      eventName: 'workflow_run',
      event,
      runId: 3003,
      sha: sha.a,
      ref: 'refs/heads/main',
    });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toMatch(/^::warning::perfgate: pull request #7 is at ccccccc/m);
    expect(stale.summary).toContain('nothing to post');
    expect(server.requests('PATCH', /\/issues\/comments\//)).toHaveLength(0);
  });
});
