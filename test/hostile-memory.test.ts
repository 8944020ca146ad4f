// Memory bounds (src/engine/read-inputs/heap-budget.ts, docs/reliability.md): a small file that would decode
// into gigabytes fails alone, by name, before it is built, and the report still comes out; a
// gzipped Go trace is streamed on a worker like a plain one; formats that cannot estimate their
// heap are read on a worker with a heap budget when their worst case does not fit. All hostile
// inputs are generated here.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { NeedsHeapBudget } from '../src/engine/read-inputs/heap-budget.js';
import { importFile, isStreamedInput } from '../src/engine/read-inputs/import-file.js';
import { chooseImporter, splitImporter } from '../src/engine/import-pool/file-importer.js';
import { workerImporter } from '../src/engine/import-pool/worker-pool.js';
import { buildProfile } from '../src/formats/pprof/build-profile.js';
import { decodeProfileProto } from '../src/formats/pprof/decode.js';
import { estimateProfileHeapBytes, heapCost } from '../src/formats/pprof/heap-estimate.js';
import { defaultConfig } from '../src/model/config.js';
import type { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';
import { manySamplesProfile } from './hostile-pprof.js';
import { stringContaining } from './typed.js';

const dir = mkdtempSync(join(tmpdir(), 'perfgate-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const mib = 1024 * 1024;

describe('the 93 KB gzipped pprof with 8 M samples', () => {
  const bomb = gzipSync(manySamplesProfile(8_000_000), { level: 9 });

  it('is small and within maxTableEntries, yet is refused before a sample is built', async () => {
    expect(bomb.length).toBeLessThan(100 * 1024);
    const path = file('bomb.pb.gz', bomb);
    const error = (await importFile(path, defaultLimits).catch((e: unknown) => e)) as FormatError;
    expect(error.code).toBe('input.out-of-memory');
    expect(error.describe()).toMatch(new RegExp(`^${path}: input.out-of-memory: decoding would take about \\d+ MiB`));
    // Its columns would fit the heap budget: it is refused as a decoding bomb, by the ratio of its
    // estimate to its size on disk.
    expect(estimateProfileHeapBytes(manySamplesProfile(8_000_000))).toBeLessThan(defaultLimits.maxImportHeapMb * mib);
    expect(error.message).toContain(`more than maxCompressionRatio=${defaultLimits.maxCompressionRatio} times`);
  });

  it('fails alone in compare: the report is written and the other inputs compare as before', async () => {
    const root = mkdtempSync(join(dir, 'runs-'));
    cpSync('fixtures/demo', root, { recursive: true });
    const request = {
      baseDirs: [join(root, 'base')],
      headDirs: [join(root, 'head')],
      config: defaultConfig('2026-11-27T00:00:00Z'),
    };
    const clean = await runCompare(request);
    writeFileSync(join(root, 'head', 'run1', 'bomb.pb.gz'), bomb);
    const hostile = await runCompare(request);
    const record = hostile.report.inputs.find((i) => i.path.endsWith('bomb.pb.gz'));
    expect(record?.error?.code).toBe('input.out-of-memory');
    expect(hostile.report.comparisons).toEqual(clean.report.comparisons);
    expect(hostile.report.inputs.filter((i) => i.error === null)).toEqual(clean.report.inputs);
  });
});

describe('the pprof heap estimate', () => {
  it('charges every sample, label, location, line, function and string it will build', () => {
    const bytes = manySamplesProfile(1000, 3);
    const estimate = estimateProfileHeapBytes(bytes);
    // 1000 samples of three values on one stack: one stack node, shared by all.
    const samples = 1000 * (heapCost.sample + 3 * heapCost.value) + heapCost.node;
    expect(estimate).toBeGreaterThanOrEqual(samples);
    expect(estimate).toBeLessThan(samples + 10_000);
    expect(estimateProfileHeapBytes(manySamplesProfile(8000, 3))).toBeGreaterThan(7.9 * estimate);
  });

  it('charges real profiles at least their columns, stack nodes included', () => {
    for (const dir of ['fixtures/pprof/go1.26', 'fixtures/pprof/go1.21'])
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.pb.gz'))) {
        const bytes = new Uint8Array(gunzipSync(readFileSync(join(dir, name))));
        const { samples } = buildProfile(decodeProfileProto(bytes), 1e7);
        const columns = samples.count * heapCost.sample + samples.values.length * heapCost.value;
        expect(estimateProfileHeapBytes(bytes), name).toBeGreaterThanOrEqual(
          columns + samples.nodes.count * heapCost.node,
        );
      }
  });

  it('keeps real profiles far below the default budget', () => {
    for (const path of ['fixtures/demo/base/run1/cpu.pprof', 'fixtures/demo/base/run1/mem.pprof']) {
      const raw = readFileSync(path);
      expect(estimateProfileHeapBytes(raw[0] === 0x1f ? new Uint8Array(gunzipSync(raw)) : raw), path).toBeLessThan(
        64 * mib,
      );
    }
  });

  it('stops at bytes that are not protobuf, and at a field that runs past the end', () => {
    expect(estimateProfileHeapBytes(new Uint8Array([0xff, 0xff, 0xff]))).toBe(0);
    const cut = manySamplesProfile(10).subarray(0, -3);
    expect(estimateProfileHeapBytes(cut)).toBeLessThan(estimateProfileHeapBytes(manySamplesProfile(10)));
  });
});

describe('a gzipped Go trace', () => {
  const plain = 'fixtures/gotrace/go1.26.trace';
  const gzipped = file('go1.26.trace.gz', gzipSync(readFileSync(plain)));

  it('is a streamed input, read on the workers, and reads as the plain trace does', async () => {
    expect(await isStreamedInput(gzipped)).toBe(true);
    const seen: string[] = [];
    const workers = workerImporter(defaultLimits, 1);
    const recording = {
      import: (path: string) => (seen.push(path), workers.import(path)),
      close: () => workers.close(),
    };
    const importer = splitImporter({ import: (p) => importFile(p, defaultLimits), close: async () => {} }, recording);
    try {
      expect(await importer.import(gzipped)).toEqual(await importFile(plain, defaultLimits));
      expect(seen).toEqual([gzipped]);
    } finally {
      await importer.close();
    }
  });

  it('stops at the decompression limit while streaming; a cut stream is a partial read, as a cut trace is', async () => {
    const tooLarge = (await importFile(gzipped, { ...defaultLimits, maxDecompressedBytes: 1000 }).catch(
      (e: unknown) => e,
    )) as FormatError;
    expect([tooLarge.code, tooLarge.message]).toEqual([
      'gzip.too-large',
      expect.stringContaining('maxDecompressedBytes=1000'),
    ]);
    const short = file('short.trace.gz', readFileSync(gzipped).subarray(0, 2000));
    const partial = await importFile(short, defaultLimits);
    expect(partial.diagnostics).toEqual([
      expect.objectContaining({ code: 'gotrace.partial', message: stringContaining('gzip stream ends early') }),
    ]);
  });
});

describe('formats without a heap estimate', () => {
  const spans = (n: number): string =>
    `[${Array.from({ length: n }, (_, i) => `{"traceId":"${(i + 1).toString(16).padStart(32, '0')}","id":"${(i + 1).toString(16).padStart(16, '0')}","name":"op${i}","timestamp":${1e15 + i},"duration":${i + 1},"kind":"SERVER"}`).join(',')}]`;

  it('are deferred to a thread with a heap budget when their worst case does not fit here', async () => {
    const path = file('zipkin-2mb.json', spans(15_000));
    const limits = { ...defaultLimits, maxImportHeapMb: 48 };
    await expect(importFile(path, limits, true)).rejects.toBeInstanceOf(NeedsHeapBudget);
    const importer = chooseImporter(limits, 0, 1);
    try {
      expect(await importer.import(path)).toEqual(await importFile(path, limits));
    } finally {
      await importer.close();
    }
  });

  it('fail alone, by name, when they exhaust that budget', async () => {
    const path = file('zipkin-40mb.json', spans(300_000));
    const importer = chooseImporter({ ...defaultLimits, maxImportHeapMb: 48 }, 0, 1);
    try {
      const error = (await importer.import(path).catch((e: unknown) => e)) as FormatError;
      expect(error.describe()).toBe(`${path}: input.out-of-memory: reading needed more than maxImportHeapMb=48`);
      expect((await importer.import('fixtures/zipkin/good.json')).format).toBe('zipkin');
    } finally {
      await importer.close();
    }
  });
});
