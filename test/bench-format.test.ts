// The `go test -bench` importer: every fixtures/gobench/X (not bad/) parses to X.golden (the
// BenchSet and diagnostics as JSON), is detected with its name stripped, and the demo and A/A
// runs' bench.txt files are all read. UPDATE_GOLDEN=1 rewrites the goldens.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { classifyLine, splitProcs } from '../src/formats/gobench/parse-bench.js';
import { defaultLimits } from '../src/model/limits.js';

const dir = 'fixtures/gobench';

describe('gobench fixtures match their goldens', () => {
  const inputs = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  it('has fixtures', () => expect(inputs.length).toBeGreaterThanOrEqual(2));
  for (const name of inputs) {
    it(name, async () => {
      const parsed = await importFile(join(dir, name), defaultLimits);
      const got = `${JSON.stringify({ format: parsed.format, content: parsed.content, diagnostics: parsed.diagnostics }, null, 2)}\n`;
      const golden = join(dir, `${name}.golden`);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, got);
      if (!existsSync(golden)) throw new Error(`${golden} is missing: run UPDATE_GOLDEN=1`);
      if (got !== readFileSync(golden, 'utf8')) writeFileSync(`${golden}.got`, got);
      else rmSync(`${golden}.got`, { force: true });
      expect(got).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('gobench detection is by content', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'perfgate-gobench-'));
  const files = [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => join(dir, n)),
    ...['demo/base', 'demo/head', 'aa/a', 'aa/b'].flatMap((side) =>
      [1, 2, 3, 4, 5].map((r) => `fixtures/${side}/run${r}/bench.txt`),
    ),
  ];
  files.forEach((path, i) => {
    it(`${path} → gobench`, async () => {
      const anonymous = join(scratch, `input${i}`);
      copyFileSync(path, anonymous);
      const parsed = await importFile(anonymous, defaultLimits);
      expect(parsed.format).toBe('gobench');
      expect(parsed.content.type).toBe('bench');
    });
  });
});

describe('gobench line grammar', () => {
  it('reads procs suffixes', () => {
    expect(splitProcs('BenchmarkX-8')).toEqual({ name: 'BenchmarkX', procs: 8 });
    expect(splitProcs('BenchmarkX/size-10-4')).toEqual({ name: 'BenchmarkX/size-10', procs: 4 });
    expect(splitProcs('BenchmarkX')).toEqual({ name: 'BenchmarkX', procs: 1 });
  });
  it('tells configuration, results and other lines apart', () => {
    expect(classifyLine('goos: linux')).toEqual({ kind: 'config', key: 'goos', value: 'linux' });
    expect(classifyLine('Goos: linux').kind).toBe('other');
    // As golang.org/x/perf/benchfmt: every line starting `Benchmark` is a result or a syntax error.
    expect(classifyLine('Benchmarking is fun').kind).toBe('bad');
    expect(classifyLine('Benchmarks 1 2 ns/op')).toMatchObject({ kind: 'result', name: 'Benchmarks', iterations: 1 });
    expect(classifyLine('BenchmarkX-2 10 5 ns/op 3 widgets/op')).toEqual({
      kind: 'result',
      name: 'BenchmarkX',
      procs: 2,
      iterations: 10,
      values: [
        { value: 5, unit: 'ns/op' },
        { value: 3, unit: 'widgets/op' },
      ],
    });
    expect(classifyLine('BenchmarkX-2 10 5').kind).toBe('bad');
    expect(classifyLine('PASS').kind).toBe('other');
  });
});
