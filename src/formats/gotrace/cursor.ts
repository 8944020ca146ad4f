// A read position over one in-memory byte slice (a v2 batch, a legacy record run) with the
// unsigned LEB128 varints every Go trace uses, padded (non-minimal) encodings included.
// Values decode to JS numbers: exact below 2^53; the sentinel 2^64−1 (NoThread, NoProc) becomes
// 2^64 (see `none`). Spec: docs/formats-gotrace.md §2.2.

import { FormatError } from '../../model/format-error.js';

/** What 2^64−1 ("no thread", "no proc") decodes to. */
export const none = 2 ** 64;

/** Wire id → id, with the 2^64−1 sentinel (and anything ≥ 2^63) mapped to -1. */
export function idOf(value: number): number {
  return value >= 2 ** 63 ? -1 : value;
}

export class Cursor {
  pos: number;

  /** `base` is the absolute file offset of `buf[0]`, for error positions. */
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    readonly base = 0,
  ) {
    this.pos = pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw this.error('gotrace.truncated', 'unexpected end of data');
    return this.buf[this.pos++]!;
  }

  uvarint(): number {
    const buf = this.buf;
    let b = buf[this.pos];
    if (b !== undefined && b < 0x80) {
      this.pos++;
      return b;
    }
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      b = buf[this.pos + i];
      if (b === undefined) throw this.error('gotrace.bad-varint', 'varint runs past the end of its batch');
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        this.pos += i + 1;
        return value;
      }
      scale *= 128;
    }
    throw this.error('gotrace.bad-varint', 'varint longer than 10 bytes');
  }

  /** The next `n` bytes as a view (no copy). */
  bytes(n: number): Uint8Array {
    if (n > this.remaining) throw this.error('gotrace.truncated', `wanted ${n} bytes, ${this.remaining} left`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  error(code: string, detail: string): FormatError {
    return new FormatError('go-trace', code, detail, { offset: this.base + this.pos });
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });

export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
