// Shared by the CI property tests (test/fuzz-importers.test.ts) and the long fuzz run
// (scripts/fuzz-long.ts): one target per importer with real fixtures as seeds, the mutations
// (bit flips, truncation, splices, inflated length fields, huge varints, deep nesting, JSON
// tree edits, random chunking for the streaming reader) and the oracle: an importer returns an
// artifact or throws a FormatError, nothing else, within a time budget per input.

import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { importBytes } from '../src/engine/read-inputs/import-file.js';
import { goBenchImporter } from '../src/formats/gobench/importer.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import { foldedImporter } from '../src/formats/folded/importer.js';
import type { Importer } from '../src/formats/importer.js';
import { jaegerImporter } from '../src/formats/jaeger/importer.js';
import { otlpJsonImporter } from '../src/formats/otlp-json/importer.js';
import { otlpProtoImporter } from '../src/formats/otlp-proto/importer.js';
import { pprofLegacyImporter } from '../src/formats/pprof-legacy/importer.js';
import { pprofImporter } from '../src/formats/pprof/importer.js';
import { zipkinImporter } from '../src/formats/zipkin/importer.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits, type Limits } from '../src/model/limits.js';

export type Kind = 'binary' | 'json' | 'text';

export interface FuzzTarget {
  format: string;
  kind: Kind;
  seeds: Uint8Array[];
  /** Parses one input; returns the artifact or throws (the oracle sorts out what is allowed). */
  run(bytes: Uint8Array, chunkSizes: number[]): Promise<ParsedArtifact>;
}

/** Limits for fuzzing: defaults, but small enough that a crafted input cannot take long. */
export const fuzzLimits: Limits = {
  ...defaultLimits,
  maxTableEntries: 1_000_000,
  maxSpans: 100_000,
  maxDecompressedBytes: 64 * 1024 * 1024,
};

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const gunzip = (bytes: Uint8Array): Uint8Array =>
  bytes[0] === 0x1f && bytes[1] === 0x8b ? new Uint8Array(gunzipSync(bytes)) : bytes;

function files(dir: string, keep: (path: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(golden|got|expect|md)$/.test(e.name) && !e.name.startsWith('LICENSE'))
    .map((e) => join(dir, e.name))
    .filter(keep)
    .sort();
}

function ctx() {
  return { path: 'fuzz-input', limits: fuzzLimits, diagnostics: new DiagnosticSink() };
}

function whole(importer: Importer): FuzzTarget['run'] {
  return (bytes) => new Promise((resolve) => resolve(importer.parse!(bytes, ctx())));
}

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length ? Math.max(1, sizes[i % sizes.length] as number) : bytes.length;
    yield await Promise.resolve(bytes.subarray(at, at + size));
    at += size;
  }
}

const small = (max: number) => (path: string) => readFileSync(path).length <= max;

