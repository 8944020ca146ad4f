// Fail-open (#18.5): a gate never passes on input it could not read. Head runs made from the
// base runs themselves (so the comparison alone would pass), then broken: profiles cut in half,
// bench output removed, or no head runs at all. The verdict must be at least inconclusive with
// the reason in the headline, and `fail-on` decides the exit: `fail` and `warn` fail, `never` passes.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { runMerge } from '../src/engine/merge-shards.js';
import { defaultConfig, type FailOn } from '../src/model/config.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';

const root = mkdtempSync(join(tmpdir(), 'perfgate-fail-open-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** base and head as copies of the demo's base runs, then `breakHead` applied to each head run. */
function sides(
  name: string,
  breakRun: (runDir: string) => void,
  side: 'head' | 'base' = 'head',
): { base: string; head: string } {
  const dir = join(root, name);
  for (const s of ['base', 'head']) cpSync('fixtures/demo/base', join(dir, s), { recursive: true });
  const broken = join(dir, side);
  for (const run of readdirSync(broken)) breakRun(join(broken, run));
  return { base: join(dir, 'base'), head: join(dir, 'head') };
}

function truncateProfiles(runDir: string): void {
  for (const f of readdirSync(runDir).filter((n) => n.endsWith('.pprof'))) {
    const bytes = readFileSync(join(runDir, f));
    writeFileSync(join(runDir, f), bytes.subarray(0, Math.floor(bytes.length / 2)));
  }
}

async function compare(dirs: { base: string; head: string }, failOn: FailOn = 'fail') {
  const config = defaultConfig('2026-01-01T00:00:00.000Z');
  config.failOn = failOn;
  return runCompare({ baseDirs: [dirs.base], headDirs: [dirs.head], config });
}

describe('an unreadable head', () => {
  it('A vs A passes (the control)', async () => {
    const outcome = await compare(sides('control', () => {}));
    expect(outcome.report.verdict).toBe('pass');
    expect(outcome.gateFailed).toBe(false);
  });

  it('truncated profiles and removed bench output: inconclusive, reasons in the headline, the gate fails', async () => {
    const dirs = sides('truncated', (run) => {
      truncateProfiles(run);
      rmSync(join(run, 'bench.txt'));
    });
    const outcome = await compare(dirs);
    expect(outcome.report.verdict).toBe('inconclusive');
    expect(outcome.report.reasons.join('\n')).toMatch(/head: 20 files could not be read \(gzip\.truncated\)/);
    expect(outcome.report.reasons.join('\n')).toMatch(/head: no gobench input/);
    expect(outcome.gateFailed).toBe(true);
    const md = renderMarkdown(outcome.report);
    const headline = md.slice(0, md.indexOf('###') < 0 ? md.length : md.indexOf('###'));
    expect(headline).toContain('perfgate: inconclusive');
    expect(headline).toMatch(/could not be read/);
    expect((await compare(dirs, 'warn')).gateFailed).toBe(true);
    expect((await compare(dirs, 'never')).gateFailed).toBe(false);
  });

  it('merged: a shard whose head was unreadable keeps the merged gate failing', async () => {
    const { report } = await compare(sides('merged', truncateProfiles));
    const config = defaultConfig('2026-01-01T00:00:00.000Z');
    const merged = runMerge({ shards: [{ key: 'one', report }], config, key: 'm', expectKeys: [] });
    expect(merged.report.verdict).toBe('inconclusive');
    expect(merged.gateFailed).toBe(true);
    config.failOn = 'never';
    expect(runMerge({ shards: [{ key: 'one', report }], config, key: 'm', expectKeys: [] }).gateFailed).toBe(false);
  });

  it('only bench output removed: inconclusive', async () => {
    const outcome = await compare(sides('no-bench', (run) => rmSync(join(run, 'bench.txt'))));
    expect(outcome.report.verdict).toBe('inconclusive');
    expect(outcome.report.findings.filter((f) => f.id === 'input.unreadable').map((f) => f.subject.key)).toEqual([
      'head gobench',
    ]);
  });

  it('no head runs at all: inconclusive and failing, not "no base"', async () => {
    const dir = join(root, 'no-head');
    cpSync('fixtures/demo/base', join(dir, 'base'), { recursive: true });
    mkdirSync(join(dir, 'head'));
    const outcome = await compare({ base: join(dir, 'base'), head: join(dir, 'head') });
    expect(outcome.report.verdict).toBe('inconclusive');
    expect(outcome.report.reasons[0]).toMatch(/^head: no runs/);
    expect(outcome.gateFailed).toBe(true);
  });

  it('an unreadable base of a kind head has is inconclusive too', async () => {
    const outcome = await compare(sides('base-truncated', truncateProfiles, 'base'));
    expect(outcome.report.verdict).toBe('inconclusive');
    expect(outcome.report.reasons.join('\n')).toMatch(/^base: 20 files could not be read/m);
  });

  it('a kind only head has (new bench output) is no reason: pass', async () => {
    const outcome = await compare(sides('new-bench', (run) => rmSync(join(run, 'bench.txt')), 'base'));
    expect(outcome.report.verdict).toBe('pass');
    expect(outcome.gateFailed).toBe(false);
  });

  it('no base at all stays the plain inconclusive that does not fail the gate', async () => {
    const dir = join(root, 'no-base');
    cpSync('fixtures/demo/base', join(dir, 'head'), { recursive: true });
    mkdirSync(join(dir, 'base'));
    const outcome = await compare({ base: join(dir, 'base'), head: join(dir, 'head') });
    expect(outcome.report.verdict).toBe('inconclusive');
    expect(outcome.gateFailed).toBe(false);
  });
});
