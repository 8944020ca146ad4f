// Untrusted traces: Go's own fuzz corpus for its reader (`go test fuzz v1` files) must get the
// verdict Go's reader gives (refused, or read with the same event counts); real traces cut at many
// offsets and randomly mutated real traces must never crash the importer: it either throws a
// FormatError or returns a (partial) summary, with a diagnostic when it stopped early.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

const root = 'fixtures/gotrace';

async function tryParse(bytes: Uint8Array): Promise<ParsedArtifact | FormatError> {
  const ctx = { path: 'input', limits: defaultLimits, diagnostics: new DiagnosticSink() };
  try {
    return await goTraceImporter.parseStream!(oneChunk(bytes), ctx);
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
}

/** Decodes the `[]byte("…")` line of a `go test fuzz v1` file (Go string-literal escapes). */
function decodeFuzzFile(text: string): Uint8Array {
  const m = /\[\]byte\("((?:[^"\\]|\\.)*)"\)/s.exec(text);
  if (!m) throw new Error('not a go test fuzz v1 []byte entry');
  const out: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };
  const s = m[1]!;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out.push(...new TextEncoder().encode(c));
      continue;
    }
    const e = s[++i]!;
    if (e in simple) out.push(simple[e]!);
    else if (e === 'x') {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(e)) {
      out.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else throw new Error(`unsupported escape \\${e}`);
  }
  return new Uint8Array(out);
}

/** Go 1.26's verdict on each corpus entry (gotracestat; fixtures/_gen/gotrace/oracle.mjs writes it). */
type GoVerdict = { error: string } | { events: number; byKind: Record<string, number> };
const goVerdicts = JSON.parse(readFileSync(join(root, 'fuzz-oracle.json'), 'utf8')) as Record<string, GoVerdict>;

/** Entries our reader accepts though Go refuses them; fixing the reader makes these tests fail. */
const knownLenient: Record<string, string> = {
  '4055b17cae1a3443': 'an unknown event type (36) after the sync batch ends the batch instead of the trace',
  'invalid-proc-state': 'a proc status of 69 is not checked',
};

describe("Go's fuzz corpus for its trace reader: the same verdict as Go's own reader", () => {
  const files = readdirSync(join(root, 'fuzz'));
  it('is present, with a verdict for every entry', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(goVerdicts).sort()).toEqual([...files].sort());
  });
  for (const name of files) {
    const verdict = goVerdicts[name];
    const title = verdict && 'error' in verdict ? `Go refuses (${verdict.error})` : 'Go reads it';
    const test = name in knownLenient ? it.fails : it;
    test(`${name}: ${title}; so do we${name in knownLenient ? ` (known gap: ${knownLenient[name]})` : ''}`, async () => {
      const bytes = decodeFuzzFile(readFileSync(join(root, 'fuzz', name), 'utf8'));
      const result = await tryParse(bytes);
      if (!verdict) throw new Error(`no Go verdict for ${name} in fuzz-oracle.json`);
      if ('error' in verdict) {
        expect(result).toBeInstanceOf(FormatError);
        if (result instanceof FormatError) expect(result.code).toMatch(/^gotrace\./);
        return;
      }
      if (result instanceof FormatError) throw result;
      const summary = result.content.type === 'go-trace' ? result.content.summary : undefined;
      expect(summary?.events).toBe(verdict.events);
      expect(summary?.eventsByKind).toEqual(verdict.byKind);
    });
  }
});

describe('truncated real traces', () => {
  for (const name of [
    'go1.21.trace',
    'go1.22.trace',
    'go1.23.trace',
    'go1.25.trace',
    'go1.26.trace',
    'legacy/http_1_19_good.trace',
  ]) {
    it(`${name} cut at 40 offsets`, async () => {
      const full = new Uint8Array(readFileSync(join(root, name)));
      let partial = 0;
      for (let k = 1; k <= 40; k++) {
        const cut = Math.floor((full.length * k) / 41) + 3;
        const result = await tryParse(full.subarray(0, cut));
        if (result instanceof FormatError) {
          expect(result.code).toMatch(/^gotrace\./);
          continue;
        }
        const summary = result.content.type === 'go-trace' ? result.content.summary : undefined;
        if (summary?.truncatedAtOffset !== undefined) {
          partial++;
          expect(summary.truncatedAtOffset).toBeLessThanOrEqual(cut);
          expect(result.diagnostics.map((d) => d.code).join()).toMatch(/gotrace\.(truncated|partial)/);
        }
      }
      if (!name.includes('1.2') || name.includes('1.21')) return; // legacy: cut traces lose their footer
      expect(partial).toBeGreaterThan(0);
    });
  }
});

describe('streaming', () => {
  async function* pieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
    for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.slice(i, i + size));
  }

  for (const name of ['go1.21.trace', 'go1.23.trace', 'go1.26.trace']) {
    it(`${name} gives the same summary whatever the chunk size`, async () => {
      const bytes = new Uint8Array(readFileSync(join(root, name)));
      const whole = await tryParse(bytes);
      for (const size of [1, 7, 4093, 65536]) {
        const ctx = { path: 'input', limits: defaultLimits, diagnostics: new DiagnosticSink() };
        const chunked = await goTraceImporter.parseStream!(pieces(bytes, size), ctx);
        expect(chunked.content).toEqual((whole as ParsedArtifact).content);
      }
    });
  }
});

describe('mutated real traces', () => {
  const seeds = ['go1.23.trace', 'go1.26.trace', 'go1.21.trace'].map(
    (n) => new Uint8Array(readFileSync(join(root, n))),
  );
  it('throw nothing but FormatError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (which, edits) => {
          const bytes = seeds[which]!.slice();
          for (const [pos, value] of edits) bytes[16 + (pos % (bytes.length - 16))] = value;
          await tryParse(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });
});