export function fuzzTargets(): FuzzTarget[] {
  const pprofSeeds = [
    ...files('fixtures/pprof/go1.26'),
    ...files('fixtures/pprof/go1.21'),
    'fixtures/pprof/minimal-valid.pb',
  ]
    .filter((p) => /\.pb(\.gz)?$/.test(p))
    .map((p) => gunzip(read(p)));
  return [
    { format: 'pprof', kind: 'binary', seeds: pprofSeeds, run: whole(pprofImporter) },
    {
      format: 'pprof-gz', // the engine path: size check, bounded gunzip, detection
      kind: 'binary',
      seeds: files('fixtures/pprof/go1.26')
        .filter((p) => p.endsWith('.gz'))
        .map(read),
      run: async (bytes) => importBytes(bytes, 'fuzz-input', fuzzLimits),
    },
    {
      format: 'pprof-legacy',
      kind: 'text',
      seeds: files('fixtures/pprof/debug1')
        .filter((p) => p.endsWith('.txt'))
        .map(read),
      run: whole(pprofLegacyImporter),
    },
    { format: 'folded', kind: 'text', seeds: files('fixtures/folded').map(read), run: whole(foldedImporter) },
    {
      format: 'otlp-json',
      kind: 'json',
      seeds: ['good-one-request.json', 'good.jsonl', 'missing-parents.jsonl'].map((n) =>
        read(join('fixtures/otlp-json', n)),
      ),
      run: whole(otlpJsonImporter),
    },
    {
      format: 'otlp-proto',
      kind: 'binary',
      seeds: ['good.pb', 'missing-parents.pb'].map((n) => read(join('fixtures/otlp-proto', n))),
      run: whole(otlpProtoImporter),
    },
    {
      format: 'zipkin',
      kind: 'json',
      seeds: [
        'good.json',
        'missing-parents.json',
        ...readdirSync('fixtures/spans')
          .filter((n) => n.startsWith('zipkin'))
          .map((n) => `../spans/${n}`),
      ].map((n) => read(join('fixtures/zipkin', n))),
      run: whole(zipkinImporter),
    },
    {
      format: 'jaeger',
      kind: 'json',
      seeds: ['good.json', 'missing-parents.json'].map((n) => read(join('fixtures/jaeger', n))),
      run: whole(jaegerImporter),
    },
    {
      format: 'gotrace',
      kind: 'binary',
      seeds: [...files('fixtures/gotrace', small(80_000)), ...files('fixtures/gotrace/legacy', small(30_000))].map(
        read,
      ),
      run: async (bytes, sizes) => goTraceImporter.parseStream!(chunked(bytes, sizes), ctx()),
    },
    { format: 'gobench', kind: 'text', seeds: files('fixtures/gobench').map(read), run: whole(goBenchImporter) },
  ];
}

/** A mutation, described so a failing case can be read and replayed. */
export interface Mutated {
  bytes: Uint8Array;
  how: string;
  chunkSizes: number[];
}

