// OTLP/protobuf trace exports: an `ExportTraceServiceRequest` as POSTed to `/v1/traces` with
// `application/x-protobuf` (concatenated requests merge, as protobuf repeated fields do). Decoded
// with protobufjs from ./trace.proto, then mapped by the OTLP/JSON mapper. Spec: ./trace.proto.

import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Span } from '../../model/span-set.js';
import type { ImportContext, Importer } from '../importer.js';
import { mapTraceRequest } from '../otlp-json/otlp-mapper.js';
import { opentelemetry } from './generated/trace-pb.js';
import { LenientReader } from '../lenient-reader.js';
import { sniffOtlpProto } from './sniff.js';

const format = 'otlp-proto';
const Request = opentelemetry.proto.trace.v1.ExportTraceServiceRequest;

export const otlpProtoImporter: Importer = {
  id: format,
  sniff: sniffOtlpProto,
  parse(bytes, ctx) {
    if (bytes.length === 0)
      throw new FormatError(format, `${format}.empty`, 'the export is empty (0 bytes)', { offset: 0 });
    const reader = new LenientReader(bytes);
    let message: InstanceType<typeof Request>;
    try {
      message = Request.decode(reader);
    } catch (err) {
      throw decodeError(err, reader.pos, bytes.length);
    }
    const doc = Request.toObject(message, { longs: String, enums: Number, bytes: String });
    hexIds(doc);
    const spans: Span[] = [];
    mapTraceRequest(doc, { format, pointer: '' }, { spans, limits: ctx.limits });
    if (reader.invalidUtf8Strings > 0) {
      const message = 'strings that are not valid UTF-8 were read with U+FFFD in place of the bad bytes';
      ctx.diagnostics.add(`${format}.invalid-utf8`, message, undefined, reader.invalidUtf8Strings);
    }
    return artifact(spans, ctx);
  },
};

function decodeError(err: unknown, pos: number, size: number): FormatError {
  const message = err instanceof Error ? err.message : String(err);
  if (/index out of range/.test(message)) {
    return new FormatError(format, `${format}.truncated`, `protobuf data ends early (a field runs past byte ${size})`, {
      offset: Math.min(pos, size),
    });
  }
  if (/invalid wire type/.test(message))
    return new FormatError(format, `${format}.bad-wire-type`, `not a valid protobuf field (${message})`, {
      offset: pos,
    });
  if (/max depth|call stack/i.test(message))
    return new FormatError(format, `${format}.too-deep`, 'protobuf nesting too deep', { offset: pos });
  return new FormatError(format, `${format}.bad-protobuf`, `protobuf decoding failed (${message.slice(0, 120)})`, {
    offset: pos,
  });
}

/** protobufjs renders bytes as base64; OTLP/JSON, which the mapper reads, has hex ids. */
function hexIds(doc: Record<string, unknown>): void {
  for (const rs of asList(doc['resourceSpans'])) {
    for (const ss of asList(rs['scopeSpans'])) {
      for (const span of asList(ss['spans'])) {
        for (const key of ['traceId', 'spanId', 'parentSpanId']) {
          if (typeof span[key] === 'string') span[key] = Buffer.from(span[key], 'base64').toString('hex');
        }
      }
    }
  }
}

function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function artifact(spans: Span[], ctx: ImportContext): ParsedArtifact {
  if (spans.length === 0) ctx.diagnostics.add(`${format}.empty`, 'the export holds no spans');
  return { format, content: { type: 'spans', spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}
