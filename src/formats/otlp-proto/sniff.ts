// Content sniff for raw OTLP/protobuf trace exports: walk the wire format of the first
// ExportTraceServiceRequest down to its first Span and check its 16-byte trace id and 8-byte span
// id. Scores above the pprof sniff, whose field 1 has the same wire type (Gzip is unwrapped first).

import { wireFields as fields, type WireField as Field } from '../protobuf-wire.js';

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
  const idsFit =
    traceId?.wire === 2 && traceId.end - traceId.start === 16 && spanId?.wire === 2 && spanId.end - spanId.start === 8;
  return idsFit ? 0.97 : 0.3;
}
