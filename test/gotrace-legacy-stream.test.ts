// Legacy traces (Go 1.11–1.21) read two ways must give the same result: streamed (an index pass,
// then the merge reading batches by offset through a bounded reorder window) and whole (the body
// held and ordered at once, as for stdin or a gunzipped stream). Same summaries, CPU profiles and
// diagnostics, or the same FormatError (code, message, offset), on every legacy fixture, on those
// fixtures cut short and mutated, and with windows small enough to fall back to the whole path.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import type { ImportContext } from '../src/formats/importer.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import type { LegacyOptions } from '../src/formats/gotrace/legacy/reader.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

const legacyHeader = /^go 1\.(1[1-9]|2[01]) trace\0/;

const fixtures = readdirSync('fixtures/gotrace', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.trace'))
  .map((e) => join(e.parentPath, e.name))
  .filter((f) => legacyHeader.test(readFileSync(f).subarray(0, 16).toString('latin1')))
  .sort();

type Outcome = ParsedArtifact | { code: string; message: string; offset: number | undefined };

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield await Promise.resolve(bytes.subarray(at, at + size));
}

/** `window`: undefined reads the body whole (no random access); a number streams with that window. */
async function read(bytes: Uint8Array, window?: number, onWholeBody?: (why: string) => void): Promise<Outcome> {
  const ctx: ImportContext & LegacyOptions = {
    path: 'input',
    limits: defaultLimits,
    diagnostics: new DiagnosticSink(),
  };
  if (window !== undefined) {
    ctx.randomAccess = {
      sizeBytes: bytes.length,
      readAt: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
    };
    ctx.windowEvents = window;
    ctx.onWholeBody = onWholeBody;
  }
  try {
    return await goTraceImporter.parseStream!(chunked(bytes, 7777), ctx);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    return { code: err.code, message: err.message, offset: err.offset };
  }
}

/** A Go 1.21 trace of `ps` Ps with one batch and one ProcStop each, then the frequency footer. */
function manyProcs(ps: number): Uint8Array {
  const out: number[] = [...new TextEncoder().encode('go 1.21 trace'), 0, 0, 0];
  const varint = (v: number): void => {
    for (; v >= 0x80; v = Math.floor(v / 128)) out.push((v % 128) | 0x80);
    out.push(v);
  };
  for (let p = 0; p < ps; p++) {
    out.push(0x41); // Batch, 2 values: P, ticks
    varint(p);
    varint(1000 + p);
    out.push(6); // ProcStop, 1 value: the tick delta
    varint(1);
  }
  out.push(2); // Frequency
  varint(1e9);
  return new Uint8Array(out);
}

describe('legacy traces streamed and whole', () => {
  it('merges a trace of many Ps in time that grows with the Ps, not their square', async () => {
    const seconds = async (ps: number): Promise<number> => {
      const bytes = manyProcs(ps);
      const start = performance.now();
      const out = await read(bytes, 1 << 18);
      expect('content' in out && out.content.type === 'go-trace' && out.content.summary.events).toBeGreaterThan(ps);
      return (performance.now() - start) / 1000;
    };
    await seconds(2000); // warm-up
    const small = await seconds(4000);
    const large = await seconds(32000);
    expect(large / small).toBeLessThan(20); // linear: 8×; a scan of every P per event: about 30× here
  });

  it('finds the legacy fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  it.each(fixtures)('%s: the same result with the default window and none falls back', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const fellBack: string[] = [];
    expect(await read(bytes, 1 << 18, (why) => fellBack.push(why))).toEqual(await read(bytes));
    expect(fellBack).toEqual([]);
  });

  it('reads a file on disk through the engine (streamed, random access) as the whole path reads its bytes', async () => {
    for (const file of fixtures.filter((f) => !f.includes('/bad/'))) {
      const whole = await read(new Uint8Array(readFileSync(file)));
      expect(await importFile(file, defaultLimits), file).toEqual(whole);
    }
  });

  it('gives the same result with windows small enough to fill, and falls back when it must', async () => {
    const fellBack: string[] = [];
    for (const file of fixtures) {
      const bytes = new Uint8Array(readFileSync(file));
      const whole = await read(bytes);
      for (const window of [64, 8, 1])
        expect(await read(bytes, window, (why) => fellBack.push(why)), file).toEqual(whole);
    }
    expect(fellBack.length).toBeGreaterThan(0);
  });

  it('gives the same result or error on legacy traces cut short', async () => {
    for (const file of fixtures) {
      const bytes = new Uint8Array(readFileSync(file));
      for (let k = 1; k <= 12; k++) {
        const cut = bytes.subarray(0, Math.floor((bytes.length * k) / 13));
        expect(await read(cut, 1 << 18), `${file} cut at ${cut.length}`).toEqual(await read(cut));
      }
    }
  });

  it('gives the same result or error on mutated legacy traces', async () => {
    const seeds = fixtures.filter((f) => !f.includes('/bad/')).map((f) => new Uint8Array(readFileSync(f)));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(1 << 18, 16),
        async (which, edits, window) => {
          const bytes = seeds[which]!.slice();
          for (const [where, value] of edits) bytes[16 + Math.floor(where * (bytes.length - 17))] = value;
          expect(await read(bytes, window)).toEqual(await read(bytes));
        },
      ),
      { numRuns: 150 },
    );
  });
});
