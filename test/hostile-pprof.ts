// Generators of hostile pprof inputs for the memory-bound tests: a valid profile.proto with one
// function, one location and `samples` one-frame samples, written straight as wire bytes so that
// millions of samples cost the generator only their bytes (8 bytes each, ~1000:1 under gzip).

import { ProtoWriter } from '../src/formats/pprof/proto-writer.js';

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
