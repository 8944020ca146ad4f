// Resource limits (src/model/limits.ts): each is configurable in perfgate.yml `limits:` and each
// hit is a FormatError naming the file and the limit (or, for stack depth, a diagnostic).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { applyConfig } from '../src/engine/config/config-file.js';
import { importBytes, importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultConfig } from '../src/model/config.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits, type Limits } from '../src/model/limits.js';
import { samplesOf } from './sample-objects.js';

const dir = mkdtempSync(join(tmpdir(), 'perfgate-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(path: string, limits: Partial<Limits>): Promise<FormatError> {
  const err = await importFile(path, { ...defaultLimits, ...limits }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormatError);
  const e = err as FormatError;
  expect(e.describe()).toContain(path);
  return e;
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('every limit is enforced and named', () => {
  it('maxInputBytes', async () => {
    const e = await failure('fixtures/pprof/go1.26/cpu.pb.gz', { maxInputBytes: 100 });
    expect([e.code, e.message]).toEqual(['input.too-large', expect.stringContaining('maxInputBytes=100')]);
  });

  it('maxDecompressedBytes', async () => {
    const path = file('big.gz', gzipSync(Buffer.alloc(2 * 1024 * 1024, 'a;b 1\n')));
    const e = await failure(path, { maxDecompressedBytes: 1024 * 1024 });
    expect([e.code, e.message]).toEqual(['gzip.too-large', expect.stringContaining('maxDecompressedBytes=1048576')]);
  });

  it('maxCompressionRatio (a gzip bomb stops at the limit, not at the end of the stream)', async () => {
    const path = file('bomb.gz', gzipSync(Buffer.alloc(40 * 1024 * 1024), { level: 9 }));
    const e = await failure(path, {});
    expect([e.code, e.message]).toEqual(['gzip.too-large', expect.stringContaining('maxCompressionRatio=1000')]);
  });

  it('maxTableEntries: pprof, folded, gobench', async () => {
    expect((await failure('fixtures/pprof/go1.26/cpu.pb.gz', { maxTableEntries: 10 })).message).toContain(
      'maxTableEntries=10',
    );
    const folded = await failure('fixtures/folded/shop-perf.folded', { maxTableEntries: 5 });
    expect([folded.code, folded.message]).toEqual(['limits.too-many', expect.stringContaining('maxTableEntries=5')]);
    expect((await failure('fixtures/gobench/count-benchmem-metrics.txt', { maxTableEntries: 1 })).message).toContain(
      'maxTableEntries=1',
    );
  });

  it('maxSpans: every span format', async () => {
    for (const path of [
      'fixtures/otlp-json/good.jsonl',
      'fixtures/otlp-proto/good.pb',
      'fixtures/zipkin/good.json',
      'fixtures/jaeger/good.json',
    ]) {
      expect((await failure(path, { maxSpans: 3 })).message, path).toContain('maxSpans=3');
    }
  });

  it('maxStackDepth: pprof stacks are cut at the root end with a diagnostic', async () => {
    const full = await importFile('fixtures/pprof/go1.26/cpu.pb.gz', defaultLimits);
    const cut = await importFile('fixtures/pprof/go1.26/cpu.pb.gz', { ...defaultLimits, maxStackDepth: 2 });
    if (full.content.type !== 'profile' || cut.content.type !== 'profile') throw new Error('not a profile');
    expect(Math.max(...samplesOf(cut.content.profile).map((s) => s.locations.length))).toBe(2);
    expect(samplesOf(cut.content.profile)[0]?.locations).toEqual(
      samplesOf(full.content.profile)[0]?.locations.slice(0, 2),
    );
    expect(cut.diagnostics.find((d) => d.code === 'limits.stack-depth')?.message).toContain('maxStackDepth=2');
  });

  it('maxStackDepth: a 100k-frame folded stack is cut with a diagnostic', async () => {
    const path = file(
      'deep.folded',
      `main;leaf 1\n${Array.from({ length: 100_000 }, (_, i) => `f${i}`).join(';')} 7\n`,
    );
    const parsed = await importFile(path, defaultLimits);
    if (parsed.content.type !== 'profile') throw new Error('not a profile');
    expect(samplesOf(parsed.content.profile)[1]?.locations.length).toBe(defaultLimits.maxStackDepth);
    expect(parsed.diagnostics.find((d) => d.code === 'limits.stack-depth')?.count).toBe(1);
  });

  it('maxImportSeconds: a streamed Go trace over its time budget', async () => {
    const e = await failure('fixtures/gotrace/go1.22.trace', { maxImportSeconds: -1 });
    expect([e.code, e.message]).toEqual(['input.too-slow', expect.stringContaining('maxImportSeconds=-1')]);
    const bytes = new Uint8Array(readFileSync('fixtures/gotrace/go1.22.trace'));
    await expect(importBytes(bytes, 'in-memory.trace', { ...defaultLimits, maxImportSeconds: -1 })).rejects.toThrow(
      /maxImportSeconds/,
    );
  });

  it('all limits are settable from perfgate.yml', () => {
    const config = applyConfig(
      defaultConfig('2026-11-27T00:00:00Z'),
      {
        limits: {
          'max-input-bytes': 1,
          'max-decompressed-bytes': 2,
          'max-compression-ratio': 3,
          'max-table-entries': 4,
          'max-stack-depth': 5,
          'max-spans': 6,
          'max-import-seconds': 7,
          'max-import-heap-mb': 8,
        },
      },
      'perfgate.yml',
    );
    expect(config.limits).toEqual({
      maxInputBytes: 1,
      maxDecompressedBytes: 2,
      maxCompressionRatio: 3,
      maxTableEntries: 4,
      maxStackDepth: 5,
      maxSpans: 6,
      maxImportSeconds: 7,
      maxImportHeapMb: 8,
    });
    expect(Object.keys(config.limits).sort()).toEqual(Object.keys(defaultLimits).sort());
  });
});

describe('fuzz-found edge cases stay fixed', () => {
  it('a folded count too large for an exact number is a bad line, not Infinity', async () => {
    const path = file('huge-count.folded', `a;b ${'9'.repeat(400)}\na;c 2\n`);
    const parsed = await importFile(path, defaultLimits);
    if (parsed.content.type !== 'profile') throw new Error('not a profile');
    expect(samplesOf(parsed.content.profile).map((s) => s.values[0])).toEqual([2]);
    expect(parsed.diagnostics.map((d) => d.code)).toContain('folded.bad-line');
  });
});
