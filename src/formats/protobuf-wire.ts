// Walks protobuf wire format without a schema, for content sniffing: the fields of a message
// between two offsets, each with its number, wire type and value range. Shared by the pprof and
// OTLP/protobuf sniffs; decoding proper is protobufjs's.

export interface WireField {
  field: number;
  wire: number;
  /** The value's bytes (for wire type 2, without the length prefix). */
  start: number;
  end: number;
}

/**
 * The fields between start and end, at most `max`; the last may run past the bytes at hand (the
 * sniffed head of a file), and is then cut there. Undefined when the bytes are not protobuf.
 */
export function wireFields(bytes: Uint8Array, start: number, end: number, max = 4096): WireField[] | undefined {
  const out: WireField[] = [];
  let pos = start;
  const limit = Math.min(end, bytes.length);
  while (pos < limit && out.length < max) {
    const tag = varint(bytes, pos);
    if (!tag || tag.value < 8) return undefined;
    const wire = tag.value & 7;
    const field = Math.floor(tag.value / 8);
    const value = valueRange(bytes, tag.next, wire);
    if (!value) return out.length > 0 || tag.next >= limit ? out : undefined;
    out.push({ field, wire, start: value.start, end: Math.min(value.end, limit) });
    if (value.end > limit) break;
    pos = value.end;
  }
  return out;
}

function valueRange(bytes: Uint8Array, pos: number, wire: number): { start: number; end: number } | undefined {
  if (wire === 0) {
    const v = varint(bytes, pos);
    return v && { start: pos, end: v.next };
  }
  if (wire === 1) return { start: pos, end: pos + 8 };
  if (wire === 5) return { start: pos, end: pos + 4 };
  if (wire !== 2) return undefined;
  const length = varint(bytes, pos);
  return length && { start: length.next, end: length.next + length.value };
}

function varint(bytes: Uint8Array, pos: number): { value: number; next: number } | undefined {
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
