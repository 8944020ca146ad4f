// Unit tests of the Action's pure-ish parts: globbing the artifacts, mapping profile file names
// to repository paths (absolute and -trimpath module paths), the baseline history, the mode
// choice, annotation escaping, and the check on a report.json that came from a fork.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRecord } from '../src/engine/baseline/baseline-record.js';
import { appendHistory, readBaselineDir, type HistoryEntry } from '../src/engine/baseline/baseline-snapshot.js';
import { globPaths, globRegExp } from '../src/engine/read-inputs/glob-paths.js';
import { findGoModules, moduleLine, repoPathOf } from '../src/engine/workspace/source-paths.js';
import { annotateRegressions, annotationCommand } from '../src/github/annotations.js';
import { attemptName, newestFirst, splitAttempt } from '../src/github/artifact-store.js';
import { extractBounded, ZipBoundError } from '../src/github/bounded-zip.js';
import { isGhes } from '../src/github/environment.js';
import { forbiddenHint } from '../src/github/post-comment.js';
import { resolveMode } from '../src/github/run.js';
import { parseUntrustedReport } from '../src/github/untrusted-report.js';
import type { Finding } from '../src/model/finding.js';
import { defaultConfig } from '../src/model/config.js';
import { buildReport } from '../src/report/build-report.js';
import { renderJson } from '../src/report/render-json.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';
import { writeZip, zipBomb } from './e2e/zip.js';
import { parseAs, setAt } from './typed.js';

const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'perfgate-unit-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('globPaths', () => {
  it('matches **, *, ? and {a,b}, and excludes with !', async () => {
    const root = tree({
      'a/cpu.pprof': '',
      'a/b/mem.out': '',
      'bench.txt': '',
      'vendor/x/cpu.pprof': '',
      'node_modules/y/cpu.pprof': '',
      'notes.md': '',
    });
    const { files } = await globPaths(root, ['**/*.pprof', '**/{mem,cpu}.out', 'bench?txt', '!vendor/**']);
    expect(files).toEqual(['a/b/mem.out', 'a/cpu.pprof', 'bench.txt']);
  });
  it('finds run directories', async () => {
    const root = tree({ 'perf/run1/a': '', 'perf/run2/a': '', 'perf/run10/a': '' });
    expect((await globPaths(root, ['perf/*'])).dirs).toEqual(['perf/run1', 'perf/run2', 'perf/run10']);
  });
  it('anchors patterns', () => {
    expect(globRegExp('*.pprof').test('a/x.pprof')).toBe(false);
    expect(globRegExp('**/x.pprof').test('x.pprof')).toBe(true);
  });
});

describe('source paths', () => {
  const ws = tree({
    'go.mod': 'module example.com/shop // root\n\ngo 1.21\n',
    'shop.go': '',
    'tools/go.mod': 'module "example.com/shop/tools"\n',
    'tools/gen.go': '',
    'vendor/example.com/dep/go.mod': 'module example.com/dep\n',
  });
  it('reads module lines', () => {
    expect(moduleLine('// x\nmodule   example.com/a/v2\n')).toBe('example.com/a/v2');
    expect(moduleLine('go 1.21\n')).toBeUndefined();
  });
  it('maps -trimpath module paths through the nearest go.mod, and absolute paths under the workspace', async () => {
    const modules = await findGoModules(ws);
    expect(modules.map((m) => m.path)).toEqual(['example.com/shop/tools', 'example.com/shop']);
    expect(repoPathOf('example.com/shop/shop.go', ws, modules)).toBe('shop.go');
    expect(repoPathOf('example.com/shop/tools/gen.go', ws, modules)).toBe('tools/gen.go');
    expect(repoPathOf(join(ws, 'shop.go'), ws, modules)).toBe('shop.go');
  });
  it('refuses files outside the workspace or missing from it', async () => {
    const modules = await findGoModules(ws);
    expect(repoPathOf('runtime/proc.go', ws, modules)).toBeUndefined();
    expect(repoPathOf('/usr/lib/go/src/runtime/proc.go', ws, modules)).toBeUndefined();
    expect(repoPathOf(join(ws, '..', 'elsewhere.go'), ws, modules)).toBeUndefined();
    expect(repoPathOf('example.com/shop/../../etc/passwd', ws, modules)).toBeUndefined();
    expect(repoPathOf('example.com/shop/gone.go', ws, modules)).toBeUndefined();
  });
});

describe('baseline history', () => {
  const entry = (sha: string): HistoryEntry => ({
    commit: { sha, ref: 'main', workflowRunId: '1' },
    createdAt: '',
    runs: 1,
    metrics: {},
    profiles: [],
  });
  it('appends, replaces a re-run of the same commit, and keeps the newest N', () => {
    let h = appendHistory(undefined, entry('a'), 'k', 3);
    for (const sha of ['b', 'c', 'c', 'd']) h = appendHistory(h, entry(sha), 'k', 3);
    expect(h.entries.map((e) => e.commit.sha)).toEqual(['b', 'c', 'd']);
    expect(h).toMatchObject({ schema: 'perfgate.baseline-history', version: 2, key: 'k' });
    const nightly = appendHistory(h, { ...entry('d'), commit: { sha: 'd', ref: 'main', workflowRunId: '2' } }, 'k', 3);
    expect(nightly.entries.map((e) => `${e.commit.sha}${e.commit.workflowRunId}`)).toEqual(['c1', 'd1', 'd2']);
  });
});

