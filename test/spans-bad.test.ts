// Malformed span exports (fixtures/<format>/bad/, each with a `.expect` naming the code): the
// importer of the folder throws that FormatError, and it says where (JSON pointer, line or byte
// offset). Also: mutated real fixtures throw nothing but FormatError (fast-check).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importers } from '../src/formats/registry.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';
import { fixturePath, spanFormats } from './spans-helpers.js';

function importerOf(format: string) {
  const importer = importers.find((i) => i.id === format);
  if (!importer?.parse) throw new Error(`no importer ${format}`);
  return importer as Required<Pick<typeof importer, 'parse' | 'sniff' | 'id'>>;
}

function parseWith(format: string, bytes: Uint8Array): unknown {
  return importerOf(format).parse(bytes, { path: 'x', limits: defaultLimits, diagnostics: new DiagnosticSink() });
}

describe('bad span exports', () => {
  for (const format of spanFormats) {
    const dir = `fixtures/${format}/bad`;
    const cases = readdirSync(dir).filter((n) => n.endsWith('.expect'));
    it(`${format} has bad cases`, () => expect(cases.length).toBeGreaterThanOrEqual(2));
    for (const name of cases) {
      const input = `${dir}/${name.replace(/\.expect$/, '')}`;
      const code = readFileSync(`${dir}/${name}`, 'utf8').trim();
      it(`${input} → ${code}`, () => {
        const bytes = new Uint8Array(readFileSync(input));
        let error: unknown;
        try {
          parseWith(format, bytes);
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(FormatError);
        const e = error as FormatError;
        expect(e.code).toBe(code);
        const located = e.offset !== undefined || e.line !== undefined || /^\/\S+: /.test(e.message);
        expect(located, e.describe()).toBe(true);
        expect(e.message.length).toBeLessThan(300);
      });
    }
  }

  for (const format of spanFormats) {
    const dir = `fixtures/${format}/partial`;
    const cases = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.expect')) : [];
    for (const name of cases) {
      const input = `${dir}/${name.replace(/\.expect$/, '')}`;
      const code = readFileSync(`${dir}/${name}`, 'utf8').trim();
      it(`${input} drops one span with ${code}`, () => {
        const bytes = new Uint8Array(readFileSync(input));
        const diagnostics = new DiagnosticSink();
        const parsed = importerOf(format).parse(bytes, { path: 'x', limits: defaultLimits, diagnostics });
        const spans = parsed.content.type === 'spans' ? parsed.content.spans.spans : [];
        const text = new TextDecoder().decode(bytes);
        const inFile = (text.match(/"(spanId|operationName|id)"\s*:/g) ?? []).length;
        expect(spans.length).toBe(inFile - 1);
        expect(parsed.diagnostics.map((d) => [d.code, d.count])).toContainEqual([code, 1]);
        expect(spans.every((s) => /^[0-9a-f]+$/.test(s.traceId) && /^[0-9a-f]+$/.test(s.spanId))).toBe(true);
      });
    }
  }

  it('names the JSON pointer of a wrongly typed value', () => {
    const bytes = new Uint8Array(readFileSync('fixtures/otlp-json/bad/name-is-number.json'));
    expect(() => parseWith('otlp-json', bytes)).toThrow(/^\/resourceSpans\/0\/scopeSpans\/0\/spans\/0\/name: /);
  });

  it('names the line of a broken JSON line', () => {
    const bytes = new Uint8Array(readFileSync('fixtures/otlp-json/bad/second-line-truncated.jsonl'));
    expect(() => parseWith('otlp-json', bytes)).toThrow(FormatError);
    try {
      parseWith('otlp-json', bytes);
    } catch (err) {
      expect((err as FormatError).line).toBe(2);
    }
  });
});

describe('mutated real fixtures throw only FormatError', () => {
  for (const format of spanFormats) {
    it(format, () => {
      const original = new Uint8Array(readFileSync(fixturePath(format, 'good')));
      const mutation = fc.record({
        cut: fc.nat({ max: original.length }),
        flips: fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.nat({ max: 255 })), { maxLength: 8 }),
      });
      fc.assert(
        fc.property(mutation, ({ cut, flips }) => {
          const bytes = original.slice(0, Math.max(1, cut));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          try {
            parseWith(format, bytes);
          } catch (err) {
            if (!(err instanceof FormatError)) throw err;
          }
        }),
        { numRuns: 150, seed: 4 },
      );
    });
  }
});
