// Parking blocked threads (src/formats/gotrace/frontier-parked.ts) must not change the order Go's
// reader gives: every v2 fixture trace and every text-trace case is read twice, once retrying the
// threads in time order as Go does and once parking every blocked thread, and the event streams,
// CPU samples and outcomes must be identical. Real traces rarely make a thread wait, so each is
// also read with every thread's clock shifted by its own random amount (test/gotrace-shift-clocks.ts):
// thousands of waits per trace. Ties between equal timestamps are the one place the two orders
// could differ (Go's own order there depends on its unstable sort beyond 12 threads).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteStream, oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { v2EventLines } from './gotrace-event-lines.js';
import { parseTextTrace } from './gotrace-text-trace.js';
import { shiftThreadClocks } from './gotrace-shift-clocks.js';
import { stuckTraceBytes } from './gotrace-stuck-trace.js';

function orderedEvents(bytes: Uint8Array, maxExactThreads: number): Promise<string[]> {
  return v2EventLines(new ByteStream(oneChunk(bytes)), maxExactThreads);
}

const traces = readdirSync('fixtures/gotrace')
  .filter((n) => /^go1\.(2[2-9]|[3-9]\d).*\.trace$/.test(n))
  .map((n) => ({ name: n, bytes: () => new Uint8Array(readFileSync(join('fixtures/gotrace', n))) }));
const textCases = readdirSync('fixtures/gotrace/order')
  .filter((n) => n.endsWith('.test'))
  .map((n) => ({
    name: n,
    bytes: () => parseTextTrace(readFileSync(join('fixtures/gotrace/order', n), 'utf8'), n).bytes,
  }));

describe('parked threads give the order Go gives', () => {
  it('covers the v2 fixture traces and the text cases', () => {
    expect(traces.length).toBeGreaterThanOrEqual(5);
    expect(textCases.length).toBeGreaterThanOrEqual(25);
  });

  for (const c of [...traces, ...textCases]) {
    it(c.name, async () => {
      const bytes = c.bytes();
      const exact = await orderedEvents(bytes, Infinity);
      const parked = await orderedEvents(bytes, 0);
      expect(exact.length).toBeGreaterThan(1);
      expect(parked).toEqual(exact);
    });
  }

  for (const t of traces) {
    it(`${t.name} with every thread's clock shifted`, async () => {
      const bytes = shiftThreadClocks(t.bytes(), 7, 200_000);
      const exact = await orderedEvents(bytes, Infinity);
      expect(exact.filter((l) => /^(error|stopped)/.test(l))).toEqual([]);
      expect(await orderedEvents(bytes, 0)).toEqual(exact);
    });
  }

  it('a trace that keeps the reader stuck on every event', async () => {
    const bytes = stuckTraceBytes(40, 5);
    const exact = await orderedEvents(bytes, Infinity);
    expect(exact.filter((l) => l.startsWith('error')).length).toBe(0);
    expect(await orderedEvents(bytes, 0)).toEqual(exact);
  });
});