describe('runRecord', () => {
  it('lays out runs, snapshot and history, with profile and trace metrics for bands', async () => {
    const stageDir = join(tree({}), 'stage');
    const files = ['cpu.pprof', 'bench.txt'].map((f) => ({ from: `fixtures/demo/base/run1/${f}`, rel: f }));
    files.push({ from: 'fixtures/gotrace/go1.23.trace', rel: 'trace.out' });
    const commit = { sha: 'c'.repeat(40), ref: 'main', workflowRunId: '9' };
    const previous = appendHistory(
      undefined,
      { commit: { ...commit, sha: 'b'.repeat(40) }, createdAt: '', runs: 1, metrics: {}, profiles: [] },
      'k',
      5,
    );
    const out = await runRecord({
      stageDir,
      runs: [{ name: 'run1', files }],
      config: defaultConfig('2026-01-01T00:00:00.000Z'),
      key: 'k',
      commit,
      previousHistory: previous,
      historyLimit: 5,
    });
    expect(out.files.map((f) => f.slice(stageDir.length + 1)).sort()).toEqual([
      'history.html',
      'history.json',
      'runs/run1/bench.txt',
      'runs/run1/cpu.pprof',
      'runs/run1/trace.out',
      'snapshot.json',
    ]);
    expect(out.snapshot.inputs.map((i) => i.path)).toContain('runs/run1/cpu.pprof');
    expect(out.snapshot.profiles.find((p) => p.kind === 'cpu')?.top[0]?.flatShare).toBeGreaterThan(0);
    expect(out.snapshot.metrics['trace.gc.per-second']).toHaveLength(1);
    expect(out.history.entries.map((e) => e.commit.sha[0])).toEqual(['b', 'c']);
    const read = await readBaselineDir(stageDir);
    expect(read.snapshot?.commit.sha).toBe(commit.sha);
    expect(read.history?.entries).toHaveLength(2);
    expect(read.warnings).toEqual([]);
  });
});

describe('mode', () => {
  it('auto records on push, compares on pull requests or with baseline-path, comments on workflow_run', () => {
    expect(resolveMode('auto', 'push', false)).toBe('record');
    expect(resolveMode('auto', 'push', true)).toBe('compare');
    expect(resolveMode('auto', 'pull_request', false)).toBe('compare');
    expect(resolveMode('auto', 'workflow_run', false)).toBe('comment');
    expect(resolveMode('record', 'pull_request', false)).toBe('record');
  });
});

const hostile = 'example.com/x.F,evil::\n::error file=/etc/passwd::%0Apwned';
const regression = (key: string, file: string, severity: 'warn' | 'fail' = 'fail'): Finding => ({
  id: 'hotspot.regression',
  severity,
  title: `${key}: flat cpu share 1% → 2%`,
  subject: { kind: 'function', key },
  evidence: {
    profileKind: 'cpu',
    sampleType: 'cpu/nanoseconds',
    metric: 'flat',
    normalization: 'total',
    file,
    line: 3,
    base: { mean: 0.01, sharePercent: 1, runs: [1] },
    head: { mean: 0.02, sharePercent: 2, runs: [2] },
    change: { delta: 0.01, ratio: 2, sharePoints: 1, countDeltaPerRun: 1 },
    stats: null,
    caveats: [],
  },
});

describe('annotations', () => {
  it('escapes names from the profile so they cannot start another workflow command', () => {
    const line = annotationCommand('error', regression(hostile, 'x.go'), 'a,b:c.go', 3);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/^::error file=a%2Cb%3Ac\.go,line=3,title=/);
    const props = line.slice('::error '.length, line.indexOf('::', 2));
    expect(props).not.toMatch(/[\n:]/);
    expect(props).toContain('title=perfgate%3A example.com/x.F%2Cevil%3A%3A ');
    expect(line).toContain('%250A');
  });
  it('annotates only files inside the workspace, within the per-step cap', async () => {
    const ws = tree({ 'go.mod': 'module example.com/x\n', 'x.go': '' });
    const modules = await findGoModules(ws);
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => regression(`example.com/x.F${i}`, 'example.com/x/x.go')),
      regression('runtime.mallocgc', 'runtime/malloc.go'),
    ];
    const lines: string[] = [];
    const outcome = annotateRegressions(findings, ws, modules, (l) => lines.push(l));
    expect(outcome).toEqual({ written: 8, outside: 1, capped: 4 });
    expect(lines.every((l) => l.startsWith('::error file=x.go,line=3,'))).toBe(true);
  });
});

