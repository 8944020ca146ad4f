// The pieces of `pages-branch` publishing that need no server: the site's base URL, who may
// publish, the inputs' checks, the byte bound and its order, the pull request's index page, and
// the link escaping. (The push itself: e2e/pages-push.test.ts; the Action: e2e/pages.test.ts.)

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionEnvironment } from '../src/github/environment.js';
import { readInputs, type ActionInputs } from '../src/github/inputs.js';
import { renderHistoryIndex, renderPullRequestsIndex, renderRunsIndex } from '../src/github/pages-index.js';
import { boundedFiles, pagesBaseUrl, publishBlocked } from '../src/github/pages-publish.js';
import { safeUrl } from '../src/report/escape.js';

const env = (o: Partial<ActionEnvironment>): ActionEnvironment =>
  ({
    owner: 'Acme',
    repo: 'shop',
    serverUrl: 'https://github.com',
    actor: 'octocat',
    refName: 'main',
    payload: {},
    base: undefined,
    pullRequest: undefined,
    ...o,
  }) as ActionEnvironment;
const inputs = (pagesUrl = ''): ActionInputs => ({ pagesUrl }) as ActionInputs;

describe('pagesBaseUrl', () => {
  it('derives the project site on github.com, and the user site for <owner>.github.io', () => {
    expect(pagesBaseUrl({ inputs: inputs(), env: env({}) })).toBe('https://acme.github.io/shop/');
    expect(pagesBaseUrl({ inputs: inputs(), env: env({ repo: 'Acme.github.io' }) })).toBe('https://acme.github.io/');
  });
  it('takes pages-url as given (with a trailing slash), and derives nothing on GitHub Enterprise Server', () => {
    expect(pagesBaseUrl({ inputs: inputs('https://perf.acme.dev'), env: env({}) })).toBe('https://perf.acme.dev/');
    expect(pagesBaseUrl({ inputs: inputs(), env: env({ serverUrl: 'https://git.acme.corp' }) })).toBeUndefined();
    expect(
      pagesBaseUrl({ inputs: inputs('https://p.acme.corp/x/'), env: env({ serverUrl: 'https://git.acme.corp' }) }),
    ).toBe('https://p.acme.corp/x/');
  });
});

describe('publishBlocked', () => {
  const pr = { number: 7, baseRef: 'main', baseSha: 'a', headSha: 'b', fromFork: false };
  it("blocks a fork's pull request and Dependabot, not a pull request from the repository itself", () => {
    expect(publishBlocked(env({ pullRequest: pr }), 'gh-pages')).toBeUndefined();
    expect(publishBlocked(env({}), 'gh-pages')).toBeUndefined();
    expect(publishBlocked(env({ pullRequest: { ...pr, fromFork: true } }), 'gh-pages')).toMatch(/fork/);
    expect(publishBlocked(env({ pullRequest: pr, actor: 'dependabot[bot]' }), 'gh-pages')).toMatch(/Dependabot/);
  });
  it('never pushes to a branch the workflow builds: this push, the base, the default branch', () => {
    const built = /is a branch this workflow builds/;
    expect(publishBlocked(env({ refName: 'main' }), 'main')).toMatch(built);
    expect(publishBlocked(env({ pullRequest: pr, base: { ref: 'release', sha: 'a' } }), 'release')).toMatch(built);
    const payload = { repository: { default_branch: 'trunk' } };
    expect(publishBlocked(env({ refName: 'nightly', payload }), 'trunk')).toMatch(built);
    expect(publishBlocked(env({ refName: 'nightly', payload }), 'gh-pages')).toBeUndefined();
  });
});

describe('pages inputs', () => {
  const read = (branch: string, url = ''): ActionInputs => {
    process.env['INPUT_PAGES-BRANCH'] = branch;
    process.env['INPUT_PAGES-URL'] = url;
    try {
      return readInputs();
    } finally {
      delete process.env['INPUT_PAGES-BRANCH'];
      delete process.env['INPUT_PAGES-URL'];
    }
  };
  it('are off by default and take a branch name and an http(s) URL', () => {
    expect(read('')).toMatchObject({ pagesBranch: '', pagesUrl: '' });
    expect(read('gh-pages', 'https://x.dev/site')).toMatchObject({
      pagesBranch: 'gh-pages',
      pagesUrl: 'https://x.dev/site',
    });
    expect(read('perf/pages')).toMatchObject({ pagesBranch: 'perf/pages' });
  });
  it('refuse what is not a branch name or not an http(s) URL, naming the input', () => {
    for (const bad of ['a..b', '-x', 'x/', 'a b', 'x.lock', 'refs/heads/../x'])
      expect(() => read(bad), bad).toThrow(/input pages-branch/);
    expect(() => read('gh-pages', 'javascript:alert(1)')).toThrow(/input pages-url/);
  });
});

