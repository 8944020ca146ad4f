// Property tests for every importer over mutated real fixtures (see fuzz-harness.ts): only an
// artifact or a FormatError comes out, within a time budget per input. The seed is fixed so CI
// is repeatable; FUZZ_SEED=<n> and FUZZ_RUNS=<n> explore further (scripts/fuzz-long.ts runs long).
// Every crasher ever found is replayed from fixtures/_fuzz/<format>/.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, crasherFiles, fuzzTargets, mutations } from './fuzz-harness.js';

const seed = Number(process.env['FUZZ_SEED'] ?? 20261127);
const runs = Number(process.env['FUZZ_RUNS'] ?? 60);
const budgetMs = 5000;

describe('fuzzed importers give an artifact or a FormatError', () => {
  for (const target of fuzzTargets()) {
    it(`${target.format}: ${runs} mutated fixtures (seed ${seed})`, async () => {
      expect(target.seeds.length).toBeGreaterThan(0);
      const seen = { ok: 0, 'format-error': 0 };
      await fc.assert(
        fc.asyncProperty(mutations(target), async (m) => {
          seen[await check(target, m, budgetMs, m.how)]++;
        }),
        { seed, numRuns: runs, endOnFailure: true },
      );
      expect(seen.ok + seen['format-error']).toBe(runs);
    }, 60_000);
  }
});

describe('kept crashers replay without crashing', () => {
  for (const target of fuzzTargets()) {
    const crashers = crasherFiles(target.format);
    for (const c of crashers) {
      it(`${target.format}/${c.name}`, async () => {
        await check(target, c, budgetMs, c.name);
      });
    }
  }
});
