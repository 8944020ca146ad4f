// Decodes raw profile.proto bytes in two passes. The first decodes every field but the samples
// with the protobufjs static decoder generated from ./profile.proto (reading 64-bit varints as
// numbers, see number-reader.ts) and only counts the samples; decode-samples.ts then reads the
// samples straight into columns once the location ids are known. Decoder failures become
// FormatErrors that carry the byte offset.

import { FormatError } from '../../model/format-error.js';
import { perftools } from './generated/profile-pb.js';
import { NumberReader } from './number-reader.js';

export type RawProfile = perftools.profiles.Profile;

export interface DecodedProfile {
  /** Every field but `sample`, which `decodeSamples` reads from `bytes`. */
  raw: RawProfile;
  sampleCount: number;
  /** Bytes of all sample messages together (a bound on their location ids). */
  sampleBytes: number;
  bytes: Uint8Array;
  /** Strings that were not valid UTF-8, read with U+FFFD in place of the bad bytes. */
  invalidUtf8Strings: number;
}

/** Profile field 2 (`sample`), length-delimited. */
export const sampleTag = (2 << 3) | 2;

export function decodeProfileProto(bytes: Uint8Array): DecodedProfile {
  if (bytes.length === 0)
    throw new FormatError('pprof', 'pprof.empty', 'the profile is empty (0 bytes)', { offset: 0 });
  const reader = new NumberReader(bytes);
  try {
    const raw = new perftools.profiles.Profile();
    let sampleCount = 0;
    let sampleBytes = 0;
    let runStart = 0;
    while (reader.pos < reader.len) {
      const start = reader.pos;
      const tag = reader.tag();
      if (tag !== sampleTag) {
        reader.skipType(tag & 7, 0, tag >>> 3);
        continue;
      }
      const size = reader.size();
      if (reader.pos + size > reader.len) throw new RangeError('index out of range');
      const after = reader.pos + size;
      decodeRun(reader, raw, runStart, start);
      reader.pos = after;
      runStart = after;
      sampleCount++;
      sampleBytes += size;
    }
    decodeRun(reader, raw, runStart, reader.len);
    return { raw, sampleCount, sampleBytes, bytes, invalidUtf8Strings: reader.invalidUtf8Strings };
  } catch (err) {
    throw decodeError(err, reader.pos, bytes.length);
  }
}

/** The generated decoder with its full signature: it merges into `target` (its declaration omits the last three). */
const profileMessage = perftools.profiles.Profile as unknown as {
  decode(reader: NumberReader, length: number, end: undefined, depth: number, target: RawProfile): RawProfile;
};

/** Decodes the fields between two sample fields into `raw` (repeated fields append, as protobuf merges). */
function decodeRun(reader: NumberReader, raw: RawProfile, start: number, end: number): void {
  if (end <= start) return;
  reader.pos = start;
  profileMessage.decode(reader, end - start, undefined, 0, raw);
}

export function decodeError(err: unknown, pos: number, size: number): FormatError {
  if (err instanceof FormatError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/index out of range/.test(message)) {
    return new FormatError('pprof', 'pprof.truncated', `protobuf data ends early (a field runs past byte ${size})`, {
      offset: Math.min(pos, size),
    });
  }
  if (/invalid wire type/.test(message)) {
    return new FormatError('pprof', 'pprof.bad-wire-type', `not a valid protobuf field (${message})`, { offset: pos });
  }
  if (/max depth|recursion/i.test(message)) {
    return new FormatError('pprof', 'pprof.too-deep', 'protobuf nesting too deep', { offset: pos });
  }
  return new FormatError('pprof', 'pprof.bad-protobuf', `protobuf decoding failed (${message.slice(0, 120)})`, {
    offset: pos,
  });
}
