// A protobufjs Reader that reads 64-bit varints as JS numbers instead of Long objects: a large
// heap profile has millions of int64 values, and a Long per value made decoding ~10x slower.
// Values beyond 2^53 (Location.address = 2^64−1 in threadcreate profiles) stay exact as Longs.
// Strings that are not valid UTF-8 are read leniently (see lenient-reader.ts).

import type Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { LenientReader } from '../lenient-reader.js';

const twoTo32 = 4294967296;

export class NumberReader extends LenientReader {
  // The declared Long return type is protobufjs's; the generated decoder accepts numbers too.
  override int64(): Long {
    const [lo, hi] = this.varint64();
    const value = hi & 0x80000000 ? -((~hi >>> 0) * twoTo32 + (~lo >>> 0) + 1) : hi * twoTo32 + lo;
    return value as unknown as Long;
  }

  override uint64(): Long {
    const [lo, hi] = this.varint64();
    if (hi < 0x200000) return (hi * twoTo32 + lo) as unknown as Long;
    return new protobuf.util.Long(lo | 0, hi | 0, true) as Long; // exact; long.ts handles both
  }

  /** The low and high 32 bits of a varint of up to 10 bytes. */
  private varint64(): [number, number] {
    const buf = this.buf;
    let pos = this.pos;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (pos >= this.len) throw new RangeError(`index out of range: ${pos} + 1 > ${this.len}`);
      const byte = buf[pos++] as number;
      if (shift < 28) lo |= (byte & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (byte & 0x0f) << 28;
        hi |= (byte & 0x7f) >>> 4;
      } else hi |= (byte & 0x7f) << (shift - 32);
      shift += 7;
      if (byte < 0x80) {
        this.pos = pos;
        return [lo >>> 0, hi >>> 0];
      }
    }
    throw new Error('invalid varint encoding');
  }
}
