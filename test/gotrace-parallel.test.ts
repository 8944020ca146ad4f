// The parallel v2 trace reader (docs/formats-gotrace.md §3.8): every v2 trace of fixtures/gotrace/
// with more than one generation, split at every generation boundary (one at a time, then all at
// once), stitches into exactly the artifact the sequential reader gives: summary, CPU profile,
// diagnostics. Truncated copies give the same stop offset or the same error. A run whose ordering
// state does not match its predecessor's is refused (the caller then reads in one thread), and
// through the engine the runs are read on worker threads.

import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { Cursor } from '../src/formats/gotrace/cursor.js';
import { readHeader, versionString, type HeaderVersion } from '../src/formats/gotrace/header.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import { readV2Range, type V2RangeResult } from '../src/formats/gotrace/range-reader-v2.js';
import {
  balancedRuns,
  runsStartingAt,
  splitGenerations,
  type GenerationRange,
  type RunPlan,
} from '../src/formats/gotrace/split-v2.js';
import { stitchV2 } from '../src/formats/gotrace/stitch-v2.js';
import { importTraceInParallel, runCount } from '../src/engine/import-pool/parallel-trace.js';
import { workerImporter } from '../src/engine/import-pool/worker-pool.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import type { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

const root = 'fixtures/gotrace';
const ctx = () => ({ path: 'trace', limits: defaultLimits, diagnostics: new DiagnosticSink() });

const v2Traces = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.trace') && !/bad|fuzz|legacy/.test(e.parentPath))
  .map((e) => join(e.parentPath, e.name))
  .filter((path) => readHeader(readFileSync(path).subarray(0, 16)).family === 'v2')
  .sort();

async function sequential(bytes: Uint8Array): Promise<ParsedArtifact | string> {
  return goTraceImporter.parseStream!(oneChunk(bytes), ctx()).catch(describeError);
}

function describeError(err: unknown): string {
  return err instanceof Error
    ? `${(err as { code?: string }).code}@${(err as { offset?: number }).offset}: ${err.message}`
    : String(err);
}

async function generations(bytes: Uint8Array, header: HeaderVersion): Promise<GenerationRange[]> {
  return splitGenerations((o, n) => Promise.resolve(bytes.subarray(o, o + n)), bytes.length, header.minor);
}

/** Each run read on its own (through structured clone, as from a worker), then stitched. */
async function stitched(
  bytes: Uint8Array,
  header: HeaderVersion,
  runs: RunPlan[],
): Promise<ParsedArtifact | string | undefined> {
  const results: V2RangeResult[] = [];
  for (const { start, end, ...run } of runs) {
    const request = {
      ...run,
      minor: header.minor,
      headerVersion: versionString(header),
      writtenBy: header.writtenBy,
      base: start,
    };
    results.push(structuredClone(await readV2Range(oneChunk(bytes.subarray(start, end)), request)));
  }
  try {
    return stitchV2(header, results, ctx());
  } catch (err) {
    return describeError(err);
  }
}

/** Every way to cut the generations once, and at every boundary at once. */
function cuts(count: number): number[][] {
  const one = Array.from({ length: count - 1 }, (_, i) => [i + 1]);
  return count > 2 ? [...one, one.map(([i]) => i!)] : one;
}

describe('v2 traces split at generation boundaries', () => {
  it('include traces of several generations in both generation formats (spill and end marker)', async () => {
    const many: string[] = [];
    for (const path of v2Traces) {
      const bytes = new Uint8Array(readFileSync(path));
      if ((await generations(bytes, readHeader(bytes.subarray(0, 16)))).length >= 4) many.push(path);
    }
    expect(many).toContain('fixtures/gotrace/generations/go1.23-gens.trace');
    expect(many).toContain('fixtures/gotrace/generations/go1.26-gens.trace');
  });

  for (const path of v2Traces) {
    it(`${path}: every split stitches to the sequential artifact`, async () => {
      const bytes = new Uint8Array(readFileSync(path));
      const header = readHeader(bytes.subarray(0, 16));
      const ranges = await generations(bytes, header);
      const want = await sequential(bytes);
      for (const starts of cuts(ranges.length)) {
        expect(
          await stitched(bytes, header, runsStartingAt(ranges, starts)),
          `${path} cut at ${starts.join(',')}`,
        ).toEqual(want);
      }
    });
  }
});

describe('broken traces split at generation boundaries', () => {
  for (const name of ['go1.23-gens.trace', 'go1.26-gens.trace']) {
    it(`${name} cut short anywhere: the same stop offset, diagnostics or error`, async () => {
      const whole = new Uint8Array(readFileSync(join(root, 'generations', name)));
      const header = readHeader(whole.subarray(0, 16));
      const full = await generations(whole, header);
      const ends = new Set<number>([20, 100]);
      for (const r of full) for (const d of [-1, 0, 1, 7, 40]) ends.add(r.start + d).add(r.end + d);
      for (let i = 1; i < 9; i++) ends.add(Math.round((whole.length * i) / 9));
      let stopped = 0;
      for (const end of [...ends].filter((e) => e > 16 && e < whole.length).sort((a, b) => a - b)) {
        const bytes = whole.subarray(0, end);
        const ranges = await generations(bytes, header);
        const want = await sequential(bytes);
        if (typeof want !== 'string' && want.content.type === 'go-trace' && want.content.summary.truncatedAtOffset)
          stopped++;
        for (const starts of cuts(ranges.length)) {
          expect(
            await stitched(bytes, header, runsStartingAt(ranges, starts)),
            `${name} cut at byte ${end}, runs at ${starts.join(',')}`,
          ).toEqual(want);
        }
      }
      expect(stopped).toBeGreaterThan(10);
    });
  }

  it('a damaged batch header in a later generation stops every split where it stops the sequential reader', async () => {
    const whole = new Uint8Array(readFileSync(join(root, 'generations', 'go1.26-gens.trace')));
    const header = readHeader(whole.subarray(0, 16));
    const full = await generations(whole, header);
    const bytes = whole.slice();
    bytes[full[2]!.start] = 0x7f; // not a batch type
    const ranges = await generations(bytes, header);
    expect(ranges).toHaveLength(2); // the generation before the damage runs to the end of the file
    const want = await sequential(bytes);
    expect(typeof want === 'string' ? want : want.diagnostics).toMatchObject([{ code: 'gotrace.partial' }]);
    for (const starts of cuts(ranges.length))
      expect(await stitched(bytes, header, runsStartingAt(ranges, starts))).toEqual(want);
  });
});

