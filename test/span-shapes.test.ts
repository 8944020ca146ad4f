// Span export shapes beyond the canonical ones, built from the committed real exports: Zipkin
// `error` tags of any value, a single Zipkin span object, Jaeger span documents that carry their
// process, and Jaeger JSON that is not an export (refused by name).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../src/engine/read-inputs/import-file.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Span } from '../src/model/span-set.js';

type Json = Record<string, unknown>;
const zipkin = JSON.parse(readFileSync('fixtures/zipkin/good.json', 'utf8')) as Json[];
const jaeger = JSON.parse(readFileSync('fixtures/jaeger/good.json', 'utf8')) as { data: Json[] };

async function read(doc: unknown): Promise<ParsedArtifact> {
  return importBytes(new TextEncoder().encode(JSON.stringify(doc)), 'input', defaultLimits);
}

async function spans(doc: unknown): Promise<Span[]> {
  const parsed = await read(doc);
  if (parsed.content.type !== 'spans') throw new Error(`read as ${parsed.content.type}`);
  return parsed.content.spans.spans;
}

describe('Zipkin', () => {
  it('an error tag of any value marks the span failed, with its text as the message', async () => {
    const withError = (value: string) =>
      zipkin.map((s, i) => (i === 0 ? { ...s, tags: { ...(s['tags'] as Json), error: value } } : s));
    const base = await spans(zipkin);
    expect(base[0]?.status.code).not.toBe('error');
    const errors = (list: Span[]) => list.filter((s) => s.status.code === 'error').length;
    const text = await spans(withError('Non-basic error message'));
    expect(text[0]?.status).toEqual({ code: 'error', message: 'Non-basic error message' });
    expect(errors(text)).toBe(errors(base) + 1);
    expect((await spans(withError('500')))[0]?.status.code).toBe('error');
  });
  it('reads one span object on its own', async () => {
    const one = await spans(zipkin[0]);
    expect(one).toHaveLength(1);
    expect(one[0]?.spanId).toBe(zipkin[0]?.['id']);
  });
});

describe('Jaeger', () => {
  const trace = jaeger.data[0] as { spans: Json[]; processes: Record<string, Json> };
  const documents = trace.spans.map((s) => ({ ...s, process: trace.processes[String(s['processID'])] }));
  it('reads span documents that carry their process, one or an array', async () => {
    const all = await spans(documents);
    expect(all).toHaveLength(trace.spans.length);
    expect(new Set(all.map((s) => s.service))).toEqual(new Set((await spans(jaeger)).map((s) => s.service)));
    expect(await spans(documents[0])).toHaveLength(1);
  });
  it('refuses the domain model and the UI state by name', async () => {
    await expect(read({ spans: trace.spans, processMap: [] })).rejects.toThrow(/Jaeger domain-model trace/);
    await expect(read({ data: trace, id: 'x', state: 'FETCH_DONE' })).rejects.toThrow(/Jaeger UI trace state/);
  });
});

describe('OTLP/protobuf', () => {
  it('reads a span name that is not UTF-8 leniently, with a diagnostic', async () => {
    const bytes = new Uint8Array(readFileSync('fixtures/otlp-proto/good.pb'));
    const at = Buffer.from(bytes).indexOf('GET /checkout');
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 0xe9; // "G\xe9T /checkout": a lone Latin-1 byte
    const parsed = await importBytes(bytes, 'input', defaultLimits);
    if (parsed.content.type !== 'spans') throw new Error('not spans');
    expect(parsed.content.spans.spans.map((s) => s.name)).toContain('G\uFFFDT /checkout');
    expect(parsed.diagnostics.map((d) => [d.code, d.count])).toContainEqual(['otlp-proto.invalid-utf8', 1]);
  });
});
