// gotrace.task-latency and gotrace.region-latency on real traces of fixtures/_gen/annotations:
// three base runs against three head runs whose "db.query" regions sleep three times as long.
// The slowed region and the task around it are reported; every other type, an A/A comparison and
// a faster head stay quiet.

import { describe, expect, it } from 'vitest';
import { healthChecks } from '../src/analysis/health/checks/index.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import type { Run, Side } from '../src/model/artifact.js';
import { defaultConfig } from '../src/model/config.js';
import type { Finding } from '../src/model/finding.js';
import { defaultLimits } from '../src/model/limits.js';
import { ev } from './evidence-of.js';

const dir = 'fixtures/gotrace/annotations/ab';

async function runs(side: Side, folder: 'base' | 'head', numbers: number[]): Promise<Run[]> {
  return Promise.all(
    numbers.map(async (n) => {
      const path = `${dir}/${folder}/run${n}.trace`;
      const artifact = await importFile(path, defaultLimits);
      return { side, id: `run${n}`, artifacts: [{ ...artifact, path, side, run: `run${n}` }] };
    }),
  );
}

function check(id: string, base: Run[], head: Run[]): Finding[] {
  const c = healthChecks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c.run({ base, head, config: defaultConfig() });
}

describe('Go trace annotation latency against base', () => {
  it('reports the slowed db.query region and the order task, nothing else', async () => {
    const base = await runs('base', 'base', [1, 2, 3]);
    const head = await runs('head', 'head', [1, 2, 3]);
    const regions = check('gotrace.region-latency', base, head);
    expect(regions.map((f) => f.subject.key)).toEqual(['region db.query']);
    const tasks = check('gotrace.task-latency', base, head);
    expect(tasks.map((f) => f.subject.key)).toEqual(['task order']);
    for (const f of [...regions, ...tasks]) {
      expect(f.severity).toBe('warn');
      expect(ev(f)['ratioP95']).toBeGreaterThan(1.5);
      expect(ev(f)['files']).toEqual([1, 2, 3].map((n) => `${dir}/head/run${n}.trace`));
      expect(JSON.parse(JSON.stringify(f.evidence))).toEqual(f.evidence);
    }
    expect((ev(regions[0])['head'] as { traces: number }).traces).toBe(3);
  });

  it('stays quiet on A/A and when head is faster', async () => {
    const base = await runs('base', 'base', [1, 2]);
    const other = await runs('head', 'base', [3]);
    const slow = await runs('base', 'head', [1, 2, 3]);
    const fast = await runs('head', 'base', [1, 2, 3]);
    for (const id of ['gotrace.region-latency', 'gotrace.task-latency']) {
      expect(check(id, base, other)).toEqual([]);
      expect(check(id, slow, fast)).toEqual([]);
    }
  });

  it('can be switched off', async () => {
    const config = defaultConfig();
    config.checks['gotrace.region-latency'] = { severity: 'off' };
    const c = healthChecks.find((x) => x.id === 'gotrace.region-latency');
    const base = await runs('base', 'base', [1]);
    const head = await runs('head', 'head', [1]);
    expect(c?.run({ base, head, config })).toEqual([]);
  });
});
