// Encodes a model Profile as profile.proto bytes (and gzipped, as runtime/pprof writes it):
// the string table is rebuilt, ids are array index + 1. Used for the `diff.pb.gz` that
// `go tool pprof` opens. Field numbers: ./profile.proto.

import { gzipSync } from 'node:zlib';
import type { Label, Location, Mapping, Profile, ProfileFunction, ValueType } from '../../model/profile.js';
import type { SampleColumns } from '../../model/profile-samples.js';
import { nodeDepths, readStack } from '../../model/profile-stacks.js';
import { packedSize, ProtoWriter, varintSize } from './proto-writer.js';

class StringTable {
  readonly strings: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }
}

export function encodeProfile(profile: Profile): Uint8Array {
  // Samples are most of the bytes: about two per location id, and beside them up to ten per
  // value (negative ones, as a diff base has) and a few for headers and labels.
  const { count, width, stack, nodes } = profile.samples;
  const depths = nodeDepths(nodes);
  let frames = 0;
  for (let i = 0; i < count; i++) frames += depths[stack[i] as number] as number;
  const w = new ProtoWriter(2 * frames + (10 * width + 16) * count + 4096);
  const s = new StringTable();
  for (const t of profile.sampleTypes) w.message(1, (m) => valueType(m, t, s));
  const labelFieldsOf = profile.samples.labelSets.map((set) => set.map((l) => labelFields(l, s)));
  const locations = new Int32Array(nodes.maxDepth);
  for (let i = 0; i < count; i++) writeSample(w, profile.samples, i, labelFieldsOf, locations);
  profile.mappings.forEach((mapping, i) => w.message(3, (m) => writeMapping(m, mapping, i + 1, s)));
  profile.locations.forEach((location, i) => w.message(4, (m) => writeLocation(m, location, i + 1)));
  profile.functions.forEach((fn, i) => w.message(5, (m) => writeFunction(m, fn, i + 1, s)));
  const dropFrames = s.id(profile.dropFrames);
  const keepFrames = s.id(profile.keepFrames);
  const comments = profile.comments.map((c) => s.id(c));
  const periodType = profile.periodType;
  if (periodType) w.message(11, (m) => valueType(m, periodType, s));
  const defaultType = profile.defaultSampleType ? s.id(profile.defaultSampleType) : 0;
  for (const text of s.strings) w.string(6, text);
  w.uint(7, dropFrames);
  w.uint(8, keepFrames);
  w.uint(9, profile.timeNanos);
  w.uint(10, profile.durationNanos);
  w.uint(12, profile.period);
  if (comments.length) w.packed(13, comments);
  w.uint(14, defaultType);
  return w.finish();
}

/** The profile gzipped at BestSpeed (as runtime/pprof writes it), ready to be a `.pb.gz` file. */
export function encodeProfileGzip(profile: Profile): Uint8Array {
  return gzipSync(encodeProfile(profile), { level: 1 });
}

function valueType(w: ProtoWriter, t: ValueType, s: StringTable): void {
  w.uint(1, s.id(t.type));
  w.uint(2, s.id(t.unit));
}

/**
 * Samples are most of a profile: sizes are computed first, and no closure or copy per sample;
 * `labelFieldsOf` holds the fields of each label set, encoded once.
 */
function writeSample(
  w: ProtoWriter,
  samples: SampleColumns,
  i: number,
  labelFieldsOf: number[][][],
  stack: Int32Array,
): void {
  const depth = readStack(samples.nodes, samples.stack[i] as number, stack);
  const valueStart = i * samples.width;
  const valueEnd = valueStart + samples.width;
  const locations = packedSize(stack, 1, 0, depth);
  const values = packedSize(samples.values, 0, valueStart, valueEnd);
  const labels = labelFieldsOf[samples.labelSet[i] as number] ?? [];
  let size = (locations ? 1 + varintSize(locations) + locations : 0) + (values ? 1 + varintSize(values) + values : 0);
  for (const fields of labels) size += 1 + varintSize(labelSize(fields)) + labelSize(fields);
  w.header(2, size);
  if (locations) {
    w.header(1, locations);
    w.varints(stack, 0, depth, 1);
  }
  if (values) {
    w.header(2, values);
    w.varints(samples.values, valueStart, valueEnd);
  }
  for (const fields of labels) {
    w.header(3, labelSize(fields));
    for (let f = 0; f < fields.length; f++) w.uint(f + 1, fields[f] as number);
  }
}

function labelSize(fields: readonly number[]): number {
  let n = 0;
  for (const v of fields) n += v === 0 ? 0 : 1 + varintSize(v);
  return n;
}

/** Label fields 1–4 (key, str, num, num_unit) as varints; 0 is "absent". */
function labelFields(label: Label, s: StringTable): number[] {
  return [
    s.id(label.key),
    label.str !== undefined ? s.id(label.str) : 0,
    label.num ?? 0,
    label.numUnit !== undefined ? s.id(label.numUnit) : 0,
  ];
}

function writeMapping(w: ProtoWriter, m: Mapping, id: number, s: StringTable): void {
  w.uint(1, id);
  w.bigUint(2, m.memoryStart);
  w.bigUint(3, m.memoryLimit);
  w.bigUint(4, m.fileOffset);
  w.uint(5, s.id(m.filename));
  w.uint(6, s.id(m.buildId));
  w.bool(7, m.hasFunctions);
  w.bool(8, m.hasFilenames);
  w.bool(9, m.hasLineNumbers);
  w.bool(10, m.hasInlineFrames);
}

function writeLocation(w: ProtoWriter, loc: Location, id: number): void {
  w.uint(1, id);
  if (loc.mappingIndex >= 0) w.uint(2, loc.mappingIndex + 1);
  w.bigUint(3, loc.address);
  for (const line of loc.lines) {
    w.message(4, (m) => {
      m.uint(1, line.functionIndex + 1);
      m.uint(2, line.line);
      m.uint(3, line.column);
    });
  }
  w.bool(5, loc.isFolded);
}

function writeFunction(w: ProtoWriter, fn: ProfileFunction, id: number, s: StringTable): void {
  w.uint(1, id);
  w.uint(2, s.id(fn.name));
  w.uint(3, s.id(fn.systemName));
  w.uint(4, s.id(fn.filename));
  w.uint(5, fn.startLine);
}
