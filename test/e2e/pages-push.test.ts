// Publishing to a pages branch with the Git Data API, in process against the loopback fake (the
// Action end to end: pages.test.ts): the branch is created when missing, what it holds stays, two
// jobs racing on one branch both keep their files (the loser re-reads the ref and builds on top),
// the retry is bounded and waits through the injected clock, and a token without contents: write
// is refused without retries.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { recordingClock } from '../recording-clock.js';
import { FakeGitHub, owner, repo } from './fake-github.js';
import { workflowGrant } from './fake-github-rules.js';

// @actions/github reads GITHUB_API_URL when it is first imported: start the fake, then import.
const server = new FakeGitHub();
await server.start();
process.env['GITHUB_API_URL'] = server.url;
const { restClient, statusOf } = await import('../../src/github/rest-client.js');
const { pushFiles } = await import('../../src/github/pages-push.js');

const writer = 'ghs_pagesWRITEtoken0123456789';
const reader = 'ghs_pagesREADtoken0123456789';
server.grant(writer, { repository: true, scopes: { ...workflowGrant.scopes, contents: 'write' } });
server.grant(reader, workflowGrant);
const policy = { attempts: 4, baseDelayMs: 50, inlineBatchBytes: 1 << 20 };
const { clock, waits } = recordingClock();
const rest = restClient(writer);
const file = (path: string, text: string): { path: string; content: Buffer } => ({ path, content: Buffer.from(text) });
const request = { owner, repo, branch: 'gh-pages', message: 'perfgate: test' };
/** A job's request: `files` in its own folder, an index of pr/7 from the branch as it is. */
const job = (folder: string, files: { path: string; content: Buffer }[], own = folder.split('/').pop() ?? '') => ({
  ...request,
  folder,
  files,
  extra: indexOf(own),
});

afterAll(() => server.stop());
beforeEach(() => {
  waits.length = 0;
  server.git.refs.clear();
  server.git.rejectedUpdates = 0;
  server.faults.length = 0;
});

/** An index of pr/7 as this attempt sees it plus the job's own run (as pr/<n>/index.html is). */
function indexOf(own: string) {
  return async (list: (path: string) => Promise<string[]>) => {
    const names = new Set(await list('pr/7'));
    names.add(own);
    return [file('pr/7/index.html', [...names].sort().join('\n'))];
  };
}

const posts = (path: RegExp, since: number): number =>
  server.log.slice(since).filter((r) => r.method === 'POST' && path.test(r.url)).length;

