// Go's v2 ordering rules (ported in src/formats/gotrace/order-v2*.ts) as readable text traces with
// their expected outcome: fixtures/gotrace/order/go1*.test are Go's own trace tests (copied from
// /usr/lib/go-1.26/src/internal/trace/testdata/tests, BSD: ../LICENSE-go-testdata), and
// fixtures/gotrace/order/perfgate-*.test are ours, one rule each, some with the summary they must
// give. SUCCESS: the trace reads without a stop; FAILURE: it is refused (FormatError) or, after a
// good generation, read only up to the broken one (a gotrace.partial diagnostic).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';
import { parseTextTrace } from './gotrace-text-trace.js';

const dir = 'fixtures/gotrace/order';
const cases = readdirSync(dir)
  .filter((n) => n.endsWith('.test'))
  .sort();

async function read(bytes: Uint8Array, name: string) {
  const ctx = { path: name, limits: defaultLimits, diagnostics: new DiagnosticSink() };
  if (!goTraceImporter.parseStream) throw new Error('the Go trace importer has no streaming parser');
  try {
    return await goTraceImporter.parseStream(oneChunk(bytes), ctx);
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
}

describe('v2 ordering rules as text traces', () => {
  it("has Go's trace tests and ours", () => {
    expect(cases.filter((n) => n.startsWith('go1')).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((n) => n.startsWith('perfgate-')).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    const c = parseTextTrace(readFileSync(join(dir, name), 'utf8'), name);
    const outcome = c.expect.ok ? 'SUCCESS' : `FAILURE (Go: ${c.expect.goError})`;
    it(`${name}: ${outcome}`, async () => {
      const result = await read(c.bytes, name);
      const stop =
        result instanceof FormatError
          ? result
          : result.diagnostics.find((d) => /^gotrace\.(partial|truncated)$/.test(d.code));
      if (c.expect.ok) {
        expect(stop, 'read without a stop').toBeUndefined();
      } else {
        expect(stop, 'refused or stopped').toBeDefined();
      }
      if (c.summary) {
        if (result instanceof FormatError) throw result;
        const summary = result.content.type === 'go-trace' ? result.content.summary : undefined;
        expect(summary).toMatchObject(c.summary);
      }
    });
  }
});
