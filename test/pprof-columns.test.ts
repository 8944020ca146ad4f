// The hand-written sample decoder (src/formats/pprof/decode-samples.ts) against protobufjs's
// generated one, on real profiles and on wire forms Go does not write but protobuf allows:
// unpacked repeated fields, unknown fields, sparse and large ids, negative values, labels.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../src/formats/pprof/build-profile.js';
import { decodeProfileProto } from '../src/formats/pprof/decode.js';
import { perftools } from '../src/formats/pprof/generated/profile-pb.js';
import { int64, uint64 } from '../src/formats/pprof/long.js';
import { NumberReader } from '../src/formats/pprof/number-reader.js';
import { ProtoWriter } from '../src/formats/pprof/proto-writer.js';
import { FormatError } from '../src/model/format-error.js';
import { samplesOf } from './sample-objects.js';

const read = (bytes: Uint8Array) => buildProfile(decodeProfileProto(bytes), 1e7);

/** Each sample as the generated decoder reads it: location ids, values and raw label fields. */
function oracle(bytes: Uint8Array) {
  const raw = perftools.profiles.Profile.decode(new NumberReader(bytes));
  return (raw.sample ?? []).map((s) => ({
    ids: (s.locationId ?? []).map((id) => uint64(id)),
    values: (s.value ?? []).map((v) => int64(v)),
    labels: (s.label ?? []).map((l) => [int64(l.key), int64(l.str), int64(l.num), int64(l.numUnit)]),
  }));
}

/** The model's samples with location indexes turned back into ids and labels into string indexes. */
function asRead(bytes: Uint8Array) {
  const raw = perftools.profiles.Profile.decode(new NumberReader(bytes));
  const ids = (raw.location ?? []).map((l) => uint64(l.id));
  const strings = raw.stringTable ?? [];
  const index = (s: string | undefined) => (s === undefined ? 0 : strings.indexOf(s));
  return samplesOf(read(bytes)).map((s) => ({
    ids: s.locations.map((l) => ids[l] as number),
    values: s.values,
    labels: s.labels.map((l) => [index(l.key), index(l.str), l.num ?? 0, index(l.numUnit)]),
  }));
}

/** A profile with locations of ids `locationIds` (each its own function) and samples written by `samples`. */
function profile(locationIds: number[], samples: (w: ProtoWriter) => void, types = 2): Uint8Array {
  const w = new ProtoWriter();
  for (let t = 0; t < types; t++) w.message(1, (m) => (m.uint(1, 1), m.uint(2, 2)));
  samples(w);
  locationIds.forEach((id, i) => w.message(4, (m) => (m.uint(1, id), m.message(4, (line) => line.uint(1, i + 1)))));
  locationIds.forEach((_, i) => w.message(5, (m) => (m.uint(1, i + 1), m.uint(2, 3))));
  for (const s of ['', 'space', 'bytes', 'main.f', 'tag']) w.string(6, s);
  return w.finish();
}

function sample(w: ProtoWriter, body: (m: ProtoWriter) => void): void {
  w.message(2, body);
}

const realProfiles = ['fixtures/pprof/go1.26', 'fixtures/pprof/go1.23', 'fixtures/pprof/go1.21'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(pb\.gz|pprof)$/.test(name))
    .map((name) => join(dir, name)),
);

describe('samples decoded into columns', () => {
  it('finds real profiles to check', () => {
    expect(realProfiles.length).toBeGreaterThanOrEqual(5);
  });

  for (const path of realProfiles) {
    it(`reads ${path} as the generated decoder does`, () => {
      const file = readFileSync(path);
      const bytes = file[0] === 0x1f ? gunzipSync(file) : file;
      expect(asRead(bytes)).toEqual(oracle(bytes));
    });
  }

  it('reads unpacked ids and values, unknown fields, large and sparse ids, negative values and labels', () => {
    const ids = [7, 300, 100_000, 2 ** 40];
    const bytes = profile(ids, (w) => {
      sample(w, (m) => (m.packed(1, [7, 300]), m.packed(2, [5, -3])));
      sample(w, (m) => {
        m.uint(1, 100_000); // unpacked location ids
        m.uint(1, 2 ** 40);
        m.uint(2, 1); // unpacked values
        m.varint(2 << 3);
        m.varint(-(2 ** 40));
        m.uint(9, 12345); // unknown field
        m.message(3, (l) => (l.uint(1, 2), l.uint(3, 4096)));
      });
      sample(w, (m) => (m.packed(1, [300]), m.packed(2, [1, 2]), m.message(3, (l) => (l.uint(1, 2), l.uint(3, 4096)))));
      sample(w, (m) => {
        m.packed(1, [7]);
        m.packed(2, [0, 0]);
        m.message(3, (l) => (l.uint(1, 2), l.uint(3, 64), l.uint(4, 2)));
        m.message(3, (l) => (l.uint(1, 4), l.uint(2, 3)));
      });
    });
    const got = asRead(bytes);
    expect(got).toEqual(oracle(bytes));
    expect(got[1]?.values).toEqual([1, -(2 ** 40)]);
    const columns = read(bytes).samples;
    expect(columns.labelSet[1]).toBe(columns.labelSet[2]); // one set for equal labels
    expect(columns.labelSets[columns.labelSet[3] as number]).toEqual([
      { key: 'bytes', num: 64, numUnit: 'bytes' },
      { key: 'tag', str: 'main.f' },
    ]);
  });

  it('fails a sample with the wrong number of values, an unknown location, or a field past its end', () => {
    const codeOf = (bytes: Uint8Array): string => {
      try {
        read(bytes);
        return 'none';
      } catch (err) {
        return err instanceof FormatError ? err.code : String(err);
      }
    };
    expect(codeOf(profile([1], (w) => sample(w, (m) => (m.packed(1, [1]), m.packed(2, [1])))))).toBe(
      'pprof.bad-sample',
    );
    expect(codeOf(profile([1], (w) => sample(w, (m) => (m.packed(1, [2]), m.packed(2, [1, 1])))))).toBe(
      'pprof.bad-reference',
    );
    const overrun = profile([1], (w) =>
      sample(w, (m) => {
        m.header(1, 3); // says three bytes of ids, but the sample ends after one
        m.varint(1);
      }),
    );
    expect(codeOf(overrun)).toBe('pprof.truncated');
  });
});
