// Content sniff for raw OTLP/protobuf trace exports: walk the wire format of the first
// ExportTraceServiceRequest down to its first Span and check its 16-byte trace id and 8-byte span
// id. Scores above the pprof sniff, whose field 1 has the same wire type (Gzip is unwrapped first).

interface Field {
  field: number;
  wire: number;
  start: number;
  end: number;
}

/** Confidence that `head` starts an OTLP ExportTraceServiceRequest. */
export function sniffOtlpProto(head: Uint8Array): number {
  const top = fields(head, 0, head.length);
  if (!top || top.length === 0 || top.some((f) => f.field !== 1 || f.wire !== 2)) return 0;
  const first = top[0] as Field;
  const resourceSpans = fields(head, first.start, first.end);
  if (!resourceSpans || resourceSpans.some((f) => ![1, 2, 3, 1000].includes(f.field) || f.wire !== 2)) return 0;
  const scope = resourceSpans.find((f) => f.field === 2);
  const scopeFields = scope && fields(head, scope.start, scope.end);
  const span = scopeFields?.find((f) => f.field === 2 && f.wire === 2);
  const spanFields = span && fields(head, span.start, span.end);
  if (!spanFields) return resourceSpans.length > 0 && first.end <= head.length ? 0.3 : 0;
  const traceId = spanFields.find((f) => f.field === 1);
  const spanId = spanFields.find((f) => f.field === 2);
  const idsFit = traceId?.wire === 2 && traceId.end - traceId.start === 16 && spanId?.wire === 2 && spanId.end - spanId.start === 8;
  return idsFit ? 0.97 : 0.3;
}

/** The fields between start and end; the last may run past `end` of the head (cut there). */
function fields(bytes: Uint8Array, start: number, end: number): Field[] | undefined {
  const out: Field[] = [];
  let pos = start;
  const limit = Math.min(end, bytes.length);
  while (pos < limit && out.length < 4096) {
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
  for (let i = 0; i < 8 && pos + i < bytes.length; i++) {
    const byte = bytes[pos + i] as number;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return { value, next: pos + i + 1 };
  }
  return undefined;
}
