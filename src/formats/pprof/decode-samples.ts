// The second pass over profile.proto bytes: every `sample` field read by hand, straight into
// columns (values, a stack node per sample, label set ids; model/profile-samples.ts)
// rather than an object per sample. Location ids resolve as they are read; label sets are
// built and checked once per distinct set. Wire handling follows the generated decoder
// (packed and unpacked repeated fields, unknown fields skipped) and its errors.

import type { Label } from '../../model/profile.js';
import { maxNarrowLocations, SampleColumnsBuilder, type SampleColumns } from '../../model/profile-samples.js';
import { FormatError } from '../../model/format-error.js';
import { decodeError, sampleTag, type DecodedProfile } from './decode.js';
import { int64, uint64 } from './long.js';
import { NumberReader } from './number-reader.js';

export interface SampleTables {
  /** Values per sample (the number of sample types). */
  width: number;
  /** The index of the location with this id, or undefined. */
  location(id: number): number | undefined;
  /** The same by id when ids are small (−1: none), read without a call per frame. */
  locationTable: Int32Array | undefined;
  locationCount: number;
  /** A label from its raw fields (string indexes checked; 0 is "absent"); `at` names it in errors. */
  label(key: number, str: number, num: number, numUnit: number, at: string): Label;
}

export function decodeSamples(decoded: DecodedProfile, tables: SampleTables): SampleColumns {
  const reader = new NumberReader(decoded.bytes);
  const samples = new SampleReader(tables, decoded);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.tag();
      if (tag !== sampleTag) {
        reader.skipType(tag & 7, 0, tag >>> 3);
        continue;
      }
      const size = reader.size();
      samples.read(reader, reader.pos + size);
    }
  } catch (err) {
    throw decodeError(err, reader.pos, reader.len);
  }
  return samples.builder.build(tables.locationCount);
}

/** Reads one Sample message at a time into the builder; no allocation per sample but its label key. */
class SampleReader {
  readonly builder: SampleColumnsBuilder;
  private readonly labelSets: LabelSetReader;
  private values = 0;
  private badId = -1;

  constructor(
    private readonly tables: SampleTables,
    decoded: DecodedProfile,
  ) {
    // Stacks share their root end: most samples add two or three nodes (a Go heap profile 2.8).
    // Room for three each (up to 16 M) saves growing the node arrays, and copies at the end.
    this.builder = new SampleColumnsBuilder(
      tables.width,
      decoded.sampleCount,
      Math.min(decoded.sampleCount * 3, 1 << 24),
      tables.locationCount <= maxNarrowLocations,
    );
    this.labelSets = new LabelSetReader(this.builder, tables);
  }

  read(r: NumberReader, end: number): void {
    const outerLen = r.len;
    if (end > outerLen) throw new RangeError('index out of range');
    r.len = end;
    const index = this.builder.size;
    this.values = 0;
    this.badId = -1;
    this.labelSets.start();
    while (r.pos < end) {
      const tag = r.tag();
      if (tag === 0x0a) this.packedLocations(r);
      else if (tag === 0x08) this.frame(readVarint64(r, false));
      else if (tag === 0x12) this.packed(r);
      else if (tag === 0x10) this.value(readVarint64(r, true));
      else if (tag === 0x1a) this.labelSets.read(r);
      else r.skipType(tag & 7, 1, tag >>> 3);
    }
    r.len = outerLen;
    const width = this.tables.width;
    if (this.values !== width)
      fail('pprof.bad-sample', `sample[${index}] has ${this.values} values for ${width} sample types`);
    if (this.badId >= 0)
      fail('pprof.bad-reference', `sample[${index}] refers to id ${this.badId}, which does not exist`);
    this.builder.end(this.labelSets.finish(index));
  }

  /** A packed repeated field of values. */
  private packed(r: NumberReader): void {
    const end = r.size() + r.pos;
    if (end > r.len) throw new RangeError('index out of range');
    const len = r.len;
    r.len = end;
    while (r.pos < end) this.value(readVarint64(r, true));
    r.len = len;
  }

