// How much memory a profile.proto will take once decoded and built into the model, counted from
// the wire before any object exists, so that the engine can refuse a file before building it.
// Samples are columns (model/profile-samples.ts): a few bytes a sample, and a stack node for each
// location id at most (model/profile-stacks.ts); tables are objects. One pass over the top-level
// fields and into each sample and location; allocates nothing. The costs are upper bounds, from
// the sizes of the typed arrays and from V8 for the objects (docs/reliability.md, Memory).

/** Bytes per decoded entry: upper bounds. */
export const heapCost = {
  /**
   * Its stack node id and label set id (4 bytes each), and the three stack nodes the builder
   * makes room for a sample: their hash slots (≤ 32 bytes at load 3/4, rounded up to a power of
   * two), their location and caller (8 bytes) once touched.
   */
  sample: 48,
  /** 4 bytes, 12 while the column widens to 64-bit floats. */
  value: 12,
  /**
   * A stack node a sample may add: one for each location id past those its stack shares, from the
   * root end, with the sample before (the decoder looks those up from there). Its location and
   * caller (8 bytes), the copy when the node arrays grow (8), hash slots beyond the room made (16).
   */
  node: 32,
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
  const stack = new StackBytes(bytes);
  let total = 0;
  while (walker.next(0, bytes.length)) {
    const { field: f, start, end } = walker;
    if (f === field.sample) total += heapCost.sample + sampleBody(walker, start, end, stack);
    else if (f === field.location) total += heapCost.location + heapCost.line * walker.count(start, end, locationLine);
    else if (f === field.function) total += heapCost.function;
    else if (f === field.mapping) total += heapCost.mapping;
    else if (f === field.string) total += heapCost.string + heapCost.stringByte * (end - start);
    walker.pos = end;
  }
  return total;
}

/** Sample fields: location ids and values, packed or not. */
const sampleLocations = 1;
const sampleValues = 2;

function sampleBody(walker: Walker, start: number, end: number, stack: StackBytes): number {
  let labels = 0;
  let values = 0;
  let nodes = 0;
  let packed = 0;
  walker.pos = start;
  while (walker.next(start, end)) {
    const { field: f, wire } = walker;
    if (f === sampleLabel) labels++;
    else if (f === sampleLocations && wire === 0) nodes++;
    else if (f === sampleLocations && wire === 2) {
      nodes += packed++ === 0 ? stack.added(walker.start, walker.end) : walker.countVarints(walker.start, walker.end);
    } else if (f === sampleValues && wire === 0) values++;
    else if (f === sampleValues && wire === 2) values += walker.countVarints(walker.start, walker.end);
    walker.pos = walker.end;
  }
  if (packed !== 1) stack.forget();
  return heapCost.label * labels + heapCost.value * values + heapCost.node * nodes;
}

/**
 * The packed location ids of the sample before, as bytes. Two stacks that end (root end) in the
 * same bytes end in the same ids, but for the first id ending in those bytes, which may begin (in
 * either) before them: that one and each id that ends (a byte below 0x80) before them may be new.
 */
class StackBytes {
  private start = 0;
  private end = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** How many of the ids in `start .. end` may add a stack node; they become the sample before. */
  added(start: number, end: number): number {
    const bytes = this.bytes;
    let common = 0;
    const most = Math.min(end - start, this.end - this.start);
    while (common < most && bytes[end - 1 - common] === bytes[this.end - 1 - common]) common++;
    let ids = 0;
    for (let i = start; i < end - common; i++) if ((bytes[i] as number) < 0x80) ids++;
    const shared =
      common > 0 && startsAnId(bytes, end - common, start) && startsAnId(bytes, this.end - common, this.start);
    this.start = start;
    this.end = end;
    return common > 0 && !shared ? ids + 1 : ids;
  }

  /** The sample read had no packed ids, or several fields of them: compare the next with nothing. */
  forget(): void {
    this.start = this.end = 0;
  }
}

/** An id begins at `at` of packed ids that begin at `start`: the byte before ends one. */
function startsAnId(bytes: Uint8Array, at: number, start: number): boolean {
  return at === start || (bytes[at - 1] as number) < 0x80;
}

/** Steps over fields; a field that runs past its message ends the walk (the decoder reports it). */
class Walker {
  pos = 0;
  field = 0;
  wire = 0;
  /** A varint field's value. */
  value = 0;
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
    this.wire = wire;
    this.field = Math.floor(tag / 8);
    if (wire === 0) {
      this.value = this.varint(limit);
      this.start = this.end = this.value < 0 ? -1 : this.pos;
    } else if (wire === 1 || wire === 5) this.start = this.end = this.pos + (wire === 1 ? 8 : 4);
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

  /** How many varints end between start and end (a byte below 0x80 ends one). */
  countVarints(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if ((this.bytes[i] as number) < 0x80) n++;
    return n;
  }
}
