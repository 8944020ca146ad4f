// Cost grows with the input, not faster (#18.2, the parts of this file): `inspect` of bench output
// timed at n and 8n lines with a generous bound (8n may take at most 24× as long as n; the
// quadratic version took 64×); the v2 trace ordering of a trace that keeps Go's reader stuck on
// every event, at n and 8n threads (retrying every thread per event took 64×); and the ordering
// checks the file's time budget (max-import-seconds) inside one chunk, through the budget the
// engine gives it.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import type { ImportContext } from '../src/formats/importer.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';
import { oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { stuckTraceBytes } from './gotrace-stuck-trace.js';
import { deepChainsProfile } from './hostile-pprof.js';

const root = mkdtempSync(join(tmpdir(), 'perfgate-linear-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function benchFile(lines: number): string {
  const out = ['pkg: example.com/shop'];
  for (let i = 0; i < lines; i++) out.push(`BenchmarkCheckout-8\t1000\t${100 + (i % 17)} ns/op\t64 B/op\t2 allocs/op`);
  const path = join(root, `bench-${lines}.txt`);
  writeFileSync(path, `${out.join('\n')}\n`);
  return path;
}

async function inspectMs(path: string): Promise<number> {
  const started = performance.now();
  const code = await main(['inspect', path], { out: () => {}, err: () => {}, now: () => '2026-01-01T00:00:00.000Z' });
  expect(code).toBe(0);
  return performance.now() - started;
}

function parseGoTraceBytes(bytes: Uint8Array, ctx: ImportContext) {
  if (!goTraceImporter.parseStream) throw new Error('the Go trace importer reads streams');
  return goTraceImporter.parseStream(oneChunk(bytes), ctx);
}

/** Times `n` and `8n` after a warm-up run: 8n may take at most 24× as long (quadratic: 64×). */
async function expectNearLinear<T>(timeMs: (size: T) => Promise<number>, warm: T, n: T, n8: T): Promise<void> {
  await timeMs(warm); // warm up the code paths
  const small = Math.max(await timeMs(n), 50);
  const large = await timeMs(n8);
  expect(large, `n: ${small.toFixed(0)} ms, 8n: ${large.toFixed(0)} ms`).toBeLessThan(24 * small);
}

describe('near-linear stages', () => {
  it('inspect of bench output: 8× the lines take well under 64× the time', async () => {
    const [small, large] = [benchFile(10_000), benchFile(80_000)];
    await expectNearLinear(inspectMs, small, small, large);
  }, 120_000);
});

describe('compare of deep stacks', () => {
  async function compareMs(depth: number): Promise<number> {
    const dir = join(root, `deep-${depth}`);
    for (const side of ['base', 'head'] as const) {
      mkdirSync(join(dir, side, 'run1'), { recursive: true });
      writeFileSync(join(dir, side, 'run1', 'cpu.pb.gz'), deepChainsProfile(depth, 3, side === 'head'));
    }
    const started = performance.now();
    const io = { out: () => {}, err: () => {}, now: () => '2026-01-01T00:00:00.000Z' };
    const args = ['compare', '--base', join(dir, 'base'), '--head', join(dir, 'head'), '--fail-on', 'never'];
    expect(await main(args, io)).toBe(0);
    return performance.now() - started;
  }

  it('8× deeper stacks (every frame a culprit) take well under 64× the time', async () => {
    await expectNearLinear(compareMs, 128, 512, 4096);
  }, 240_000);
});

describe('the v2 trace ordering with many threads', () => {
  async function orderMs(threads: number): Promise<number> {
    const ctx = { path: 't', limits: defaultLimits, diagnostics: new DiagnosticSink() };
    const started = performance.now();
    const result = await parseGoTraceBytes(stuckTraceBytes(threads, 10), ctx);
    const ms = performance.now() - started;
    const summary = result.content.type === 'go-trace' ? result.content.summary : undefined;
    expect(summary?.gc.cycles).toBe(5 * threads + 1); // every GC event was ordered
    return ms;
  }

  it('a trace that keeps the reader stuck: 8× the threads take well under 64× the time', async () => {
    await expectNearLinear(orderMs, 100, 500, 4000);
  }, 120_000);
});

describe('the v2 trace ordering and max-import-seconds', () => {
  it('checks the budget while it orders one chunk, and a spent budget fails the file', async () => {
    const bytes = readFileSync('fixtures/gotrace/go1.23-gogc100.trace');
    let checks = 0;
    const ctx = {
      path: 't',
      limits: defaultLimits,
      diagnostics: new DiagnosticSink(),
      checkBudget: () => void checks++,
    };
    await parseGoTraceBytes(bytes, ctx); // one chunk: only the ordering loop can call it
    expect(checks).toBeGreaterThan(3);
    const spent = {
      ...ctx,
      checkBudget: (offset: number) => {
        throw new FormatError('input', 'input.too-slow', 'reading took longer than maxImportSeconds=0', { offset });
      },
    };
    await expect(parseGoTraceBytes(bytes, spent)).rejects.toMatchObject({ code: 'input.too-slow' });
  });
});