  /**
   * The packed location ids, most of a profile's bytes: written straight into the builder's
   * array (at most one id per byte), ids of one or two bytes read inline.
   */
  private packedLocations(r: NumberReader): void {
    const end = r.size() + r.pos;
    const len = r.len;
    if (end > len) throw new RangeError('index out of range');
    const out = this.builder.reserveFrames(end - r.pos);
    const buf = r.buf;
    const table = this.tables.locationTable;
    let n = this.builder.frameCount;
    let pos = r.pos;
    while (pos < end) {
      const b0 = buf[pos] as number;
      let id: number;
      if (b0 < 0x80) {
        id = b0;
        pos++;
      } else if (pos + 1 < end && (buf[pos + 1] as number) < 0x80) {
        id = (b0 & 0x7f) | ((buf[pos + 1] as number) << 7);
        pos += 2;
      } else {
        r.pos = pos;
        r.len = end;
        id = readVarint64(r, false);
        r.len = len;
        pos = r.pos;
      }
      const index = table !== undefined && id < table.length ? (table[id] as number) : -1;
      out[n++] = index >= 0 ? index : this.slowLocation(id);
    }
    r.pos = pos;
    this.builder.setFrameCount(n);
  }

  private slowLocation(id: number): number {
    const location = this.tables.location(id);
    if (location === undefined && this.badId < 0) this.badId = id;
    return location ?? 0;
  }

  private frame(id: number): void {
    this.builder.frame(this.slowLocation(id));
  }

  private value(v: number): void {
    if (this.values < this.tables.width) this.builder.addValue(this.values, v);
    this.values++;
  }
}

/** A varint of up to 10 bytes as a number: two's complement when `signed` (exact up to 2^53). */
function readVarint64(r: NumberReader, signed: boolean): number {
  const buf = r.buf;
  const start = r.pos;
  let pos = start;
  // Up to four bytes (28 bits, never negative) without 64-bit arithmetic; longer ones as NumberReader reads them.
  let value = 0;
  for (let shift = 0; shift < 28 && pos < r.len; shift += 7) {
    const byte = buf[pos++] as number;
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      r.pos = pos;
      return value;
    }
  }
  r.pos = start;
  return signed ? int64(r.int64()) : uint64(r.uint64());
}

/** Reads a sample's labels into a key of their raw fields and interns the set it names. */
class LabelSetReader {
  private fields: number[] = [];
  private readonly ids = new Map<string, number>();
  /** The key, str and num_unit of the first single-label set, and the ids of such sets by num. */
  private single: number[] = [-1, -1, -1, -1];
  private readonly singleIds = new Map<number, number>();

  constructor(
    private readonly builder: SampleColumnsBuilder,
    private readonly tables: SampleTables,
  ) {}

  start(): void {
    this.fields.length = 0;
  }

  /** One Label message: key, str, num, num_unit (int64 varints); other fields skipped. */
  read(r: NumberReader): void {
    const end = r.size() + r.pos;
    if (end > r.len) throw new RangeError('index out of range');
    const len = r.len;
    r.len = end;
    const at = this.fields.length;
    this.fields.push(0, 0, 0, 0);
    while (r.pos < end) {
      const tag = r.tag();
      const field = tag >>> 3;
      if ((tag & 7) === 0 && field >= 1 && field <= 4) this.fields[at + field - 1] = readVarint64(r, true);
      else r.skipType(tag & 7, 2, field);
    }
    r.len = len;
  }

  /** The label set id of the sample just read (0: no labels). */
  finish(sample: number): number {
    const fields = this.fields;
    if (fields.length === 0) return 0;
    const single = this.single;
    // Go heap profiles label every sample with one `bytes` number: those sets are found by it alone.
    const isSingle =
      fields.length === 4 && fields[0] === single[0] && fields[1] === single[1] && fields[3] === single[3];
    let id = isSingle ? this.singleIds.get(fields[2] as number) : undefined;
    if (id !== undefined) return id;
    const key = fields.join(',');
    id = this.ids.get(key);
    if (id === undefined) {
      const labels: Label[] = [];
      for (let j = 0; j < fields.length; j += 4)
        labels.push(
          this.tables.label(
            fields[j] as number,
            fields[j + 1] as number,
            fields[j + 2] as number,
            fields[j + 3] as number,
            `sample[${sample}].label[${j / 4}]`,
          ),
        );
      id = this.builder.labelSetId(labels);
      this.ids.set(key, id);
    }
    if (fields.length === 4 && this.singleIds.size === 0) this.single = fields.slice();
    if (
      fields.length === 4 &&
      fields[0] === this.single[0] &&
      fields[1] === this.single[1] &&
      fields[3] === this.single[3]
    )
      this.singleIds.set(fields[2] as number, id);
    return id;
  }
}

function fail(code: string, detail: string): never {
  throw new FormatError('pprof', code, detail);
}
