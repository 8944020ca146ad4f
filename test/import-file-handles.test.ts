// A streamed input whose reader stops early (a Go trace broken in its middle) must have its file
// closed when the import ends, not left open until garbage collection closes it (Node warns, and a
// run with many broken traces would hold a descriptor for each). Counted in /proc/self/fd (Linux).

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';

const fdDir = '/proc/self/fd';

describe.skipIf(!existsSync(fdDir))('streamed inputs that stop early', () => {
  it('close their file when the import ends', async () => {
    // Garbage in the first of four generations: the reader fails there, long before the end of the file.
    const bytes = new Uint8Array(readFileSync('fixtures/gotrace/generations/go1.26-gens.trace'));
    bytes.fill(0xff, 5000, 5064);
    const dir = mkdtempSync(join(tmpdir(), 'perfgate-fd-'));
    const path = join(dir, 'broken.trace');
    writeFileSync(path, bytes);
    const before = readdirSync(fdDir).length;
    const outcomes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const outcome = await importFile(path, defaultLimits).then(
        (a) => `read: ${a.diagnostics.map((d) => d.code).join(',')}`,
        (e: unknown) => `error: ${e instanceof Error ? e.message : String(e)}`,
      );
      outcomes.add(outcome);
    }
    expect([...outcomes]).toEqual(['error: unknown event type 255 for this trace version']);
    expect(readdirSync(fdDir).length).toBeLessThanOrEqual(before + 2);
  });
});
