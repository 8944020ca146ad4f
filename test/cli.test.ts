// CLI golden tests: each fixtures/cli/NAME.args (a JSON argv) runs the CLI in-process with a
// fixed clock; stdout, stderr and the exit code must equal NAME.golden. UPDATE_GOLDEN=1
// rewrites the goldens; a mismatch leaves NAME.got beside them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { expectGolden } from './golden.js';

const dir = 'fixtures/cli';

async function runCli(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => '2026-01-01T00:00:00.000Z',
  });
  return `exit: ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
}

describe('perfgate CLI', () => {
  const cases = readdirSync(dir).filter((name) => name.endsWith('.args'));
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    const base = join(dir, name.replace(/\.args$/, ''));
    it(name, async () => {
      const got = await runCli(JSON.parse(readFileSync(join(dir, name), 'utf8')) as string[]);
      expectGolden(`${base}.golden`, got);
    });
  }
});