const enc = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Byte-level mutations every format gets. */
function byteMutation(seeds: Uint8Array[]): fc.Arbitrary<Mutated> {
  const seed = fc.nat({ max: seeds.length - 1 }).map((i) => ({ i, s: seeds[i] as Uint8Array }));
  const pos = fc.double({ min: 0, max: 1, noNaN: true });
  const at = (s: Uint8Array, p: number) => Math.min(s.length, Math.floor(p * s.length));
  const none: number[] = [];
  return fc.oneof(
    fc
      .tuple(seed, fc.array(fc.tuple(pos, fc.nat({ max: 7 })), { minLength: 1, maxLength: 16 }))
      .map(([{ i, s }, flips]) => {
        const b = s.slice();
        for (const [p, bit] of flips) if (b.length) b[Math.min(b.length - 1, at(b, p))]! ^= 1 << bit;
        return { bytes: b, how: `seed ${i}: flip ${flips.length} bits`, chunkSizes: none };
      }),
    fc.tuple(seed, pos).map(([{ i, s }, p]) => ({
      bytes: s.slice(0, at(s, p)),
      how: `seed ${i}: truncate at ${at(s, p)}`,
      chunkSizes: none,
    })),
    fc.tuple(seed, seed, pos, pos).map(([a, b, p, q]) => ({
      bytes: concat(a.s.subarray(0, at(a.s, p)), b.s.subarray(at(b.s, q))),
      how: `splice seed ${a.i}[..${at(a.s, p)}] + seed ${b.i}[${at(b.s, q)}..]`,
      chunkSizes: none,
    })),
    fc
      .tuple(
        seed,
        pos,
        fc.constantFrom(
          [0xff, 0xff, 0xff, 0xff, 0x0f],
          [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
          [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
          [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80],
          [0xfe, 0xff, 0xff, 0x7f],
        ),
        fc.boolean(),
      )
      .map(([{ i, s }, p, varint, overwrite]) => {
        const k = at(s, p);
        const bytes = overwrite
          ? concat(s.subarray(0, k), new Uint8Array(varint), s.subarray(Math.min(s.length, k + varint.length)))
          : concat(s.subarray(0, k), new Uint8Array(varint), s.subarray(k));
        return {
          bytes,
          how: `seed ${i}: ${overwrite ? 'overwrite' : 'insert'} varint ${varint.map((x) => x.toString(16)).join(' ')} at ${k}`,
          chunkSizes: none,
        };
      }),
    fc.tuple(seed, pos, fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([{ i, s }, p, junk]) => ({
      bytes: concat(s.subarray(0, at(s, p)), junk, s.subarray(at(s, p))),
      how: `seed ${i}: insert ${junk.length} random bytes at ${at(s, p)}`,
      chunkSizes: none,
    })),
    fc.tuple(seed, pos, pos, fc.integer({ min: 2, max: 50 })).map(([{ i, s }, p, q, times]) => {
      const a = at(s, Math.min(p, q));
      const b = Math.min(s.length, a + 1 + Math.floor(Math.abs(p - q) * 512));
      const piece = s.subarray(a, b);
      return {
        bytes: concat(s.subarray(0, b), ...Array.from({ length: times }, () => piece), s.subarray(b)),
        how: `seed ${i}: repeat [${a}..${b}] ${times}×`,
        chunkSizes: none,
      };
    }),
  );
}

/** Parse → edit one node (any JSON value, or a deep nest) → serialise. */
function jsonMutation(seeds: Uint8Array[]): fc.Arbitrary<Mutated> {
  const docs = seeds.map((s) => new TextDecoder().decode(s)).map((t) => t.split('\n').filter((l) => l.trim())[0] ?? t);
  const parsed = docs.map((d) => {
    try {
      return JSON.parse(d) as unknown;
    } catch {
      return {};
    }
  });
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      null,
      -1,
      1e308,
      -0,
      '',
      'NaN',
      '18446744073709551616',
      '99999999999999999999999999',
      'ffffffffffffffffffffffffffffffffff',
      [],
      {},
    ),
    fc.integer({ min: 1000, max: 200_000 }).map((depth) => ({ __deep: depth })),
    fc.string({ maxLength: 200, unit: 'binary' }),
  );
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), replacement)
    .map(([i, p, value]) => {
      const doc = structuredClone(parsed[i]);
      const paths: (string | number)[][] = [];
      const walk = (v: unknown, path: (string | number)[]): void => {
        paths.push(path);
        if (paths.length > 20_000 || v === null || typeof v !== 'object') return;
        for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
      };
      walk(doc, []);
      const deep =
        typeof value === 'object' && value !== null && '__deep' in value ? (value as { __deep: number }).__deep : 0;
      // Deep nests go where nesting is read: attribute and tag values, when the document has them.
      const values = paths.filter((q) => q[q.length - 1] === 'value');
      const pool = deep && values.length ? values : paths;
      const path = pool[Math.min(pool.length - 1, Math.floor(p * pool.length))] ?? [];
      const marker = '"\u0000deep\u0000"';
      const placed = deep ? marker : JSON.stringify(value);
      let text: string;
      if (path.length === 0) text = placed;
      else {
        let parent = doc as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = '\u0000placeholder\u0000';
        text = JSON.stringify(doc).replace('"\\u0000placeholder\\u0000"', placed);
      }
      if (deep) {
        const otlp = path[path.length - 1] === 'value' && deep % 2 === 0;
        const open = otlp ? '{"arrayValue":{"values":[' : '[';
        const close = otlp ? ']}}' : ']';
        text = text.replace(marker, open.repeat(deep) + close.repeat(deep));
      }
      return {
        bytes: enc.encode(text),
        how: `seed ${i}: set /${path.join('/')} to ${deep ? `${deep}-deep nest` : placed.slice(0, 60)}`,
        chunkSizes: [],
      };
    });
}

