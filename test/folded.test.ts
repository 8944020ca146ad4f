// Folded stacks: real perf output imports as a one-sample-type profile, bad lines are counted,
// and folded → profile → folded is the identity.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedImporter } from '../src/formats/folded/importer.js';
import { writeFolded } from '../src/formats/folded/write-folded.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import { flatCum } from '../src/analysis/profile/flat-cum.js';

const parse = (text: string) => {
  const ctx = { path: 'test.folded', limits: defaultLimits, diagnostics: new DiagnosticSink() };
  const parsed = foldedImporter.parse?.(new TextEncoder().encode(text), ctx);
  if (parsed?.content.type !== 'profile') throw new Error('not a profile');
  return { profile: parsed.content.profile, diagnostics: parsed.diagnostics };
};

describe('folded stacks from perf', () => {
  it('imports the real capture with the leaf as flat', async () => {
    const parsed = await importFile('fixtures/folded/shop-perf.folded', defaultLimits);
    expect(parsed.format).toBe('folded');
    if (parsed.content.type !== 'profile') throw new Error('not a profile');
    const totals = flatCum(parsed.content.profile, 0);
    const findPrice = totals.keys.indexOf('example.com/shop.findPrice');
    expect(findPrice).toBeGreaterThanOrEqual(0);
    expect(totals.flat[findPrice]).toBeGreaterThan(0);
    expect(totals.cum[findPrice]).toBeGreaterThanOrEqual(totals.flat[findPrice] as number);
  });

  it('counts the lines that are not stacks and keeps the rest', async () => {
    const parsed = await importFile('fixtures/folded/with-bad-lines.folded', defaultLimits);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'folded.bad-line', count: 3, where: 'fixtures/folded/with-bad-lines.folded:21' }),
    ]);
    if (parsed.content.type !== 'profile') throw new Error('not a profile');
    expect(parsed.content.profile.samples.count).toBe(20);
  });

  it('rejects a file with no stack at all', () => {
    expect(() => parse('just words\n')).toThrowError(/no `frame;frame;… count` line/);
  });
});

describe('folded → profile → folded', () => {
  const frame = fc.stringMatching(/^[A-Za-z_.()*/]{1,12}$/);
  const line = fc.tuple(fc.array(frame, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1e6 }));
  it('is the identity on merged, sorted stacks', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const merged = new Map<string, number>();
        for (const [frames, value] of lines) merged.set(frames.join(';'), (merged.get(frames.join(';')) ?? 0) + value);
        const expected = [...merged]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([s, v]) => `${s} ${v}\n`)
          .join('');
        const text = lines.map(([frames, value]) => `${frames.join(';')} ${value}`).join('\n');
        expect(writeFolded(parse(text).profile, 0)).toBe(expected);
      }),
    );
  });
});
