// `--diff-base`: the changed lines of a real git repository, keyed by the module path that a
// `-trimpath` profile records, mark the culprit whose lines they touch; without git, the report
// says why.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLines, parseUnifiedDiff } from '../src/engine/workspace/diff-base.js';
import { findGoModules } from '../src/engine/workspace/source-paths.js';
import type { Finding } from '../src/model/finding.js';
import { culpritRows } from '../src/report/culprits.js';
import { hotspotEvidence } from './finding-builders.js';

const dir = mkdtempSync(join(tmpdir(), 'perfgate-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
const lines = (n: number, edit?: number): string =>
  Array.from({ length: n }, (_, i) => (i + 1 === edit ? 'changed' : `line ${i + 1}`)).join('\n') + '\n';

function finding(name: string, first: number, last: number): Finding {
  return {
    id: 'hotspot.regression',
    severity: 'fail',
    title: name,
    subject: { kind: 'function', key: name },
    evidence: hotspotEvidence({
      attribution: { own: true, via: [], benchmarks: [], source: { file: 'example.com/shop/shop.go', first, last } },
    }),
  };
}

describe('--diff-base', () => {
  it('parses the new side of zero-context hunks', () => {
    const parsed = parseUnifiedDiff('+++ b/a.go\n@@ -3,0 +4,2 @@\n@@ -9 +10 @@\n@@ -20,3 +21,0 @@\n+++ /dev/null\n');
    expect(parsed.get('a.go')).toEqual([
      [4, 5],
      [10, 10],
      [21, 21],
    ]);
  });

  it('marks the culprit whose lines changed since the merge base, by module path', async () => {
    git('init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'go.mod'), 'module example.com/shop\n\ngo 1.23\n');
    writeFileSync(join(dir, 'shop.go'), lines(60));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'shop.go'), lines(60, 45));
    const changes = await changedLines(dir, 'main', await findGoModules(dir));
    expect(changes.files?.['example.com/shop/shop.go']).toEqual([[45, 45]]);
    const rows = culpritRows(
      [finding('example.com/shop.other', 10, 20), finding('example.com/shop.findPrice', 41, 58)],
      changes,
    );
    expect(rows[0]?.name).toBe('example.com/shop.findPrice');
    expect(rows[0]?.changed).toEqual({ file: 'example.com/shop/shop.go', first: 45, last: 45 });
    expect(rows[1]?.changed).toBeNull();
  });

  it('says why when the ref is unknown', async () => {
    const changes = await changedLines(dir, 'no-such-ref', []);
    expect(changes.files).toBeUndefined();
    expect(changes.unavailable).toMatch(/no-such-ref/);
  });
});
