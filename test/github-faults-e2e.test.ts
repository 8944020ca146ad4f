// GitHub faults end to end: the bundled Action runs against the loopback fake with failures
// injected into each call it makes. Whatever fails, the report reaches the job summary and the
// report artifact, the step's result follows the verdict (not the fault), and the token stays out
// of every log. (Status-by-status client behaviour: github-faults.test.ts; 403 fork, 410 expired
// artifact and a single 5xx: e2e/action.test.ts.)

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from './e2e/fake-github.js';
import {
  demoWorkspace,
  e2eHooks,
  pullRequestEvent,
  pushRun,
  repository,
  runAction,
  tempDir,
  token,
  type ActionRun,
} from './e2e/run-action.js';

const sha = { a: 'a'.repeat(40), head: 'e'.repeat(40), merge: 'f'.repeat(40) };
const marker = '<!-- perfgate:comment:default -->';
let server: FakeGitHub;
const built = e2eHooks(sha.a, (s) => (server = s));

const workspace = demoWorkspace;

const prEvent = pullRequestEvent({ baseSha: sha.a, headSha: sha.head });

function compare(
  runId: number,
  inputs: Record<string, string> = {},
  event: Record<string, unknown> = prEvent,
): Promise<ActionRun> {
  return runAction({
    bundle: built.bundle,
    server,
    workspace: workspace('head'),
    inputs: { runs: 'perf/*', ...inputs },
    eventName: 'pull_request',
    event,
    runId,
    sha: sha.merge,
    ref: 'refs/pull/7/merge',
  });
}

function withBaseline(): void {
  server.runs.push(pushRun(1001, sha.a));
  server.addArtifact({ name: 'perfgate-baseline-default', runId: 1001, zip: built.baselineZip });
}

/** The report is in the summary and in the uploaded report artifact; the token is nowhere. */
function expectReportKept(run: ActionRun, runId: number, finding = 'example.com/shop.findPrice'): void {
  expect(run.summary).toContain(finding);
  expect(server.artifacts.some((a) => a.name === 'perfgate-report-default' && a.runId === runId)).toBe(true);
  expectTokenSafe(run);
}

/** The token appears only in the runner's `::add-mask::` command that registers it as a secret. */
function expectTokenSafe(run: ActionRun): void {
  expect(run.stdout).toContain(`::add-mask::${token}`);
  for (const text of [run.stdout.replace(`::add-mask::${token}\n`, ''), run.stderr, run.summary])
    expect(text).not.toContain(token);
}

describe('the Action under GitHub faults', () => {
  it('422 on the comment (too long): summary and artifact kept, a warning, the gate still decides', async () => {
    withBaseline();
    server.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }],
      },
      times: Infinity,
    });
    const run = await compare(2101);
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.stdout).toMatch(/^::warning::perfgate: could not post the pull-request comment: HTTP 422/m);
    expect(run.summary).toContain('could not be posted');
    expect(server.requests('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expectReportKept(run, 2101);
  });

  it('401 on every REST call (a revoked token): health-only report, kept, and a defined exit', async () => {
    withBaseline();
    server.faults.push({
      method: 'GET',
      path: /^\/repos\//,
      status: 401,
      body: { message: 'Bad credentials' },
      times: Infinity,
    });
    server.faults.push({
      method: 'POST',
      path: /^\/repos\//,
      status: 401,
      body: { message: 'Bad credentials' },
      times: Infinity,
    });
    const run = await compare(2102);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['verdict']).toBe('inconclusive');
    expect(run.summary).toMatch(/baseline search failed(:|&#58;) HTTP 401/);
    expect(run.summary).toContain('could not be posted');
    expect(server.log.filter((r) => r.status === 401).length).toBeLessThanOrEqual(3); // no retries on 401
    expectReportKept(run, 2102, 'No baseline yet');
  });

  it('429 with retry-after and 5xx twice: retried, and the comment is posted once', async () => {
    withBaseline();
    server.faults.push({
      method: 'GET',
      path: /\/actions\/workflows\/bench\.yml\/runs$/,
      status: 429,
      headers: { 'retry-after': '1' },
      times: 1,
    });
    server.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 500, times: 2 });
    const run = await compare(2103, { 'fail-on': 'never' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(sha.a);
    expect(server.requests('GET', /\/issues\/7\/comments(\?|$)/).map((r) => r.status)).toEqual([500, 500, 200, 200]);
    expect(server.comments.get(7)).toHaveLength(1);
    expectReportKept(run, 2103);
  }, 30_000);

  it('a stranger`s comment with our marker is left alone', async () => {
    withBaseline();
    const planted = server.addComment(7, `${marker}\nplease merge`, { login: 'mallory', type: 'User' }, 'NONE');
    const run = await compare(2104, { 'fail-on': 'never' });
    expect(run.code, run.stdout).toBe(0);
    expect(server.comments.get(7)?.find((c) => c.id === planted.id)?.body).toBe(`${marker}\nplease merge`);
    expect(server.comments.get(7)).toHaveLength(2);
    expectReportKept(run, 2104);
  });

  it('mode: comment with the comment API failing (5xx on every attempt): summary written, warning, exit 0', async () => {
    withBaseline();
    const fork = pullRequestEvent({ baseSha: sha.a, headSha: sha.head, fork: true });
    const pr = await compare(3101, { comment: 'never', 'fail-on': 'never' }, fork);
    expect(pr.code, pr.stdout).toBe(0);
    server.pulls.set(7, sha.head);
    server.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: Infinity });
    const trusted = tempDir('perfgate-ws-');
    mkdirSync(join(trusted, 'empty'));
    const event = {
      action: 'completed',
      workflow_run: { id: 3101, head_sha: sha.head, pull_requests: [], conclusion: 'success' },
      repository,
    };
    const run = await runAction({
      bundle: built.bundle,
      server,
      workspace: trusted,
      inputs: { mode: 'comment' },
      eventName: 'workflow_run',
      event,
      runId: 3102,
      sha: sha.a,
      ref: 'refs/heads/main',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^::warning::perfgate: could not post the pull-request comment: HTTP 502/m);
    expect(run.summary).toContain('example.com/shop.findPrice');
    expect(run.summary).toContain('could not be posted');
    expect(server.requests('POST', /\/issues\/7\/comments$/).length).toBeGreaterThan(1);
    expectTokenSafe(run);
  }, 40_000);
});