describe('a run whose starting state differs from where the previous run ended', () => {
  it('is refused: the caller reads the file in one thread', async () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'generations', 'go1.26-gens.trace')));
    const header = readHeader(bytes.subarray(0, 16));
    const ranges = await generations(bytes, header);
    const refused: number[] = [];
    for (let i = 1; i < ranges.length; i++) {
      const runs = runsStartingAt(ranges, [i]);
      expect(await stitched(bytes, header, runs)).not.toBeUndefined();
      runs[1]!.priorThreads = [...runs[1]!.priorThreads, 999_999]; // a thread the trace never had
      if ((await stitched(bytes, header, runs)) === undefined) refused.push(i);
    }
    expect(refused).toEqual([1, 2, 3]);
  });
});

describe('through the engine', () => {
  const pool = workerImporter(defaultLimits, 2);
  afterAll(() => pool.close());

  it('reads the runs on worker threads and gives what one thread gives', async () => {
    for (const name of ['go1.23-gens.trace', 'go1.26-gens.trace']) {
      const path = join(root, 'generations', name);
      const threaded = await importTraceInParallel(path, defaultLimits, pool, 2, 0);
      expect(threaded, name).toBeDefined();
      expect(threaded).toEqual(await importFile(path, defaultLimits));
    }
  });

  it('leaves small and single-generation traces to one thread', async () => {
    expect(await importTraceInParallel(join(root, 'go1.26.trace'), defaultLimits, pool, 2, 0)).toBeUndefined();
    const gens = join(root, 'generations', 'go1.26-gens.trace');
    expect(await importTraceInParallel(gens, defaultLimits, pool, 2)).toBeUndefined(); // below minBytesForSplit
  });

  it('fails a trace broken in its first generation with the error and place one thread gives, by name', async () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'generations', 'go1.26-gens.trace')));
    bytes[firstEventBatch(bytes)] = 0xff; // no such event type
    const path = join(mkdtempSync(join(tmpdir(), 'perfgate-split-')), 'broken.trace');
    writeFileSync(path, bytes);
    const threaded = (await importTraceInParallel(path, defaultLimits, pool, 2, 0).catch(
      (e: unknown) => e,
    )) as FormatError;
    const inThread = (await importFile(path, defaultLimits).catch((e: unknown) => e)) as FormatError;
    expect(inThread.describe()).toContain(path);
    expect(threaded.describe()).toBe(inThread.describe());
  });
});

/** Offset of the first payload byte of the first event batch (not a table or clock batch). */
function firstEventBatch(bytes: Uint8Array): number {
  let offset = 16;
  for (;;) {
    const c = new Cursor(bytes, offset + 1);
    c.uvarint(); // generation
    c.uvarint(); // thread
    c.uvarint(); // time
    const size = c.uvarint();
    if (![2, 4, 6, 50].includes(bytes[c.pos]!)) return c.pos;
    offset = c.pos + size;
  }
}

describe('cutting the generations into runs', () => {
  const ranges: GenerationRange[] = Array.from({ length: 40 }, (_, i) => ({
    gen: i + 1,
    start: 16 + i * 1000,
    end: 16 + (i + 1) * 1000,
    threads: [i % 5, 100 + i],
  }));

  it('covers every generation once, each later run starting one generation early (its warm-up)', () => {
    for (const parts of [2, 3, 4, 8]) {
      const runs = balancedRuns(ranges, parts);
      expect(runs).toHaveLength(parts);
      expect(runs[0]).toMatchObject({ start: 16, startsFile: true, endsFile: false, priorThreads: [] });
      expect(runs.at(-1)).toMatchObject({ end: ranges.at(-1)!.end, endsFile: true });
      for (let k = 1; k < runs.length; k++) {
        expect(runs[k]!.start).toBe(runs[k - 1]!.end - 1000); // the previous run's last generation
        const firstGen = (runs[k]!.start - 16) / 1000 + 1; // index of the first summarised generation
        const before = ranges.slice(0, firstGen);
        expect(runs[k]!.priorThreads).toEqual([...new Set(before.flatMap((r) => r.threads))].sort((a, b) => a - b));
      }
      const sizes = runs.map((r) => r.end - r.start);
      const spread = sizes.reduce((a, b) => Math.max(a, b)) - sizes.reduce((a, b) => Math.min(a, b));
      expect(spread).toBeLessThanOrEqual(1000);
    }
  });

  it('gives as many runs as threads, two per thread once generations are many', () => {
    expect(runCount(10, 2)).toBe(2);
    expect(runCount(32, 2)).toBe(4);
    expect(balancedRuns(ranges.slice(0, 1), 4)).toHaveLength(1);
  });
});
