// The import pool: files read on worker threads come back exactly as read in this thread, errors
// keep their code and place, a file that exhausts its thread's heap budget costs only itself, and
// only streamed inputs (Go traces) are sent to the threads.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { filesInFlight, inProcessImporter, splitImporter } from '../src/engine/import-pool/file-importer.js';
import { workerImporter } from '../src/engine/import-pool/worker-pool.js';
import { defaultConfig } from '../src/model/config.js';
import type { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

const mixed = [
  'fixtures/demo/base/run1/cpu.pprof',
  'fixtures/demo/base/run1/mem.pprof',
  'fixtures/demo/base/run1/bench.txt',
  'fixtures/gotrace/go1.26.trace',
  'fixtures/gotrace/go1.21.trace',
  'fixtures/otlp-json/good.jsonl',
  'fixtures/folded/shop-perf.folded',
];

describe('workerImporter', () => {
  const pool = workerImporter(defaultLimits, 2);
  afterAll(() => pool.close());

  it('returns what importFile returns in this thread, for every format', async () => {
    const fromWorkers = await Promise.all(mixed.map((path) => pool.import(path)));
    for (const [i, path] of mixed.entries())
      expect(fromWorkers[i], path).toEqual(await importFile(path, defaultLimits));
  });

  it('keeps the error code and the place of a broken file', async () => {
    const path = 'fixtures/gotrace/bad/bad_header.trace';
    const inThread = (await importFile(path, defaultLimits).catch((e: unknown) => e)) as FormatError;
    const fromWorker = (await pool.import(path).catch((e: unknown) => e)) as FormatError;
    expect(fromWorker.describe()).toBe(inThread.describe());
    expect(fromWorker.describe()).toContain(path);
  });
});

describe('a thread over its heap budget', () => {
  it('fails that file by name and reads the next one on a fresh thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfgate-pool-'));
    const huge = join(dir, 'huge.folded');
    const lines = Array.from(
      { length: 400_000 },
      (_, i) => `main.root;pkg.caller${i % 997};pkg.leaf_${i}_${'x'.repeat(60)} ${i + 1}`,
    );
    writeFileSync(huge, lines.join('\n'));
    const pool = workerImporter({ ...defaultLimits, maxImportHeapMb: 48 }, 1);
    try {
      const error = (await pool.import(huge).catch((e: unknown) => e)) as FormatError;
      expect(error.describe()).toBe(`${huge}: input.out-of-memory: reading needed more than maxImportHeapMb=48`);
      const next = await pool.import('fixtures/folded/shop-perf.folded');
      expect(next.format).toBe('folded');
    } finally {
      await pool.close();
    }
  });
});

/** Three runs a side: the demo's profiles and bench output plus a Go trace in each run. */
function runsWithTraces(): string {
  const root = mkdtempSync(join(tmpdir(), 'perfgate-pool-runs-'));
  for (const side of ['base', 'head']) {
    for (const run of ['run1', 'run2', 'run3']) {
      const dir = join(root, side, run);
      cpSync(`fixtures/demo/${side}/${run}`, dir, { recursive: true });
      cpSync(
        side === 'base' ? 'fixtures/gotrace/go1.23-gogc100.trace' : 'fixtures/gotrace/go1.23-gogc25.trace',
        join(dir, 'test.trace'),
      );
    }
  }
  return root;
}

describe('compare with worker threads', () => {
  it('gives the same report as reading in this thread, traces and profiles together', async () => {
    const root = runsWithTraces();
    const request = {
      baseDirs: [join(root, 'base')],
      headDirs: [join(root, 'head')],
      config: defaultConfig('2026-11-27T00:00:00Z'),
    };
    const inThread = await runCompare({ ...request, jobs: 1 });
    const threaded = await runCompare({ ...request, jobs: 2 });
    expect(threaded.report).toEqual(inThread.report);
    expect(threaded.report.inputs.filter((i) => i.format === 'go-trace')).toHaveLength(6);
    expect(threaded.report.findings.map((f) => f.id)).toContain('gc.frequency');
  });

  it('the bundled CLI finds its worker (dist/import-worker.js) and prints the same comment', () => {
    const root = runsWithTraces();
    const cli = (jobs: string): string =>
      execFileSync(
        process.execPath,
        [
          'dist/cli.js',
          'compare',
          '--base',
          join(root, 'base'),
          '--head',
          join(root, 'head'),
          '--fail-on',
          'never',
          '--jobs',
          jobs,
        ],
        { encoding: 'utf8' },
      );
    const threaded = cli('2');
    expect(threaded).toBe(cli('1'));
    expect(threaded).toContain('gc.frequency');
  });
});

describe('splitImporter', () => {
  it('sends Go traces to the workers and decodes everything else here', async () => {
    const seen: string[] = [];
    const recorder = (name: string) => ({
      import: async (path: string) => (seen.push(`${name} ${path}`), importFile(path, defaultLimits)),
      close: async () => {},
    });
    const importer = splitImporter(recorder('here'), recorder('workers'));
    for (const path of mixed) await importer.import(path);
    expect(seen).toEqual(mixed.map((path) => `${path.endsWith('.trace') ? 'workers' : 'here'} ${path}`));
  });
});

describe('inProcessImporter', () => {
  it('has at most filesInFlight files open at once and answers each in its own order', async () => {
    let open = 0;
    let most = 0;
    const read = async (path: string) => {
      open++;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, Number(path) % 5));
      open--;
      return importFile('fixtures/folded/shop-perf.folded', defaultLimits).then((a) => ({ ...a, format: path }));
    };
    const importer = inProcessImporter(defaultLimits, read);
    const paths = Array.from({ length: 23 }, (_, i) => String(i));
    const formats = (await Promise.all(paths.map((p) => importer.import(p)))).map((a) => a.format);
    expect(formats).toEqual(paths);
    expect(most).toBe(filesInFlight);
  });
});
