// Rewrites a v2 trace so that every thread's clock runs ahead by its own random amount: each event
// batch's base time (docs/formats-gotrace.md §3.2) is moved by an offset chosen per thread. The
// events' causal order is unchanged, but their timestamps no longer agree with it, so Go's reader
// meets threads that cannot go next all the time: the input that exercises the ordering's waiting.

import { mulberry32 } from '../src/engine/ab/abba-schedule.js';
import { uvarint } from './gotrace-text-trace.js';

const eventBatch = 1;
const endOfGeneration = 52;
const noThread = (1n << 64n) - 1n;

function readUvarint(bytes: Uint8Array, pos: { at: number }): bigint {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    const b = bytes[pos.at++];
    if (b === undefined) throw new Error('varint runs past the end');
    value |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return value;
    shift += 7n;
  }
}

export function shiftThreadClocks(bytes: Uint8Array, seed: number, spread: number): Uint8Array {
  const next = mulberry32(seed);
  const offsets = new Map<bigint, bigint>();
  const out: number[] = Array.from(bytes.subarray(0, 16));
  const pos = { at: 16 };
  while (pos.at < bytes.length) {
    const typ = bytes[pos.at++];
    if (typ === endOfGeneration) {
      out.push(typ);
      continue;
    }
    if (typ !== eventBatch) throw new Error(`unexpected batch byte ${typ} at ${pos.at - 1}`);
    const [gen, m, time, size] = [0, 0, 0, 0].map(() => readUvarint(bytes, pos)) as [bigint, bigint, bigint, bigint];
    let offset = offsets.get(m);
    if (offset === undefined) offsets.set(m, (offset = m === noThread ? 0n : BigInt(Math.floor(next() * spread))));
    out.push(typ);
    for (const v of [gen, m, time + offset, size]) uvarint(v, out);
    const end = pos.at + Number(size);
    for (let i = pos.at; i < end; i++) out.push(bytes[i] ?? 0);
    pos.at = end;
  }
  return new Uint8Array(out);
}
