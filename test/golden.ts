// The one golden-file check for table-driven tests: `got` must equal the committed golden text.
// UPDATE_GOLDEN=1 rewrites the golden instead; a mismatch leaves `X.got` beside `X.golden` (and a
// match removes a stale one), so `diff X.golden X.got` shows what changed.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const updateGoldens = process.env['UPDATE_GOLDEN'] === '1';

/** Where a mismatch is written: `X.golden` → `X.got`. */
export function gotPathOf(goldenPath: string): string {
  return goldenPath.endsWith('.golden') ? `${goldenPath.slice(0, -'.golden'.length)}.got` : `${goldenPath}.got`;
}

export function expectGolden(goldenPath: string, got: string): void {
  if (updateGoldens) writeFileSync(goldenPath, got);
  if (!existsSync(goldenPath)) throw new Error(`${goldenPath} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  const want = readFileSync(goldenPath, 'utf8');
  if (got !== want) writeFileSync(gotPathOf(goldenPath), got);
  else rmSync(gotPathOf(goldenPath), { force: true });
  expect(got).toBe(want);
}
