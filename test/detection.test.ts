// Detection is by content: every profile fixture is recognised with its file name stripped.

import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';

const expectations: [string, RegExp, string][] = [
  ['fixtures/pprof', /\.pb(\.gz)?$/, 'pprof'],
  ['fixtures/pprof/debug1', /\.debug1\.txt$/, 'pprof-legacy'],
  ['fixtures/demo/base/run1', /\.pprof$/, 'pprof'],
  ['fixtures/folded', /\.folded$/, 'folded'],
];

describe('detection ignores file names', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'perfgate-detect-'));
  let n = 0;
  for (const [dir, pattern, format] of expectations) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && pattern.test(e.name) && !e.parentPath.includes('/bad'),
    );
    it(`${dir} has fixtures`, () => expect(files.length).toBeGreaterThan(0));
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      it(`${path} → ${format}`, async () => {
        const anonymous = join(scratch, `input${n++}`);
        copyFileSync(path, anonymous);
        expect((await importFile(anonymous, defaultLimits)).format).toBe(format);
      });
    }
  }
});
