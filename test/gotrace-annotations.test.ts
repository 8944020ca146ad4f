// Go trace user annotations (tasks, regions, logs by type) against Go's own parser: every
// X.trace.annotations.json beside a trace in fixtures/gotrace/ is what fixtures/_gen/gotracestat
// (Go 1.26's internal/trace) printed for it; our summary must say exactly the same.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';

const root = 'fixtures/gotrace';

const traces = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.trace'))
  .filter((e) => existsSync(join(e.parentPath, `${e.name}.annotations.json`)))
  .map((e) => join(e.parentPath, e.name))
  .sort();

describe('Go trace annotations equal Go internal/trace', () => {
  it('covers the legacy format and v2 traces of Go 1.23 and 1.26', () => {
    for (const v of ['1.21', '1.23', '1.26']) expect(traces).toContain(join(root, 'annotations', `go${v}.trace`));
    expect(traces.filter((t) => t.includes('/legacy/')).length).toBe(9);
    expect(traces.length).toBe(31);
  });

  for (const path of traces) {
    it(`${path}: tasks, regions and logs by type`, async () => {
      const artifact = await importFile(path, defaultLimits);
      if (artifact.content.type !== 'go-trace') throw new Error(`${path} was not read as a Go trace`);
      const oracle: unknown = JSON.parse(readFileSync(`${path}.annotations.json`, 'utf8'));
      expect(artifact.content.summary.annotations).toEqual(oracle);
    });
  }

  it('the annotated program has every kind of annotation', () => {
    const oracle = JSON.parse(readFileSync(join(root, 'annotations', 'go1.26.trace.annotations.json'), 'utf8')) as {
      tasks: Record<string, { neverEnded: number }>;
      regions: Record<string, { unended: number; goroutines: number }>;
      logs: Record<string, number>;
    };
    expect(oracle.tasks['watch']?.neverEnded).toBe(1);
    expect(oracle.regions['watch.wait']?.unended).toBe(1);
    expect(oracle.regions['db.query']?.goroutines).toBeGreaterThan(1);
    expect(Object.keys(oracle.logs).length).toBeGreaterThanOrEqual(3);
  });
});
