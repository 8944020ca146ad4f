// flat and cum per function must equal `go tool pprof -top` on the same file, for every
// profile kind, Go version and sample type. The references (`X.top.<sample type>`) were
// captured with go1.26's pprof when the fixtures were made (fixtures/README.md).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatCum } from '../src/analysis/profile/flat-cum.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { parsePprofTop, type TopRow } from './pprof-top-text.js';

const roots = ['fixtures/pprof', 'fixtures/demo/base/run1'];

function referenceFiles(): string[] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.top\.[a-z_]+$/.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  );
}

describe('flat and cum equal go tool pprof -top', () => {
  const files = referenceFiles();
  it('has references to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });
  for (const reference of files) {
    it(reference, async () => {
      const [, profilePath] = /^(.*)\.top\.[a-z_]+$/.exec(reference) as RegExpExecArray;
      const text = readFileSync(reference, 'utf8');
      const sampleType = /^Type: (\S+)$/m.exec(text)?.[1];
      const parsed = await importFile(profilePath as string, defaultLimits);
      if (parsed.content.type !== 'profile') throw new Error('not a profile');
      const profile: Profile = parsed.content.profile;
      const index = profile.sampleTypes.findIndex((t) => t.type === sampleType);
      expect(index).toBeGreaterThanOrEqual(0);
      const ours = flatCum(profile, index);
      const expected = parsePprofTop(text);
      expect(ours.total).toBe(expected.total);
      const got = new Map<string, TopRow>();
      ours.keys.forEach((key, k) => {
        if (ours.cum[k] !== 0 || ours.flat[k] !== 0)
          got.set(key, { flat: ours.flat[k] as number, cum: ours.cum[k] as number });
      });
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected.rows));
    });
  }
});
