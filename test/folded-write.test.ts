// Folded stacks written from a tree of frame names, in chunks: the same text, line for line and
// in the same order, as summing one string per sample and sorting the strings (the oracle below),
// on real profiles of every kind and on names built to probe the order (`f` < `f.x;…` < `f;…`).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { ProfileBuilder } from '../src/formats/folded/profile-builder.js';
import { foldedChunks, writeFolded } from '../src/formats/folded/write-folded.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { samplesOf } from './sample-objects.js';

function oracle(profiles: readonly Profile[], column: number): string {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    for (const sample of samplesOf(profile)) {
      const value = sample.values[column] ?? 0;
      if (value === 0) continue;
      const frames: string[] = [];
      for (let i = sample.locations.length - 1; i >= 0; i--) {
        const lines = profile.locations[sample.locations[i] as number]?.lines ?? [];
        for (let j = lines.length - 1; j >= 0; j--) {
          frames.push(
            (profile.functions[(lines[j] as { functionIndex: number }).functionIndex]?.name || '<unknown>').replace(
              /[;\r\n]/g,
              ' ',
            ),
          );
        }
      }
      const stack = frames.join(';');
      totals.set(stack, (totals.get(stack) ?? 0) + value);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([s, v]) => `${s} ${v}\n`)
    .join('');
}

async function profileOf(path: string): Promise<Profile> {
  const parsed = await importFile(path, defaultLimits);
  if (parsed.content.type !== 'profile') throw new Error(`${path} is not a profile`);
  return parsed.content.profile;
}

describe('folded stacks from the tree', () => {
  const paths = ['cpu', 'mem', 'block', 'mutex'].map((k) => `fixtures/demo/base/run1/${k}.pprof`);

  it('equal the sorted strings, for every sample type of real profiles', async () => {
    for (const path of paths) {
      const profile = await profileOf(path);
      for (let column = 0; column < profile.sampleTypes.length; column++)
        expect(writeFolded(profile, column), `${path} #${column}`).toBe(oracle([profile], column));
    }
  });

  it('sum the runs of a side, in small chunks', async () => {
    const runs = await Promise.all([1, 2, 3].map((r) => profileOf(`fixtures/demo/head/run${r}/mem.pprof`)));
    const chunks = [
      ...foldedChunks(
        runs.map((profile) => ({ profile, column: 1 })),
        1000,
      ),
    ];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(oracle(runs, 1));
  });

  it('order names that share a prefix as a string sort does', () => {
    const name = fc.constantFrom('f', 'f.x', 'f!', 'f;g', 'f g', 'g', 'f\n', '', 'ƒ', 'f€');
    const stacks = fc.array(fc.array(name, { maxLength: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(stacks, (list) => {
        const profile = profileOfStacks(list);
        expect(writeFolded(profile, 0)).toBe(oracle([profile], 0));
      }),
    );
  });
});

/** A profile with one sample of value i+1 per stack (root first), one function per distinct name. */
function profileOfStacks(stacks: string[][]): Profile {
  const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, 100);
  stacks.forEach((stack, i) => builder.add(stack, i + 1));
  return builder.build();
}
