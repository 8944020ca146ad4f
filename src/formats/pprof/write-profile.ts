// Encodes a model Profile as profile.proto bytes (and gzipped, as runtime/pprof writes it):
// the string table is rebuilt, ids are array index + 1. Used for the `diff.pb.gz` that
// `go tool pprof` opens. Field numbers: ./profile.proto.

import { gzip } from 'pako';
import type { Label, Location, Mapping, Profile, ProfileFunction, Sample, ValueType } from '../../model/profile.js';
import { ProtoWriter } from './proto-writer.js';

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
  for (const sample of profile.samples) w.message(2, (m) => writeSample(m, sample, s));
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

/** The profile gzipped, ready to be a `.pb.gz` file. */
export function encodeProfileGzip(profile: Profile): Uint8Array {
  return gzip(encodeProfile(profile));
}

function valueType(w: ProtoWriter, t: ValueType, s: StringTable): void {
  w.uint(1, s.id(t.type));
  w.uint(2, s.id(t.unit));
}

function writeSample(w: ProtoWriter, sample: Sample, s: StringTable): void {
  w.packed(1, sample.locations.map((i) => i + 1));
  w.packed(2, sample.values);
  for (const label of sample.labels) w.message(3, (m) => writeLabel(m, label, s));
}

function writeLabel(w: ProtoWriter, label: Label, s: StringTable): void {
  w.uint(1, s.id(label.key));
  if (label.str !== undefined) w.uint(2, s.id(label.str));
  if (label.num !== undefined) w.uint(3, label.num);
  if (label.numUnit !== undefined) w.uint(4, s.id(label.numUnit));
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
