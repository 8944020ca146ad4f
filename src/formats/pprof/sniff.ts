// Content sniff for raw profile.proto bytes: walk the first fields and check that every tag is
// a Profile field with the wire type Go's writer uses. Gzip is unwrapped by the engine first.

import { wireFields } from '../protobuf-wire.js';

const lengthDelimited = new Set([1, 2, 3, 4, 5, 6, 11]);
const varint = new Set([7, 8, 9, 10, 12, 14, 15]);
const packedOrVarint = new Set([13]);

/** Confidence that `head` starts a profile.proto message. */
export function sniffProfileProto(head: Uint8Array): number {
  const fields = wireFields(head, 0, head.length, 64);
  if (!fields || fields.length === 0 || fields.some((f) => !wireFits(f.field, f.wire))) return 0;
  const seen = new Set(fields.map((f) => f.field));
  // Every profile has at least sample types (1) and a string table (6); a message made of field
  // 1 alone is more likely another protobuf (an OTLP export is `repeated ResourceSpans = 1`).
  if (seen.size < 2) return 0.3;
  return seen.has(1) || seen.has(11) || seen.has(2) ? 0.9 : 0.2;
}

function wireFits(field: number, wire: number): boolean {
  if (lengthDelimited.has(field)) return wire === 2;
  if (varint.has(field)) return wire === 0;
  if (packedOrVarint.has(field)) return wire === 0 || wire === 2;
  return false;
}
