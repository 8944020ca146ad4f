// A minimal protobuf wire-format writer (varints, length-delimited fields, packed repeated
// integers): just what write-profile.ts needs to emit profile.proto. The generated code in
// ./generated is decode-only, so the fast importer path stays untouched.

const twoTo32 = 4294967296;

export class ProtoWriter {
  private buf: Uint8Array;
  private len = 0;

  constructor(initialBytes = 1024) {
    this.buf = new Uint8Array(initialBytes);
  }

  /** Field tag: field number and wire type (0 varint, 2 length-delimited). */
  tag(field: number, wireType: 0 | 2): void {
    this.varint((field << 3) | wireType);
  }

  /** An int64/uint64 varint from a number (negative: 10-byte two's complement). */
  varint(value: number): void {
    if (value >= 0 && value < 0x80) return this.byte(value);
    if (value > 0 && value < 0x10000000 && Number.isInteger(value)) return this.varint28(value);
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER || !Number.isInteger(value))
      return this.varintBig(BigInt.asUintN(64, BigInt(Math.trunc(value))));
    const hiSigned = Math.floor(value / twoTo32);
    let lo = value - hiSigned * twoTo32;
    let hi = hiSigned >>> 0;
    this.reserve(10);
    const buf = this.buf;
    let pos = this.len;
    while (hi) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 0x7f) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo >>>= 7;
    }
    buf[pos++] = lo;
    this.len = pos;
  }

  /**
   * Varints of `values[start .. end)`, each plus `add`, in one go; every sum a whole number in
   * [0, 2^28) (location indexes + 1), else the general path.
   */
  varints(values: ArrayLike<number>, start: number, end: number, add = 0): void {
    this.reserve(4 * (end - start));
    let buf = this.buf;
    let pos = this.len;
    for (let i = start; i < end; i++) {
      let v = (values[i] as number) + add;
      if (!(v >= 0 && v < 0x10000000 && (v | 0) === v)) {
        this.len = pos;
        this.varint(v);
        this.reserve(4 * (end - i));
        buf = this.buf;
        pos = this.len;
        continue;
      }
      while (v > 0x7f) {
        buf[pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      buf[pos++] = v;
    }
    this.len = pos;
  }

  /** A varint of a whole number below 2^28: at most four bytes, no 64-bit arithmetic. */
  private varint28(value: number): void {
    this.reserve(4);
    const buf = this.buf;
    let pos = this.len;
    let v = value;
    while (v > 0x7f) {
      buf[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[pos++] = v;
    this.len = pos;
  }

  /** An unsigned 64-bit varint from a bigint (addresses up to 2^64−1). */
  varintBig(value: bigint): void {
    let v = BigInt.asUintN(64, value);
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) return this.varint(Number(v));
    while (v >= 0x80n) {
      this.byte(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.byte(Number(v));
  }

  /** A varint field, skipped when zero (proto3 default). */
  uint(field: number, value: number): void {
    if (value === 0) return;
    this.tag(field, 0);
    this.varint(value);
  }

  bigUint(field: number, value: bigint): void {
    if (value === 0n) return;
    this.tag(field, 0);
    this.varintBig(value);
  }

  bool(field: number, value: boolean): void {
    if (value) this.uint(field, 1);
  }

  /** A length-delimited field holding raw bytes. */
  bytes(field: number, data: Uint8Array): void {
    this.tag(field, 2);
    this.varint(data.length);
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  string(field: number, text: string): void {
    this.bytes(field, new TextEncoder().encode(text));
  }

  /** Packed repeated int64/uint64. */
  packed(field: number, values: readonly number[]): void {
    if (values.length === 0) return;
    const inner = new ProtoWriter(64);
    for (const v of values) inner.varint(v);
    this.bytes(field, inner.finish());
  }

  /** An embedded message written by `build`. */
  message(field: number, build: (w: ProtoWriter) => void): void {
    const inner = new ProtoWriter(64);
    build(inner);
    this.bytes(field, inner.finish());
  }

  /** The header of a length-delimited field whose `size` bytes the caller writes next. */
  header(field: number, size: number): void {
    this.tag(field, 2);
    this.varint(size);
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buf[this.len++] = b;
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/** Bytes of a varint holding `value` (negative int64s take 10). */
export function varintSize(value: number): number {
  if (value < 0) return 10;
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  let v = value;
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}

/** Bytes of the body of a packed repeated field of `values[start .. end)`, each value plus `add`. */
export function packedSize(values: ArrayLike<number>, add = 0, start = 0, end = values.length): number {
  let n = 0;
  for (let i = start; i < end; i++) n += varintSize((values[i] as number) + add);
  return n;
}
