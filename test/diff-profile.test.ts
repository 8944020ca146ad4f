// The diff profile (`<kind>.diff.pb.gz`): head samples plus negated base samples labelled
// `pprof::base=true`. Its flat and cum per function must equal what the real `go tool pprof
// -top` printed for it (fixtures/flamegraph/demo-*.diff.top.*, made by
// fixtures/_gen/make-flamegraph.sh, which also checked that pprof's own -diff_base agrees).
// The encoder must round-trip every real profile through our decoder.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { flatCum } from '../src/analysis/profile/flat-cum.js';
import { groupProfiles, type ProfileGroup } from '../src/analysis/profile/group-profiles.js';
import { collectSide } from '../src/engine/read-inputs/read-runs.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { gunzipBounded } from '../src/formats/gzip.js';
import { diffBaseLabel, diffProfile } from '../src/formats/pprof/diff-profile.js';
import { pprofImporter } from '../src/formats/pprof/importer.js';
import { encodeProfile, encodeProfileGzip } from '../src/formats/pprof/write-profile.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { parsePprofTop } from './pprof-top-text.js';
import { samplesOf } from './sample-objects.js';

function decode(bytes: Uint8Array): Profile {
  const raw = bytes[0] === 0x1f ? gunzipBounded(bytes, defaultLimits) : bytes;
  const parsed = pprofImporter.parse?.(raw, {
    path: 'diff.pb.gz',
    limits: defaultLimits,
    diagnostics: new DiagnosticSink(),
  });
  if (parsed?.content.type !== 'profile') throw new Error('not a profile');
  return parsed.content.profile;
}

describe('diff profile against go tool pprof -top', () => {
  const references = readdirSync('fixtures/flamegraph').filter((f) => /^demo-[a-z]+\.diff\.top\.[a-z_]+$/.test(f));
  let groups: ProfileGroup[] = [];
  beforeAll(async () => {
    const base = await collectSide('base', ['fixtures/demo/base'], defaultLimits);
    const head = await collectSide('head', ['fixtures/demo/head'], defaultLimits);
    groups = groupProfiles(base.runs, head.runs);
  });

  it('has a reference per demo kind and sample type', () => expect(references.length).toBe(9));

  for (const reference of references) {
    it(reference, () => {
      const [, kind, type] = /^demo-([a-z]+)\.diff\.top\.([a-z_]+)$/.exec(reference) as RegExpExecArray;
      const group = groups.find((g) => g.kind === kind) as ProfileGroup;
      const all = (side: 'base' | 'head') => group[side].flatMap((r) => r.profiles);
      const profile = decode(
        encodeProfileGzip(diffProfile(all('base'), all('head'), group.base.length, group.head.length)),
      );
      const index = profile.sampleTypes.findIndex((t) => t.type === type);
      const ours = flatCum(profile, index);
      const expected = parsePprofTop(readFileSync(join('fixtures/flamegraph', reference), 'utf8'));
      const got: Record<string, { flat: number; cum: number }> = {};
      ours.keys.forEach((key, k) => {
        if (ours.flat[k] !== 0 || ours.cum[k] !== 0)
          got[key] = { flat: ours.flat[k] as number, cum: ours.cum[k] as number };
      });
      expect(got).toEqual(Object.fromEntries(expected.rows));
      // pprof's percentages are of the base total: Σ|v| over the samples labelled as base.
      const isBase = (s: ReturnType<typeof samplesOf>[number]) =>
        s.labels.some((l) => l.key === diffBaseLabel.key && l.str === diffBaseLabel.str);
      const baseTotal = samplesOf(profile)
        .filter(isBase)
        .reduce((a, s) => a + Math.abs(s.values[index] as number), 0);
      expect(baseTotal).toBe(expected.total);
    });
  }

  it('diff(a, a) cancels out for every function', () => {
    const group = groups.find((g) => g.kind === 'cpu') as ProfileGroup;
    const a = group.head.flatMap((r) => r.profiles);
    const profile = decode(encodeProfile(diffProfile(a, a, 5, 5)));
    const totals = flatCum(
      profile,
      profile.sampleTypes.findIndex((t) => t.type === 'cpu'),
    );
    expect(totals.flat.every((v) => v === 0)).toBe(true);
    expect(totals.cum.every((v) => v === 0)).toBe(true);
  });

  it('rescales base when the sides have different run counts', () => {
    const group = groups.find((g) => g.kind === 'cpu') as ProfileGroup;
    const one = group.base[0]?.profiles ?? [];
    const profile = diffProfile([...one, ...one], one, 2, 1);
    const cpu = profile.sampleTypes.findIndex((t) => t.type === 'cpu');
    expect(samplesOf(profile).reduce((a, s) => a + (s.values[cpu] as number), 0)).toBe(0);
  });
});

describe('profile encoder', () => {
  const files = readdirSync('fixtures/pprof', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.pb(\.gz)?$/.test(e.name) && !e.parentPath.includes('bad'))
    .map((e) => join(e.parentPath, e.name));

  it('has real profiles to round-trip', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(`round-trips ${file}`, async () => {
      const parsed = await importFile(file, defaultLimits);
      if (parsed.content.type !== 'profile') throw new Error('not a profile');
      const original = parsed.content.profile;
      expect(decode(encodeProfileGzip(original))).toEqual(original);
    });
  }
});

describe('protobuf writer', () => {
  it("writes int64 varints as protobufjs does, negative ones as 10-byte two's complement", async () => {
    const { ProtoWriter, varintSize } = await import('../src/formats/pprof/proto-writer.js');
    const protobuf = (await import('protobufjs/minimal.js')).default;
    const values = [
      0,
      1,
      127,
      128,
      300,
      2 ** 31,
      2 ** 32,
      2 ** 53 - 1,
      -1,
      -2,
      -(2 ** 31),
      -(2 ** 32),
      -10000000,
      -(2 ** 53 - 1),
    ];
    for (const value of values) {
      const w = new ProtoWriter();
      w.varint(value);
      const want = Buffer.from(protobuf.Writer.create().int64(value).finish()).toString('hex');
      expect(Buffer.from(w.finish()).toString('hex'), String(value)).toBe(want);
      expect(varintSize(value)).toBe(want.length / 2);
    }
    const w = new ProtoWriter();
    w.varintBig(2n ** 64n - 1n);
    expect(Buffer.from(w.finish()).toString('hex')).toBe('ffffffffffffffffff01');
  });
});
