// A/A on memory profiles at Go's default memory profile rate: random halves of runs of one code
// (fixtures/ab-allocs: 20 runs of a benchmark that hardly allocates; fixtures/aa: 10 runs of the
// shop) compared 100 times. No heap or allocs finding may come out, neither from a single sampled
// allocation (scaled to thousands of objects; the noise model counts raw sampled events) nor from
// runtime/pprof's own allocations (never tested), even with the events-per-run floor off.

import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/analyze.js';
import { collectSides, listSide } from '../src/engine/read-inputs/read-runs.js';
import type { Run } from '../src/model/artifact.js';
import { defaultConfig } from '../src/model/config.js';
import { ev } from './evidence-of.js';

async function readRuns(dirs: string[]): Promise<Run[]> {
  const config = defaultConfig();
  const [side] = await collectSides([await listSide('base', dirs)], config.limits, 1);
  return side?.runs ?? [];
}

/** Seeded shuffles: the same halves on every run of the test. */
function* halves(runs: Run[], count: number, seed: number): Generator<[Run[], Run[]]> {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < count; k++) {
    const order = runs
      .map((r) => ({ r, key: next() }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.r);
    const half = Math.floor(order.length / 2);
    yield [order.slice(0, half), order.slice(half)];
  }
}

const sets: [string, string, number][] = [
  ['fixtures/ab-allocs/base', 'fixtures/ab-allocs/head', 10],
  ['fixtures/aa/a', 'fixtures/aa/b', 5],
];

describe('A/A on heap and allocs profiles', () => {
  it('100 comparisons give no memory finding, with the events-per-run floor off', async () => {
    const d = defaultConfig();
    const config = { ...d, hotspots: { ...d.hotspots, minEventsPerRun: 0 }, modules: ['example.com/shop'] };
    let comparisons = 0;
    let tested = 0;
    const memoryFindings: string[] = [];
    for (const [a, b, n] of sets) {
      const runs = await readRuns(Array.from({ length: n }, (_, i) => [`${a}/run${i + 1}`, `${b}/run${i + 1}`]).flat());
      for (const [base, head] of halves(runs, 50, 7)) {
        const result = analyze(base, head, config);
        comparisons++;
        tested += result.comparisons.filter(
          (c) => (c.kind === 'heap' || c.kind === 'allocs') && c.functions.some((f) => f.flat.test || f.cum.test),
        ).length;
        for (const f of result.findings) {
          const kind = ev(f)['profileKind'];
          if (f.severity !== 'info' && (kind === 'heap' || kind === 'allocs'))
            memoryFindings.push(`${f.subject.key}: ${f.title}`);
        }
      }
    }
    expect(comparisons).toBe(100);
    expect(tested).toBeGreaterThan(0); // the memory comparisons were tested, not skipped
    expect(memoryFindings).toEqual([]);
  }, 180_000);
});
