// ByteStream (src/formats/gotrace/byte-stream.ts) copies input chunks into slabs it reuses once a
// reader releases them. A reused slab overwritten while a view of it is still in use would corrupt
// a generation's batches silently, so: random chunkings and requests against the bytes themselves,
// views checked after later reads, and every v2 fixture read through 4 KiB slabs and chunks of
// 1–3,000 bytes must give exactly the events it gives from one whole chunk.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteStream, oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { v2EventLines } from './gotrace-event-lines.js';

/** A deterministic pseudo-random generator (xorshift), so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

async function* chunked(bytes: Uint8Array, rand: (n: number) => number, max: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length;) {
    const size = 1 + rand(max);
    yield await Promise.resolve(bytes.slice(at, at + size)); // a copy, as a file stream gives
    at += size;
  }
}

/** Index of the first byte where `view` differs from the input at `at`, or -1 (toEqual is slow on bytes). */
function mismatch(view: Uint8Array, bytes: Uint8Array, at: number): number {
  for (let i = 0; i < view.length; i++) if (view[i] !== bytes[at + i]) return i;
  return at + view.length <= bytes.length ? -1 : view.length;
}

describe('ByteStream', () => {
  it('hands out the input bytes in order, and views stay intact until released', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7 + (i >>> 8)) & 255);
    for (let seed = 1; seed <= 20; seed++) {
      const rand = random(seed);
      const stream = new ByteStream(chunked(bytes, rand, 5_000), 1_024);
      const held: { at: number; view: Uint8Array }[] = [];
      while (await stream.ensure(1)) {
        const want = 1 + rand(3_000);
        const ok = await stream.ensure(want);
        const at = stream.offset;
        const view = stream.view();
        expect(view.length >= want || !ok).toBe(true);
        expect(mismatch(view, bytes, at)).toBe(-1);
        const take = Math.min(view.length, want);
        held.push({ at, view: view.subarray(0, take) });
        stream.skip(take);
        for (const h of held) expect(mismatch(h.view, bytes, h.at)).toBe(-1);
        if (held.length > 1 + rand(6)) {
          held.shift();
          stream.release(held[0]!.at); // the views still held start here
        }
      }
      expect(stream.offset).toBe(bytes.length);
    }
  });
});

const traces = readdirSync('fixtures/gotrace').filter((n) => /^go1\.(2[2-9]|[3-9]\d).*\.trace$/.test(n));

describe('v2 traces through small reused slabs', () => {
  it('covers the v2 fixtures', () => expect(traces.length).toBeGreaterThanOrEqual(5));
  for (const name of traces) {
    it(name, async () => {
      const bytes = new Uint8Array(readFileSync(join('fixtures/gotrace', name)));
      const whole = await v2EventLines(new ByteStream(oneChunk(bytes)));
      const slabbed = await v2EventLines(new ByteStream(chunked(bytes, random(name.length), 3_000), 4_096));
      expect(slabbed.length).toBe(whole.length);
      expect(slabbed).toEqual(whole);
    });
  }
});
