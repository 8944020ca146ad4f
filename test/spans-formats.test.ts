// Span importers: every generated fixture is detected by content and parsed; all four formats
// carry the same scenario as the same span tree; Jaeger's own UI sample reads in place.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gunzipBounded, isGzip } from '../src/formats/gzip.js';
import { sniffBytes } from '../src/formats/importer.js';
import { detectImporter, importers } from '../src/formats/registry.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Span } from '../src/model/span-set.js';
import { missingFileNote, titled } from './outside-repo.js';
import { fixturePath, parseFile, scenarios, spanFormats, spansOf } from './spans-helpers.js';

const ours = new Set<string>(spanFormats);
/** Fixture folders of span exports: the four formats plus hand-written edge cases. */
const spanDirs = new Set<string>([...spanFormats, 'spans']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const goodFixtures = spanFormats.flatMap((format) =>
  readdirSync(`fixtures/${format}`)
    .filter((n) => !n.endsWith('.golden') && !n.endsWith('.got') && statSync(`fixtures/${format}/${n}`).isFile())
    .map((n) => ({ format, path: `fixtures/${format}/${n}` })),
);

describe('span export detection by content', () => {
  for (const { format, path } of goodFixtures) {
    it(`${path} is ${format}`, () => {
      const bytes = new Uint8Array(readFileSync(path));
      expect(detectImporter(bytes.subarray(0, sniffBytes))?.id).toBe(format);
    });
  }

  it('claims none of the other formats’ fixtures', () => {
    // _fuzz holds mutated inputs of every format, span exports among them.
    const others = readdirSync('fixtures').filter(
      (d) => !spanDirs.has(d) && d !== '_gen' && d !== '_fuzz' && statSync(join('fixtures', d)).isDirectory(),
    );
    const files = others
      .flatMap((d) => filesUnder(join('fixtures', d)))
      .filter((p) => !/\.(expect|golden|got|md|args)$/.test(p));
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) {
      let bytes: Uint8Array = new Uint8Array(readFileSync(path));
      if (isGzip(bytes)) bytes = safeGunzip(bytes);
      const head = bytes.subarray(0, sniffBytes);
      for (const importer of importers.filter((i) => ours.has(i.id)))
        expect({ path, id: importer.id, confidence: importer.sniff(head) }).toEqual({
          path,
          id: importer.id,
          confidence: 0,
        });
    }
  });
});

function safeGunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipBounded(bytes, defaultLimits);
  } catch {
    return bytes;
  }
}

/** A format-neutral line per span: ids, tree, names, kind (Zipkin and Jaeger lose unspecified vs internal), start in µs. */
function treeLines(spans: Span[]): string[] {
  const kind = (k: Span['kind']) => (k === 'unspecified' ? 'internal' : k);
  return spans
    .map(
      (s) =>
        `${s.traceId} ${s.spanId} ${s.parentSpanId ?? '-'} ${s.service} ${s.name} ${kind(s.kind)} ${s.status.code}`,
    )
    .sort();
}

function startsMicros(spans: Span[]): Map<string, bigint> {
  return new Map(spans.map((s) => [`${s.traceId}/${s.spanId}/${s.name}`, s.startUnixNano / 1000n]));
}

describe('all four formats carry the same span tree', () => {
  for (const scenario of scenarios) {
    it(scenario, () => {
      const [otlp, ...rest] = spanFormats.map((format) => spansOf(parseFile(fixturePath(format, scenario))));
      const reference = treeLines(otlp as Span[]);
      expect(reference.length).toBeGreaterThanOrEqual(40);
      for (const spans of rest) expect(treeLines(spans)).toEqual(reference);
      const starts = startsMicros(otlp as Span[]);
      for (const spans of rest) {
        for (const [key, micros] of startsMicros(spans))
          expect(Number(micros - (starts.get(key) ?? 0n))).toBeGreaterThanOrEqual(-1);
        for (const [key, micros] of startsMicros(spans))
          expect(Number(micros - (starts.get(key) ?? 0n))).toBeLessThanOrEqual(1);
      }
    });
  }

  it('keeps nanosecond precision, attributes, resource, events and status in OTLP', () => {
    for (const format of ['otlp-json', 'otlp-proto'] as const) {
      const spans = spansOf(parseFile(fixturePath(format, 'good')));
      expect(spans.some((s) => s.startUnixNano % 1000n !== 0n)).toBe(true);
      const reserve = spans.find((s) => s.name === 'reserve stock');
      expect(reserve?.events[0]).toMatchObject({ name: 'reserved', attributes: { 'stock.qty': 1 } });
      const server = spans.find((s) => s.service === 'orders' && s.kind === 'server');
      expect(server?.attributes['http.route']).toBe('/orders/:id');
      expect(server?.resourceAttributes['service.version']).toBe('1.4.2');
      expect(spans.filter((s) => s.status.code === 'error' && s.status.message === 'HTTP 409').length).toBe(3); // the 409 travels up through three server spans
    }
  });

  it('reads one OTLP/JSON request as POSTed (not JSON lines)', () => {
    const spans = spansOf(parseFile('fixtures/otlp-json/good-one-request.json'));
    expect(spans.length).toBeGreaterThan(5);
    expect(new Set(spans.map((s) => s.service)).size).toBe(1);
  });
});

const jaegerSample = '../shared/data/jaeger/ui_01.json';

describe('Jaeger UI sample (read in place)', () => {
  const absent = missingFileNote(jaegerSample);
  it.skipIf(absent !== undefined)(titled(`parses ${jaegerSample}`, absent), () => {
    const artifact = parseFile(jaegerSample);
    const spans = spansOf(artifact);
    expect(artifact.format).toBe('jaeger');
    expect(spans.map((s) => `${s.spanId}<${s.parentSpanId ?? '-'} ${s.service}`)).toEqual([
      '0000000000000002<- service-x',
      '0000000000000002<- service-x',
      '0000000000000003<0000000000000002 service-y',
      '0000000000000004<0000000000000002 service-y',
      '0000000000000005<0000000000000004 service-y',
    ]);
    expect(spans[0]?.traceId).toBe('00000000000000000000000000000001');
    expect(spans[1]?.status.code).toBe('error');
    expect(spans[1]?.attributes).toMatchObject({ 'peer.ipv4': 23456, temperature: 72.5, blob: 'AAAwOQ==' });
    expect(spans[0]?.events.map((e) => e.name)).toEqual(['some-event', 'log']);
    expect(artifact.diagnostics.map((d) => d.code).sort()).toEqual(['jaeger.span-warnings', 'jaeger.warnings']);
  });
});
