// End-to-end test of the shard recipe: the bundle runs in compare mode for two matrix shards of
// one workflow run (comment: never, fail-on: never, baseline-path with the demo runs), then once
// in `mode: merge` expecting three keys, against the loopback fake of GitHub. One comment, naming
// the missing shard; the verdict is partial.

import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import {
  buildBundle,
  pullRequestEvent,
  removeTempDirs,
  runAction,
  tempDir,
  token,
  type ActionRun,
} from './run-action.js';
import { readZip, writeZip } from './zip.js';
import { parseAs } from '../typed.js';

/** The part of the merged report.json these tests read. */
type MergedReport = { shards: { key: string; status: string }[]; reasons: string[] };

const sha = { base: 'a'.repeat(40), head: 'e'.repeat(40), merge: 'f'.repeat(40) };
const runId = 3001;
let bundle = '';
let server: FakeGitHub;

const prEvent = pullRequestEvent({ baseSha: sha.base, headSha: sha.head });

/** A shard's workspace: base runs under base/, head runs (`head` or again `base`) under perf/. */
function workspace(head: 'base' | 'head'): string {
  const ws = tempDir('perfgate-ws-');
  cpSync('fixtures/_gen/shop/go.mod', join(ws, 'go.mod'));
  cpSync('fixtures/_gen/shop/shop.go', join(ws, 'shop.go'));
  cpSync('fixtures/demo/base', join(ws, 'base'), { recursive: true });
  for (let i = 1; i <= 5; i++)
    cpSync(`fixtures/demo/${head}/run${i}`, join(ws, 'perf', `run${i}`), { recursive: true });
  return ws;
}

function step(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    bundle,
    server,
    workspace: ws,
    inputs,
    eventName: 'pull_request',
    event: prEvent,
    runId,
    sha: sha.merge,
    ref: 'refs/pull/7/merge',
  });
}

function shard(key: string, head: 'base' | 'head', runAttempt = 1): Promise<ActionRun> {
  const inputs = {
    mode: 'compare',
    key,
    runs: 'perf/*',
    'baseline-path': 'base',
    comment: 'never',
    'fail-on': 'never',
  };
  return runAction({
    bundle,
    server,
    workspace: workspace(head),
    inputs,
    eventName: 'pull_request',
    event: prEvent,
    runId,
    sha: sha.merge,
    ref: 'refs/pull/7/merge',
    runAttempt,
  });
}

function merge(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return step(tempDir('perfgate-ws-'), { mode: 'merge', 'expect-keys': 'shard-a, shard-b, shard-c', ...inputs });
}

beforeAll(() => {
  bundle = buildBundle();
}, 120_000);

afterAll(() => removeTempDirs());

beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

