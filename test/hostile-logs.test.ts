// Workflow commands in logs (#18.8) and exit codes (#18.9, first half). Text from inputs reaches
// stdout and stderr only through escape.ts's neutraliseLog: no line the Actions runner would run
// as a command, no control characters. An unexpected exception exits 2 with its message, never 1
// ("the gate failed").

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { renderJson } from '../src/report/render-json.js';
import { runCompare } from '../src/engine/compare.js';
import { defaultConfig } from '../src/model/config.js';
import { neutraliseLog } from '../src/report/escape.js';

const root = mkdtempSync(join(tmpdir(), 'perfgate-logs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: () => '2026-01-01T00:00:00.000Z',
  });
  return { code, out, err };
}

const commandLine = /^\s*::/m;

describe('neutraliseLog', () => {
  it.each([
    ['x\n::error::pwned', 'x\n:\u200b:error::pwned'],
    ['  ::add-mask::secret', '  :\u200b:add-mask::secret'],
    ['a\r::warning::b', 'a\n:\u200b:warning::b'],
    ['\u001b[31mred\u0007', '\ufffd[31mred\ufffd'],
    ['a :: b', 'a :: b'],
    ['tab\tand newline\n', 'tab\tand newline\n'],
  ])('%j', (input, expected) => {
    expect(neutraliseLog(input)).toBe(expected);
    expect(neutraliseLog(input)).not.toMatch(commandLine);
  });
});

describe('the CLI', () => {
  it('merge: a shard report with a hostile schema version or key prints no workflow command', async () => {
    const { report } = await runCompare({
      baseDirs: ['fixtures/demo/base'],
      headDirs: ['fixtures/demo/head'],
      config: defaultConfig('2026-01-01T00:00:00.000Z'),
    });
    const version = join(root, 'version.json');
    writeFileSync(version, JSON.stringify({ ...JSON.parse(renderJson(report)), schemaVersion: '1\n::error::pwned' }));
    const key = join(root, 'key.json');
    writeFileSync(
      key,
      JSON.stringify({ ...JSON.parse(renderJson(report)), key: 'k\n::error file=x::pwned\r::warning::y' }),
    );
    const { code, out, err } = await cli(['merge', version, key, '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(err).toContain('schema version of type string');
    expect(err).not.toContain('pwned');
    expect(out).not.toMatch(commandLine);
    expect(err).not.toMatch(commandLine);
    // eslint-disable-next-line no-control-regex -- the test is that no ESC (terminal escape) reaches the log
    expect(`${out}${err}`).not.toMatch(/[\r\u001b]/);
  });

  it('exits 2 with the message on an unexpected exception (here: the JSON file cannot be written)', async () => {
    const { code, err } = await cli([
      'compare',
      '--base',
      'fixtures/demo/base',
      '--head',
      'fixtures/demo/base',
      '--json',
      join(root, 'no', 'such', 'dir', 'r.json'),
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/^perfgate: unexpected error: .*ENOENT/m);
  });
});
