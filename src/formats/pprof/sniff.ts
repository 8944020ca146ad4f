// Content sniff for raw profile.proto bytes: walk the first fields and check that every tag is
// a Profile field with the wire type Go's writer uses. Gzip is unwrapped by the engine first.

const lengthDelimited = new Set([1, 2, 3, 4, 5, 6, 11]);
const varint = new Set([7, 8, 9, 10, 12, 14, 15]);
const packedOrVarint = new Set([13]);

/** Confidence that `head` starts a profile.proto message. */
export function sniffProfileProto(head: Uint8Array): number {
  let pos = 0;
  let fields = 0;
  const seen = new Set<number>();
  while (pos < head.length && fields < 64) {
    const tag = readVarint(head, pos);
    if (!tag) return 0;
    const field = Math.floor(tag.value / 8);
    const wire = tag.value & 7;
    if (!wireFits(field, wire)) return 0;
    pos = tag.next;
    const skipped = skipValue(head, pos, wire);
    if (skipped === undefined) break; // runs past the sniffed head: fine
    pos = skipped;
    seen.add(field);
    fields += 1;
  }
  if (fields === 0) return 0;
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

function skipValue(bytes: Uint8Array, pos: number, wire: number): number | undefined {
  if (wire === 0) return readVarint(bytes, pos)?.next;
  const length = readVarint(bytes, pos);
  if (!length) return undefined;
  const end = length.next + length.value;
  return end <= bytes.length ? end : undefined;
}

function readVarint(bytes: Uint8Array, pos: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10 && pos + i < bytes.length; i++) {
    const byte = bytes[pos + i] as number;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return { value, next: pos + i + 1 };
  }
  return undefined;
}
