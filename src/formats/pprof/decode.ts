// Decodes raw profile.proto bytes with the protobufjs static decoder generated from
// ./profile.proto (reading 64-bit varints as numbers, see number-reader.ts), turning decoder
// failures into FormatErrors that carry the byte offset.

import { FormatError } from '../../model/format-error.js';
import { perftools } from './generated/profile-pb.js';
import { NumberReader } from './number-reader.js';

export type RawProfile = perftools.profiles.Profile;

export interface DecodedProfile {
  raw: RawProfile;
  /** Strings that were not valid UTF-8, read with U+FFFD in place of the bad bytes. */
  invalidUtf8Strings: number;
}

export function decodeProfileProto(bytes: Uint8Array): DecodedProfile {
  if (bytes.length === 0)
    throw new FormatError('pprof', 'pprof.empty', 'the profile is empty (0 bytes)', { offset: 0 });
  const reader = new NumberReader(bytes);
  try {
    const raw = perftools.profiles.Profile.decode(reader);
    return { raw, invalidUtf8Strings: reader.invalidUtf8Strings };
  } catch (err) {
    throw decodeError(err, reader.pos, bytes.length);
  }
}

function decodeError(err: unknown, pos: number, size: number): FormatError {
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