describe('boundedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perfgate-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, bytes: number): string => {
    writeFileSync(join(dir, name), 'x'.repeat(bytes));
    return join(dir, name);
  };
  it('keeps reports, the index, pages, SVGs, then the rest, and names what does not fit', async () => {
    const paths = [
      put('cpu.diff.pb.gz', 10),
      put('cpu-cpu.svg', 40),
      put('cpu-cpu.html', 50),
      put('index.html', 20),
      put('report.md', 30),
      put('report.json', 30),
    ];
    const all = await boundedFiles(dir, paths, 1000);
    expect(all.files.map((f) => f.path)).toEqual([
      'report.md',
      'report.json',
      'index.html',
      'cpu-cpu.html',
      'cpu-cpu.svg',
      'cpu.diff.pb.gz',
    ]);
    const some = await boundedFiles(dir, paths, 95);
    expect(some.files.map((f) => f.path)).toEqual(['report.md', 'report.json', 'index.html', 'cpu.diff.pb.gz']);
    expect(some.skipped).toEqual(['cpu-cpu.html', 'cpu-cpu.svg']);
    expect(some.files.reduce((n, f) => n + f.content.length, 0)).toBeLessThanOrEqual(95);
  });
});

describe('renderRunsIndex', () => {
  it('lists the runs newest first, ignores other names, and escapes', () => {
    const html = renderRunsIndex(
      7,
      ['9-1-default', 'index.html', '12-2-a', '12-1-a', '<b>'],
      'https://github.com/o/r/actions/runs',
    );
    const order = ['12-2-a', '12-1-a', '9-1-default'].map((n) => html.indexOf(`href="${n}/index.html"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('3 published runs');
    expect(html).toContain('href="https://github.com/o/r/actions/runs/12/attempts/2"');
    expect(html).not.toContain('<b>');
  });
});

describe('renderPullRequestsIndex and renderHistoryIndex', () => {
  it('list pull requests newest first and keys by name, ignoring other names', () => {
    const prs = renderPullRequestsIndex(['7', 'index.html', '12', '9']);
    const at = ['12', '9', '7'].map((n) => prs.indexOf(`href="${n}/index.html"`));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(prs).not.toContain('index.html/index.html');
    const keys = renderHistoryIndex(['index.html', 'shard-b', 'default', '<x>']);
    expect(keys.indexOf('href="default/index.html"')).toBeLessThan(keys.indexOf('href="shard-b/index.html"'));
    expect(keys).not.toContain('index.html/index.html');
    expect(keys).not.toContain('<x>');
  });
});

describe('safeUrl', () => {
  it('passes http(s) URLs with link-ending characters encoded, and refuses other schemes', () => {
    expect(safeUrl('https://o.github.io/r/pr/7/index.html')).toBe('https://o.github.io/r/pr/7/index.html');
    expect(safeUrl('https://x.dev/a (b)"c\'<d>')).toBe('https://x.dev/a%20%28b%29%22c%27%3Cd%3E');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('the comment links the published flame graphs', () => {
  it('links each regressed flame graph page and the index, instead of the zip, with the URL escaped', async () => {
    const { runCompare } = await import('../src/engine/compare.js');
    const { defaultConfig } = await import('../src/model/config.js');
    const { renderMarkdown } = await import('../src/report/markdown/render-markdown.js');
    const { report } = await runCompare({
      baseDirs: ['fixtures/demo/base'],
      headDirs: ['fixtures/demo/head'],
      config: defaultConfig('2026-01-01T00:00:00.000Z'),
    });
    const links = { artifact: 'https://github.com/o/r/actions/runs/1/artifacts/2' };
    const pages = 'https://o.github.io/r/pr/7/1-1-default/';
    const published = renderMarkdown({ ...report, links: { ...links, pages } });
    expect(published).toContain(
      `Differential flame graphs of the regressed profiles: [\`cpu-cpu.html\`](${pages}cpu-cpu.html)`,
    );
    expect(published).toContain(`([all flame graphs](${pages}index.html))`);
    expect(published).not.toContain('in [the report artifact]');
    const hostile = renderMarkdown({ ...report, links: { pages: 'https://x.dev/a)(b "c/' } });
    expect(hostile).toContain('(https://x.dev/a%29%28b%20%22c/cpu-cpu.html)');
    const script = renderMarkdown({ ...report, links: { pages: 'javascript:alert(1)//' } });
    expect(script).not.toContain('javascript:');
  });
});
