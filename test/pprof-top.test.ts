// flat and cum per function must equal `go tool pprof -top` on the same file, for every
// profile kind, Go version and sample type. The references (`X.top.<sample type>`) were
// captured with go1.26's pprof when the fixtures were made (fixtures/README.md).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatCum } from '../src/analysis/profile/flat-cum.js';
import { importFile } from '../src/engine/import-file.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';

const roots = ['fixtures/pprof', 'fixtures/demo/base/run1'];

function referenceFiles(): string[] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.top\.[a-z_]+$/.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  );
}

interface TopRow {
  flat: number;
  cum: number;
}

/** Parses `go tool pprof -top` rows (`flat flat% sum% cum cum% name`), values with a unit suffix. */
function parseTop(text: string): { total: number; rows: Map<string, TopRow> } {
  const rows = new Map<string, TopRow>();
  const totalMatch = /of (-?\d+)[a-zA-Z]* total/.exec(text);
  let inTable = false;
  for (const line of text.split('\n')) {
    if (/^\s*flat\s+flat%/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable || line.trim() === '') continue;
    const m = /^\s*(-?\d+)[a-zA-Z]*\s+\S+\s+\S+\s+(-?\d+)[a-zA-Z]*\s+\S+\s+(.*)$/.exec(line);
    if (!m) throw new Error(`unparsed pprof -top row: ${line}`);
    const name = (m[3] as string).replace(/ \((partial-)?inline\)$/, ''); // pprof marks inlined nodes
    const row = rows.get(name) ?? { flat: 0, cum: 0 };
    row.flat += Number(m[1]);
    row.cum = Math.max(row.cum, Number(m[2]));
    rows.set(name, row);
  }
  return { total: Number(totalMatch?.[1] ?? 0), rows };
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
      const expected = parseTop(text);
      expect(ours.total).toBe(expected.total);
      const got = new Map<string, TopRow>();
      ours.keys.forEach((key, k) => {
        if (ours.cum[k] !== 0 || ours.flat[k] !== 0) got.set(key, { flat: ours.flat[k] as number, cum: ours.cum[k] as number });
      });
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected.rows));
    });
  }
});