describe('a report.json from another run', () => {
  const report = () => {
    const config = defaultConfig('2026-01-01T00:00:00.000Z');
    return buildReport(
      {
        verdict: 'fail',
        reasons: ['r'],
        findings: [regression('<img src=x onerror=alert(1)> @admin', 'x.go')],
        comparisons: [],
        unmatched: [],
      },
      { config, key: 'default', version: '0', inputs: [], diagnostics: [], baseRuns: 1, headRuns: 1 },
    );
  };
  it('is accepted when well-formed and renders with its strings escaped', () => {
    const parsed = parseUntrustedReport(renderJson(report()));
    const md = renderMarkdown(parsed);
    expect(md).toContain('`<img src=x onerror=alert(1)> @admin`');
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|@admin/);
  });
  it('is refused when a field printed as a number or a keyword holds text', () => {
    const bad =
      (path: (string | number)[], value: unknown): (() => unknown) =>
      () => {
        const r = parseAs<unknown>(renderJson(report()));
        setAt(r, path, value);
        return parseUntrustedReport(JSON.stringify(r));
      };
    expect(bad(['verdict'], '<b>pass</b>')).toThrow(/verdict/);
    expect(bad(['summary', 'fail'], '[click](https://evil)')).toThrow(/summary.fail/);
    expect(bad(['findings', 0, 'evidence', 'metric'], '<script>')).toThrow(/metric/);
    expect(bad(['findings', 0, 'evidence', 'base', 'sharePercent'], 'x')).toThrow(/sharePercent/);
    expect(bad(['schemaVersion'], 99)).toThrow(/schema version/);
    expect(() => parseUntrustedReport('not json')).toThrow(/not JSON/);
  });
});

describe('re-run attempts in artifact names', () => {
  it('attempt 1 keeps the plain name; later attempts add @attemptN, and the newest attempt sorts first', () => {
    expect(attemptName('perfgate-report-default', 1)).toBe('perfgate-report-default');
    expect(attemptName('perfgate-report-default', 3)).toBe('perfgate-report-default@attempt3');
    expect(splitAttempt('perfgate-report-a.attempt-2@attempt12')).toEqual({
      name: 'perfgate-report-a.attempt-2',
      attempt: 12,
    });
    const list = [
      { id: 9, name: 'x', attempt: 1, expired: false, sizeBytes: 1 },
      { id: 7, name: 'x@attempt2', attempt: 2, expired: false, sizeBytes: 1 },
    ];
    expect(list.sort(newestFirst).map((a) => a.id)).toEqual([7, 9]);
  });
});

describe('GitHub Enterprise Server and read-only tokens', () => {
  it('tells GHES hosts from github.com, GHE.com and localhost as @actions/artifact does', () => {
    expect(isGhes('https://github.com')).toBe(false);
    expect(isGhes('https://octo.ghe.com')).toBe(false);
    expect(isGhes('http://localhost:3000')).toBe(false);
    expect(isGhes('https://github.example.com')).toBe(true);
  });
  it('says what to do about a 403 on the comment, by who opened the pull request', () => {
    const pr = (fromFork: boolean) => ({ number: 7, baseRef: 'main', baseSha: 'a', headSha: 'b', fromFork });
    expect(forbiddenHint({ actor: 'dependabot[bot]', eventName: 'pull_request', pullRequest: pr(false) })).toMatch(
      /Dependabot.*workflow_run/,
    );
    expect(forbiddenHint({ actor: 'octocat', eventName: 'pull_request', pullRequest: pr(true) })).toMatch(
      /forks.*workflow_run/,
    );
    expect(forbiddenHint({ actor: 'octocat', eventName: 'pull_request', pullRequest: pr(false) })).toBe(
      'Grant pull-requests: write.',
    );
  });
});

describe('an untrusted zip is read within bounds before anything is written', () => {
  const bounds = { maxZipBytes: 64 * 1024 * 1024, maxEntries: 100, maxFileBytes: 8 * 1024 * 1024 };
  it('reads only the wanted entries', () => {
    const files = extractBounded(
      writeZip({ 'report.json': '{"a":1}', 'pr.json': '{}', 'other.bin': 'x' }),
      ['report.json', 'pr.json'],
      bounds,
    );
    expect([...files.keys()].sort()).toEqual(['pr.json', 'report.json']);
    expect(files.get('report.json')?.toString()).toBe('{"a":1}');
  });
  it('refuses a 6 MB zip that inflates to 6 GB, whatever size it declares, after at most the bound', () => {
    const bomb = zipBomb('report.json', 6 * 1024, 100);
    expect(bomb.length).toBeLessThan(7 * 1024 * 1024);
    expect(() => extractBounded(bomb, ['report.json'], bounds)).toThrow(/inflates to more than 8388608 bytes/);
    expect(() => extractBounded(zipBomb('report.json', 16, 16 * 1024 * 1024), ['report.json'], bounds)).toThrow(
      /16777216 bytes inflated/,
    );
  });
  it('refuses too many entries and too large an archive before reading any entry', () => {
    const many = writeZip(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x'])));
    expect(() => extractBounded(many, ['f0'], bounds)).toThrow(ZipBoundError);
    expect(() => extractBounded(writeZip({ a: 'x'.repeat(1000) }), ['a'], { ...bounds, maxZipBytes: 100 })).toThrow(
      /more than 100/,
    );
  });
});
