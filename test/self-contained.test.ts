// The repository stands alone: the version in reports is package.json's, and source comments cite
// docs/ in the repository, never the research notes outside it (../shared).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../src/engine/version.js';

/** Files that still cite ../shared; the list may only shrink (docs/architecture.md, open work). */
const stillCitingShared = new Set([
  'src/analysis/bench/bench-rule.ts',
  'src/analysis/bench/compare-benchmarks.ts',
  'src/analysis/bench/cost-shift.ts',
  'src/analysis/health/checks/span-latency.ts',
  'src/analysis/rules/hotspot-rule.ts',
  'src/engine/baseline/baseline-snapshot.ts',
  'src/formats/pprof/importer.ts',
  'src/formats/pprof/profile-kind.ts',
  'src/formats/pprof/profile.proto',
]);

/** A line that names the research notes or tools kept outside the repository. */
const outsideCitation = /shared\/|(?<![\w/-])(research\/\w|statistics\.md §4|formats\.md (§|Part))/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|proto)$/.test(e.name) && !e.parentPath.includes('generated'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('self-contained repository', () => {
  it('src/engine/version.ts says the version package.json says', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
  });

  it('source comments cite docs/, not ../shared (the files still doing so may only shrink)', () => {
    const citing = sourceFiles('src').filter((f) => outsideCitation.test(readFileSync(f, 'utf8')));
    expect(citing.filter((f) => !stillCitingShared.has(f))).toEqual([]);
    expect(citing.length).toBeGreaterThan(0); // until the list is empty: the pattern still finds them
  });
});