/** Text formats: hostile lines (very deep stacks, huge counts, long lines, control bytes). */
function textMutation(seeds: Uint8Array[]): fc.Arbitrary<Mutated> {
  const line = fc.oneof(
    fc.integer({ min: 1000, max: 300_000 }).map((depth) => `${'f;'.repeat(depth)}leaf 1`),
    fc.constantFrom(
      'a;b 99999999999999999999999',
      'a;b 1e309',
      ';;;;; 1',
      ' 1',
      'x '.repeat(5000) + '1',
      'BenchmarkX-8 1 NaN ns/op',
      'BenchmarkX-99999999999999999999 1 1 ns/op',
      'BenchmarkX 18446744073709551616 1 ns/op',
      'goos: \u0000',
      'a\u0000b;c 1',
    ),
    fc.string({ maxLength: 300, unit: 'grapheme' }),
  );
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), line)
    .map(([i, p, l]) => {
      const lines = new TextDecoder().decode(seeds[i]).split('\n');
      const k = Math.floor(p * lines.length);
      lines.splice(k, 0, l);
      return {
        bytes: enc.encode(lines.join('\n')),
        how: `seed ${i}: insert line ${k}: ${JSON.stringify(l.slice(0, 60))}${l.length > 60 ? `… (${l.length} chars)` : ''}`,
        chunkSizes: [],
      };
    });
}

export function mutations(target: FuzzTarget): fc.Arbitrary<Mutated> {
  const bytes = byteMutation(target.seeds);
  const base =
    target.kind === 'json'
      ? fc.oneof(bytes, jsonMutation(target.seeds))
      : target.kind === 'text'
        ? fc.oneof(bytes, textMutation(target.seeds))
        : bytes;
  if (target.format !== 'gotrace') return base;
  return fc.tuple(base, fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 4 })).map(([m, sizes]) => ({
    ...m,
    chunkSizes: sizes,
    how: sizes.length ? `${m.how}, chunks ${sizes.join('/')}` : m.how,
  }));
}

export type Outcome = 'ok' | 'format-error';

/** The oracle: an artifact or a FormatError, in time. Anything else throws with the case named. */
export async function check(
  target: FuzzTarget,
  m: Pick<Mutated, 'bytes' | 'chunkSizes'>,
  budgetMs: number,
  how = '',
): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const artifact = await target.run(m.bytes, m.chunkSizes);
    if (!artifact || typeof artifact !== 'object' || !artifact.content)
      throw new Error('importer returned no artifact');
    outcome = 'ok';
  } catch (err) {
    if (!(err instanceof FormatError)) {
      const e = err instanceof Error ? err : new Error(String(err));
      e.message = `${target.format}: ${how}: non-FormatError ${e.name}: ${e.message}`;
      throw e;
    }
    if (err.message.length > 2000)
      throw new Error(`${target.format}: ${how}: FormatError message of ${err.message.length} chars embeds the input`, {
        cause: err,
      });
    outcome = 'format-error';
  }
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs)
    throw new Error(`${target.format}: ${how}: took ${elapsed.toFixed(0)} ms (budget ${budgetMs} ms)`);
  return outcome;
}

/** Crashers kept forever: fixtures/_fuzz/<format>/<name> (chunk sizes, if any, in <name>.chunks). */
export function crasherFiles(format: string): { name: string; bytes: Uint8Array; chunkSizes: number[] }[] {
  const dir = join('fixtures/_fuzz', format);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !/\.(chunks|md|expect)$/.test(n))
    .map((name) => {
      const chunks = join(dir, `${name}.chunks`);
      const raw = read(join(dir, name));
      // Big crashers are kept gzipped (`.gz`), except for the target that reads gzip itself.
      const bytes = name.endsWith('.gz') && format !== 'pprof-gz' ? gunzip(raw) : raw;
      return {
        name,
        bytes,
        chunkSizes: existsSync(chunks) ? readFileSync(chunks, 'utf8').trim().split(/\s+/).map(Number) : [],
      };
    });
}