describe('pushFiles', () => {
  it('creates a missing branch with an orphan commit, then adds to it and keeps what it holds', async () => {
    const first = await pushFiles(
      rest,
      { ...request, folder: 'history/default', files: [file('index.html', 'h1')] },
      policy,
      clock,
    );
    expect(first.attempts).toBe(1);
    expect(server.git.history('gh-pages')).toHaveLength(1);
    expect(server.git.history('gh-pages')[0]?.parents).toEqual([]);
    await pushFiles(rest, job('pr/7/1-1-default', [file('index.html', 'fg')]), policy, clock);
    const files = server.git.files('gh-pages');
    expect(files.get('history/default/index.html')?.toString()).toBe('h1');
    expect(files.get('pr/7/1-1-default/index.html')?.toString()).toBe('fg');
    expect(files.get('pr/7/index.html')?.toString()).toBe('1-1-default');
    expect(server.git.history('gh-pages')).toHaveLength(2);
    expect(waits).toEqual([]);
  });

  it("writes the job's files and keeps every other file of the branch", async () => {
    const others = { 'history/default/old.html': 'old', 'history/other/index.html': 'other', CNAME: 'perf.acme.dev' };
    server.git.seed('gh-pages', { ...others, 'history/default/index.html': 'before' });
    await pushFiles(rest, { ...request, folder: 'history/default', files: [file('index.html', 'new')] }, policy, clock);
    const files = server.git.files('gh-pages');
    expect([...files.keys()].sort()).toEqual([...Object.keys(others), 'history/default/index.html'].sort());
    expect(files.get('history/default/index.html')?.toString()).toBe('new');
  });

  it('sends text inline in a few tree requests and only binary or large files as blobs', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => file(`page${i}.html`, `${i}`.padEnd(500, '.')));
    const binary = { path: 'cpu.diff.pb.gz', content: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe]) };
    const large = file('big.svg', 'x'.repeat(3000));
    const before = server.log.length;
    const batch = { ...policy, inlineBatchBytes: 2500 }; // five pages a tree request
    await pushFiles(rest, job('pr/7/3-1-default', [...texts, binary, large]), batch, clock);
    expect(posts(/\/git\/blobs$/, before)).toBe(2); // the gzip bytes, and the file larger than a batch
    expect(posts(/\/git\/trees$/, before)).toBe(30 / 5 + 1); // the folder in six, then the branch's tree
    const files = server.git.files('gh-pages');
    for (const f of [...texts, binary, large])
      expect(files.get(`pr/7/3-1-default/${f.path}`), f.path).toEqual(f.content);
  });

  it('two jobs racing on the branch both keep their pages; the loser rebuilds its index on top', async () => {
    server.git.seed('gh-pages', { README: 'site' });
    server.git.holdRefWrites(2); // both jobs have read the same commit before either update is answered
    const jobs = ['101-1-default', '102-1-default'].map((dir) =>
      pushFiles(rest, job(`pr/7/${dir}`, [file('index.html', dir)]), policy, clock),
    );
    const results = await Promise.all(jobs);
    expect(server.git.rejectedUpdates).toBe(1);
    expect(results.map((r) => r.attempts).sort()).toEqual([1, 2]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(policy.baseDelayMs);
    const files = server.git.files('gh-pages');
    expect(files.get('README')?.toString()).toBe('site');
    expect(files.get('pr/7/101-1-default/index.html')?.toString()).toBe('101-1-default');
    expect(files.get('pr/7/102-1-default/index.html')?.toString()).toBe('102-1-default');
    // The loser's second attempt saw the winner's folder, so the index names both runs.
    expect(files.get('pr/7/index.html')?.toString()).toBe(['101-1-default', '102-1-default', 'index.html'].join('\n'));
    expect(server.git.history('gh-pages')).toHaveLength(3);
  });

  it('two jobs creating the missing branch at once: the second gets "Reference already exists" and adds on top', async () => {
    server.git.holdRefWrites(2); // both saw no branch and made a first commit of their own
    const jobs = ['201-1-default', '202-1-default'].map((dir) =>
      pushFiles(rest, job(`pr/7/${dir}`, [file('index.html', dir)]), policy, clock),
    );
    const results = await Promise.all(jobs);
    expect(results.map((r) => r.attempts).sort()).toEqual([1, 2]);
    const files = server.git.files('gh-pages');
    expect(files.get('pr/7/201-1-default/index.html')?.toString()).toBe('201-1-default');
    expect(files.get('pr/7/202-1-default/index.html')?.toString()).toBe('202-1-default');
    expect(files.get('pr/7/index.html')?.toString()).toBe(['201-1-default', '202-1-default', 'index.html'].join('\n'));
    const history = server.git.history('gh-pages');
    expect(history).toHaveLength(2);
    expect(history[1]?.parents).toEqual([]);
  });

  it('gives up after the policy attempts when it keeps losing, waiting longer each time', async () => {
    server.git.seed('gh-pages', { README: 'site' });
    server.faults.push({
      method: 'PATCH',
      path: /\/git\/refs\//,
      status: 422,
      body: { message: 'Update is not a fast forward' },
      times: Infinity,
    });
    const push = pushFiles(rest, job('pr/7/4-1-default', [file('a.html', 'a')]), policy, clock);
    await expect(push).rejects.toThrow(/fast forward/);
    expect(waits).toHaveLength(policy.attempts - 1);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1] ?? 0);
    expect(server.git.files('gh-pages').has('pr/7/4-1-default/a.html')).toBe(false);
  });

  it('a token without contents: write is refused at once (403), with no retry', async () => {
    const before = server.log.length;
    const push = pushFiles(restClient(reader), job('pr/7/5-1-default', [file('a.html', 'a')]), policy, clock);
    const err: unknown = await push.catch((e: unknown) => e);
    expect(statusOf(err)).toBe(403);
    expect(waits).toEqual([]);
    expect(server.log.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 403']);
    expect(server.git.refs.size).toBe(0);
  });
});