describe('mode: merge', () => {
  it('merges two of three shards into one comment that names the missing shard, with a partial verdict', async () => {
    const a = await shard('shard-a', 'head');
    expect(a.code, a.stdout + a.stderr).toBe(0);
    expect(a.outputs['verdict']).toBe('fail');
    const b = await shard('shard-b', 'base');
    expect(b.code, b.stdout + b.stderr).toBe(0);
    expect(server.comments.get(7) ?? []).toHaveLength(0);
    // Another run's report with a shard key: not this run's, never merged.
    server.addArtifact({ name: 'perfgate-report-shard-c', runId: 2999, zip: writeZip({ 'report.json': '{}' }) });

    const m = await merge();
    expect(m.code, m.stdout + m.stderr).toBe(1);
    expect(m.outputs['verdict']).toBe('fail');
    expect(m.stdout).toMatch(/^::warning::perfgate: partial result: shard shard-c missing/m);
    const comments = server.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('<!-- perfgate:comment:default -->');
    expect(body).toContain('## ❌ perfgate: fail');
    expect(body).toContain('**Partial result**: 1 of 3 shards did not report: `shard-c` (missing)');
    expect(body).toContain('### Shard `shard-a`');
    expect(body).toContain('### Shard `shard-b`');
    expect(body).toMatch(/\| `shard-b` \| ✅ pass \|/);
    expect(body).toMatch(/\| `shard-c` \| ❗ missing \|/);
    expect(body).toContain('False-discovery control across all 3 shards');
    expect(m.summary).toContain('**Partial result**');
    const report = parseAs<MergedReport>(readFileSync(m.outputs['report-json'] as string, 'utf8'));
    expect(report).toMatchObject({ verdict: 'fail', partial: true, key: 'default' });
    expect(report.shards.map((s) => `${s.key}:${s.status}`)).toEqual(['shard-a:ok', 'shard-b:ok', 'shard-c:missing']);
    expect(report.reasons.at(-1)).toBe('shard shard-c left no report: the result is partial');
    expect(server.requests('GET', /\/actions\/runs\/3001\/artifacts/).length).toBeGreaterThan(0);
    expect(server.requests('GET', /\/actions\/runs\/2999\//)).toHaveLength(0);
    // The runner hides a masked value (`::add-mask::`) everywhere else in the log.
    for (const r of [a, b, m])
      expect((r.stdout + r.stderr + r.summary).replace(/^::add-mask::.*$/gm, '')).not.toContain(token);

    // A re-run updates the one comment in place.
    const again = await merge();
    expect(again.code).toBe(1);
    expect(server.comments.get(7)).toHaveLength(1);
  }, 120_000);

  it('passing shards with one missing are at least warn; a corrupt shard report is a failed shard', async () => {
    expect((await shard('shard-a', 'base')).code).toBe(0);
    server.addArtifact({
      name: 'perfgate-report-shard-b',
      runId,
      zip: writeZip({ 'report.json': '{"schemaVersion":2,"verdict":"pass","key":"<img src=x>"}' }),
    });
    const m = await merge({ 'fail-on': 'warn' });
    expect(m.code, m.stdout + m.stderr).toBe(1);
    expect(m.outputs['verdict']).toBe('warn');
    expect(m.stdout).toMatch(
      /^::warning::perfgate: shard shard-b: could not read its report: tool: expected an object/m,
    );
    const body = server.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain('## ⚠️ perfgate: warn');
    expect(body).toContain('2 of 3 shards did not report: `shard-b` (failed), `shard-c` (missing)');
    expect(body).not.toContain('<img');
    const files = readZip(server.artifacts.find((x) => x.name === 'perfgate-report-shard-a')?.zip as Buffer);
    expect(files.has('report.json')).toBe(true);
  }, 120_000);

  it('after "Re-run failed jobs", merges the re-run shard`s report, not the first attempt`s', async () => {
    expect((await shard('shard-a', 'head')).code).toBe(0); // attempt 1: the regression
    expect((await shard('shard-b', 'base')).code).toBe(0);
    const again = await shard('shard-a', 'base', 2); // attempt 2 re-runs shard-a only: no regression
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/could not upload/);
    const m = await runAction({
      bundle,
      server,
      workspace: tempDir('perfgate-ws-'),
      inputs: { mode: 'merge', 'expect-keys': 'shard-a,shard-b' },
      eventName: 'pull_request',
      event: prEvent,
      runId,
      sha: sha.merge,
      ref: 'refs/pull/7/merge',
      runAttempt: 2,
    });
    expect(m.code, m.stdout + m.stderr).toBe(0);
    expect(m.outputs['verdict']).toBe('pass');
    const report = parseAs<MergedReport>(readFileSync(m.outputs['report-json'] as string, 'utf8'));
    expect(report.shards.map((x) => `${x.key}:${x.status}`)).toEqual(['shard-a:ok', 'shard-b:ok']);
  }, 180_000);

  it('with no shard reports and no expect-keys, fails the step saying what to do', async () => {
    const m = await step(tempDir('perfgate-ws-'), { mode: 'merge' });
    expect(m.code).toBe(1);
    expect(m.stdout).toContain('no perfgate-report-* artifacts in workflow run 3001');
    expect(server.comments.get(7) ?? []).toHaveLength(0);
  }, 60_000);
});
