// Shared by the history tests: the CLI in-process with a fixed clock, and a scratch directory.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../src/cli/main.js';

export async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: () => undefined,
    now: () => '2026-12-04T00:00:00.000Z',
  });
  return { code, out };
}

/** A temporary directory removed after the file's tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
