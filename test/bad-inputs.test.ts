// Every malformed input in fixtures/*/bad/ must give a FormatError with the code named in its
// `.expect` file, and a message that names where the problem is.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

const badDirs = readdirSync('fixtures', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('fixtures', e.name, 'bad')))
  .map((e) => join('fixtures', e.name, 'bad'));

describe('bad inputs give their FormatError', () => {
  const cases = badDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.expect'))
      .map((name) => ({
        input: join(dir, name.replace(/\.expect$/, '')),
        code: readFileSync(join(dir, name), 'utf8').trim(),
      })),
  );
  it('finds the pprof cases', () => {
    expect(cases.filter((c) => c.input.startsWith('fixtures/pprof/')).length).toBeGreaterThanOrEqual(9);
  });
  for (const { input, code } of cases) {
    it(`${input} → ${code}`, async () => {
      const error = await importFile(input, defaultLimits).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(FormatError);
      const formatError = error as FormatError;
      expect(formatError.code).toBe(code);
      expect(formatError.describe()).toContain(input);
      expect(formatError.message.length).toBeLessThan(300);
    });
  }
});
