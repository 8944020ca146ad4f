// Encodes a model Profile as profile.proto bytes (and gzipped, as runtime/pprof writes it):
// the string table is rebuilt, ids are array index + 1. Used for the `diff.pb.gz` that
// `go tool pprof` opens. Field numbers: ./profile.proto.

import { gzipSync } from 'node:zlib';
import type { Label, Location, Mapping, Profile, ProfileFunction, Sample, ValueType } from '../../model/profile.js';
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
  const w = new ProtoWriter();
  const s = new StringTable();
  for (const t of profile.sampleTypes) w.message(1, (m) => valueType(m, t, s));
  for (const sample of profile.samples) writeSample(w, sample, s);
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

/** Samples are most of a profile: sizes are computed first, and no closure or copy per sample. */
function writeSample(w: ProtoWriter, sample: Sample, s: StringTable): void {
  const locations = packedSize(sample.locations, 1);
  const values = packedSize(sample.values);
  const labels = sample.labels.length ? sample.labels.map((l) => labelFields(l, s)) : [];
  const labelSizes = labels.map((fields) => fields.reduce((n, v) => n + (v === 0 ? 0 : 1 + varintSize(v)), 0));
  let size = (locations ? 1 + varintSize(locations) + locations : 0) + (values ? 1 + varintSize(values) + values : 0);
  for (const l of labelSizes) size += 1 + varintSize(l) + l;
  w.header(2, size);
  if (locations) {
    w.header(1, locations);
    for (const i of sample.locations) w.varint(i + 1);
  }
  if (values) {
    w.header(2, values);
    for (const v of sample.values) w.varint(v);
  }
  for (let i = 0; i < labels.length; i++) {
    w.header(3, labelSizes[i] as number);
    (labels[i] as number[]).forEach((v, f) => w.uint(f + 1, v));
  }
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
