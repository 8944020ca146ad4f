// How much heap a profile.proto will take once decoded and built into the model, counted from the
// wire before any object exists: a 93 KB gzipped profile can hold 8 M samples (8 bytes each on
// the wire, ~550 bytes each as objects), and the engine must refuse it before building them.
// One pass over the top-level fields and into each sample and location; allocates nothing.
// The costs per entry were measured on V8 (decode + build, see docs/reliability.md).

/** Bytes of heap per decoded entry, measured; a little above what V8 showed. */
export const heapCost = {
  sample: 600,
  /** Each byte of a sample's packed ids and values: at most one 8-byte number and slack. */
  sampleWireByte: 12,
  label: 200,
  location: 350,
  line: 150,
  function: 300,
  mapping: 450,
  string: 48,
  /** Each byte of a string: two when it is not Latin-1. */
  stringByte: 2,
} as const;

const field = { sample: 2, mapping: 3, location: 4, function: 5, string: 6 } as const;
const sampleLabel = 3;
const locationLine = 4;

/** The estimated heap bytes of the decoded profile; the bytes need not be valid. */
export function estimateProfileHeapBytes(bytes: Uint8Array): number {
  const walker = new Walker(bytes);
  let total = 0;
  while (walker.next(0, bytes.length)) {
    const { field: f, start, end } = walker;
    if (f === field.sample) total += heapCost.sample + sampleBody(walker, start, end);
    else if (f === field.location) total += heapCost.location + heapCost.line * walker.count(start, end, locationLine);
    else if (f === field.function) total += heapCost.function;
    else if (f === field.mapping) total += heapCost.mapping;
    else if (f === field.string) total += heapCost.string + heapCost.stringByte * (end - start);
    walker.pos = end;
  }
  return total;
}

function sampleBody(walker: Walker, start: number, end: number): number {
  const labels = walker.count(start, end, sampleLabel);
  return heapCost.label * labels + heapCost.sampleWireByte * (end - start);
}

/** Steps over fields; a field that runs past its message ends the walk (the decoder reports it). */
class Walker {
  pos = 0;
  field = 0;
  start = 0;
  end = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Reads the field at `pos`; false at `limit` or on bytes that are not protobuf. */
  next(from: number, limit: number): boolean {
    if (this.pos < from) this.pos = from;
    if (this.pos >= limit) return false;
    const tag = this.varint(limit);
    if (tag < 8) return false;
    const wire = tag % 8;
    this.field = Math.floor(tag / 8);
    if (wire === 0) this.start = this.end = this.skipVarint(limit);
    else if (wire === 1 || wire === 5) this.start = this.end = this.pos + (wire === 1 ? 8 : 4);
    else if (wire === 2) {
      const length = this.varint(limit);
      if (length < 0) return false;
      this.start = this.pos;
      this.end = this.pos + length;
    } else return false;
    return this.start >= 0 && this.end <= limit;
  }

  /** How many fields numbered `wanted` the message between start and end holds. */
  count(start: number, end: number, wanted: number): number {
    const saved = this.pos;
    this.pos = start;
    let n = 0;
    while (this.next(start, end)) {
      if (this.field === wanted) n++;
      this.pos = this.end;
    }
    this.pos = saved;
    return n;
  }

  /** A varint's value (exact up to 2^53); -1 when it runs past `limit`. */
  private varint(limit: number): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10 && this.pos < limit; i++) {
      const byte = this.bytes[this.pos++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (byte < 0x80) return value;
    }
    return -1;
  }

  private skipVarint(limit: number): number {
    return this.varint(limit) < 0 ? -1 : this.pos;
  }
}
