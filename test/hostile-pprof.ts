// Generators of hostile pprof inputs for the memory-bound tests: a valid profile.proto with one
// function, one location and `samples` one-frame samples, written straight as wire bytes so that
// millions of samples cost the generator only their bytes (8 bytes each, ~1000:1 under gzip).

import { ProfileBuilder } from '../src/formats/folded/profile-builder.js';
import { ProtoWriter } from '../src/formats/pprof/proto-writer.js';
import { encodeProfileGzip } from '../src/formats/pprof/write-profile.js';

/**
 * A gzipped profile of `chains` call chains `depth` frames deep that share their first ten
 * frames; on head (`boost`) the first chain has four times the samples: every frame below the
 * tenth regresses, so thousands of functions are flagged on one stack.
 */
export function deepChainsProfile(depth: number, chains: number, boost: boolean): Uint8Array {
  const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, depth);
  for (let c = 0; c < chains; c++) {
    const chain = Array.from({ length: depth }, (_, d) => `example.com/deep.f${d}_${d < 10 ? 0 : c}`);
    builder.add(chain, boost && c === 0 ? 400 : 100);
  }
  return encodeProfileGzip(builder.build());
}

/** The bytes of a profile with `samples` identical samples of `values` values each. */
export function manySamplesProfile(samples: number, values = 1): Uint8Array {
  const head = new ProtoWriter();
  for (let t = 0; t < values; t++) head.message(1, (w) => (w.uint(1, 1), w.uint(2, 2))); // sample_type: samples/count
  head.message(4, (w) => (w.uint(1, 1), w.message(4, (line) => line.uint(1, 1)))); // location 1 → function 1
  head.message(5, (w) => (w.uint(1, 1), w.uint(2, 3))); // function 1, named string 3
  for (const s of ['', 'samples', 'count', 'main.hot']) head.string(6, s);
  const sample = new ProtoWriter();
  sample.message(
    2,
    (w) => (
      w.packed(1, [1]),
      w.packed(
        2,
        Array.from({ length: values }, () => 1),
      )
    ),
  );
  const one = sample.finish();
  const start = head.finish();
  const out = new Uint8Array(start.length + one.length * samples);
  out.set(start, 0);
  for (let i = 0, at = start.length; i < samples; i++, at += one.length) out.set(one, at);
  return out;
}
