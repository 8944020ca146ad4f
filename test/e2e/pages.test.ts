// The `pages-branch` input end to end: the bundled Action against the loopback fake's Git Data
// API. Record publishes the history page; a pull request publishes its flame graph pages and report
// and its comment links them; two jobs racing on the branch both keep their pages; a fork's run
// and an unset input make no Git Data call; a token without contents: write only warns.
// (pushFiles in process, with the injected clock: pages-push.test.ts.)

import { describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { workflowGrant } from './fake-github-rules.js';
import { e2eHooks, pushRun, runOnPullRequest, runOnPush, token, type ActionRun } from './run-action.js';

vi.setConfig({ testTimeout: 180_000 });

const sha = { a: 'a'.repeat(40) };
const site = 'https://o.github.io/r/';
const pages = { 'pages-branch': 'gh-pages' };
let server: FakeGitHub;
const built = e2eHooks(sha.a, (s) => (server = s));

function allowContentsWrite(): void {
  server.grant(token, { repository: true, scopes: { ...workflowGrant.scopes, contents: 'write' } });
}

function withBaseline(...keys: string[]): void {
  server.runs.push(pushRun(1001, sha.a));
  for (const key of keys) server.addArtifact({ name: `perfgate-baseline-${key}`, runId: 1001, zip: built.baselineZip });
}

function record(o: Partial<Parameters<typeof runOnPush>[0]> = {}): Promise<ActionRun> {
  return runOnPush({ bundle: built.bundle, server, runId: 1001, commit: sha.a, inputs: pages, ...o });
}

function compare(runId: number, inputs: Record<string, string>, fork = false): Promise<ActionRun> {
  return runOnPullRequest({ bundle: built.bundle, server, runId, baseSha: sha.a, inputs, fork });
}

function commentOf(key: string): string {
  const marker = `<!-- perfgate:comment:${key} -->`;
  return server.comments.get(7)?.find((c) => c.body.includes(marker))?.body ?? '';
}

const gitCalls = (): number => server.log.filter((r) => r.url.includes('/git/')).length;

describe('pages-branch', () => {
  it('record publishes the history page; the pull request comment links its pages and the history', async () => {
    allowContentsWrite();
    server.runs.push(pushRun(1001, sha.a));
    const recorded = await record();
    expect(recorded.code, recorded.stdout).toBe(0);
    expect(recorded.summary).toContain(`[history](${site}history/default/index.html)`);
    let files = server.git.files('gh-pages');
    expect(files.get('history/default/index.html')?.toString()).toMatch(/^<!doctype html>/i);
    expect(JSON.parse(files.get('history/default/history.json')?.toString() ?? '{}')).toMatchObject({
      entries: [{ commit: { sha: sha.a } }],
    });
    expect(files.has('.nojekyll')).toBe(true);
    expect(files.get('history/index.html')?.toString()).toContain('href="default/index.html"');

    const run = await compare(2001, pages);
    expect(run.code, run.stdout).toBe(1); // the demo head regresses: the gate fails, as without pages
    const folder = 'pr/7/2001-1-default';
    files = server.git.files('gh-pages');
    expect(files.has('history/default/index.html')).toBe(true); // kept
    for (const name of ['index.html', 'report.md', 'report.json', 'pr.json', 'cpu-cpu.html', 'cpu-cpu.svg'])
      expect(files.has(`${folder}/${name}`), name).toBe(true);
    // What the flame graph index links is there too (the demo is far below the 25 MiB bound).
    for (const name of ['cpu-cpu.base.folded', 'cpu-cpu.head.folded', 'cpu.diff.pb.gz'])
      expect(files.has(`${folder}/${name}`), name).toBe(true);
    expect(files.get(`${folder}/report.md`)?.toString()).toContain('perfgate: fail');
    expect(files.get('pr/7/index.html')?.toString()).toContain('href="2001-1-default/index.html"');
    expect(files.get('pr/index.html')?.toString()).toContain('<a href="7/index.html">#7</a>');
    expect(files.get('history/index.html')?.toString()).toContain('href="default/index.html"'); // kept
    const body = commentOf('default');
    expect(body).toContain(`[flame graphs](${site}${folder}/index.html)`);
    expect(body).toContain(`[report](${site}${folder}/report.md)`);
    expect(body).toContain(`(${site}pr/7/index.html)`);
    expect(body).toContain(`[base branch history](${site}history/default/index.html)`);
    // The regressed profile's flame graph is one click away, on the pages rather than in the zip.
    expect(body).toContain(`[\`cpu-cpu.html\`](${site}${folder}/cpu-cpu.html)`);
    expect(body).not.toContain('in [the report artifact]');
    expect(run.summary).toContain(`${site}${folder}/index.html`);
    expect(server.git.history('gh-pages')).toHaveLength(2);
  });

  it('two jobs pushing at once both keep their pages, and the pull request index lists both runs', async () => {
    allowContentsWrite();
    withBaseline('a', 'b');
    server.git.seed('gh-pages', { 'index.html': 'the site' });
    server.git.holdRefWrites(2); // both read the same branch commit; the update answered second loses
    const [a, b] = await Promise.all([
      compare(2001, { ...pages, key: 'a' }),
      compare(2002, { ...pages, key: 'b', 'pages-url': 'https://perf.example.org/site' }),
    ]);
    expect(a?.code, a?.stdout).toBe(1);
    expect(b?.code, b?.stdout).toBe(1);
    expect(server.git.rejectedUpdates).toBe(1);
    expect(`${a?.stdout ?? ''}${b?.stdout ?? ''}`).toContain('after 1 lost race(s) with other jobs');
    const files = server.git.files('gh-pages');
    expect(files.get('index.html')?.toString()).toBe('the site');
    expect(files.has('pr/7/2001-1-a/cpu-cpu.html')).toBe(true);
    expect(files.has('pr/7/2002-1-b/cpu-cpu.html')).toBe(true);
    const index = files.get('pr/7/index.html')?.toString() ?? '';
    expect(index).toContain('href="2001-1-a/index.html"');
    expect(index).toContain('href="2002-1-b/index.html"');
    expect(commentOf('a')).toContain(`(${site}pr/7/2001-1-a/index.html)`);
    expect(commentOf('b')).toContain('(https://perf.example.org/site/pr/7/2002-1-b/index.html)');
    expect(server.git.history('gh-pages')).toHaveLength(3);
  });

  it("a fork's run publishes nothing, even with a token that could", async () => {
    allowContentsWrite();
    withBaseline('default');
    const run = await compare(2001, pages, true);
    expect(run.stdout).toContain('pages-branch is set, but nothing is published: the pull request comes from a fork');
    expect(gitCalls()).toBe(0);
    expect(server.git.refs.size).toBe(0);
    expect(commentOf('default')).not.toContain('Published pages');
  });

  it('unset, it makes no Git Data call; without contents: write it warns and the gate is unchanged', async () => {
    withBaseline('default');
    const off = await compare(2001, {});
    expect(gitCalls()).toBe(0);
    const denied = await compare(2002, pages);
    expect(gitCalls()).toBeGreaterThan(0);
    expect(denied.stdout).toMatch(
      /::warning::perfgate: could not publish to the gh-pages branch: HTTP 403: .*\(the token needs contents: write\)/,
    );
    expect(denied.summary).toContain('Pages were not published to');
    expect(denied.code).toBe(off.code);
    expect(denied.outputs['verdict']).toBe(off.outputs['verdict']);
    expect(commentOf('default')).not.toContain('Published pages');
    expect(server.git.refs.size).toBe(0);
  });

  it('on GitHub Enterprise Server it publishes the history, asks for pages-url in the log, and links nothing', async () => {
    allowContentsWrite();
    const run = await record({ serverUrl: 'https://ghe.example.com' });
    expect(run.code, run.stdout).toBe(0);
    expect(server.git.files('gh-pages').has('history/default/index.html')).toBe(true);
    expect(run.stdout).toContain('pages-url must be set to link the published pages');
    expect(run.summary).not.toContain('Published pages');
  });

  it('mode merge links the pages its shards published in this run, the newest attempt of each', async () => {
    allowContentsWrite();
    withBaseline('a', 'b');
    server.git.seed('gh-pages', {
      'pr/7/2999-1-a/index.html': 'an older run',
      'pr/7/3001-1-b/index.html': 'attempt 1',
    });
    const shards = { ...pages, comment: 'never', 'fail-on': 'never' };
    for (const [key, attempt] of [
      ['a', 1],
      ['b', 2],
    ] as const) {
      const shard = await runOnPullRequest({
        bundle: built.bundle,
        server,
        runId: 3001,
        runAttempt: attempt,
        baseSha: sha.a,
        inputs: { ...shards, key },
      });
      expect(shard.code, shard.stdout).toBe(0);
    }
    const merged = await runOnPullRequest({
      bundle: built.bundle,
      server,
      runId: 3001,
      runAttempt: 2,
      baseSha: sha.a,
      inputs: { ...pages, mode: 'merge', 'expect-keys': 'a,b' },
    });
    expect(merged.code, merged.stdout).toBe(1);
    const body = commentOf('default');
    expect(body).toContain(`(${site}pr/7/3001-1-a/index.html)`);
    expect(body).toContain(`(${site}pr/7/3001-2-b/index.html)`);
    expect(body).toContain(`(${site}pr/7/index.html)`);
    expect(body).not.toContain('2999-1-a');
    expect(body).not.toContain('3001-1-b');
    expect(merged.summary).toContain(`(${site}pr/7/3001-2-b/index.html)`);
  });
});
