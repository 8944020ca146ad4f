// OTLP/JSON trace exports: one `ExportTraceServiceRequest` as POSTed to `/v1/traces`, or the
// OpenTelemetry Collector file exporter's JSON lines (one request per line). Ids are hex, 64-bit
// times strings or numbers. Spec: opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding

import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError, isFormatError } from '../../model/format-error.js';
import type { Span } from '../../model/span-set.js';
import type { ImportContext, Importer } from '../importer.js';
import { BadIdSpans } from '../span-json/bad-id-spans.js';
import { decodeUtf8, parseJson, sniffText } from '../span-json/json-text.js';
import { mapTraceRequest } from './otlp-mapper.js';

const format = 'otlp-json';

export const otlpJsonImporter: Importer = {
  id: format,
  sniff(head) {
    const text = sniffText(head);
    if (!text.startsWith('{')) return 0;
    if (/^\{\s*"resourceSpans"\s*:/.test(text)) return 0.95;
    if (
      text.includes('"resourceSpans"') &&
      (text.includes('"scopeSpans"') || text.includes('"instrumentationLibrarySpans"'))
    )
      return 0.9;
    return 0;
  },
  parse(bytes, ctx) {
    const text = decodeUtf8(bytes, format);
    const spans: Span[] = [];
    const target = { spans, limits: ctx.limits, badIds: new BadIdSpans(format) };
    const lines = jsonLines(text);
    const mapLine = ({ line, body }: { line: number; body: string }) =>
      mapTraceRequest(parseLine(body, line), { format, pointer: '', line }, target);
    if (lines) lines.forEach(mapLine);
    else mapTraceRequest(parseJson(text, format), { format, pointer: '' }, target);
    target.badIds.finish(spans.length, ctx.diagnostics);
    return spanArtifact(spans, ctx);
  },
};

/** The non-empty lines of a JSON-lines file, or undefined when the text is one JSON document. */
function jsonLines(text: string): { line: number; body: string }[] | undefined {
  const lines = text
    .split('\n')
    .map((body, i) => ({ line: i + 1, body: body.trim() }))
    .filter((l) => l.body !== '');
  if (lines.length < 2 || !lines.every((l) => l.body.startsWith('{'))) return undefined;
  try {
    JSON.parse(lines[0]?.body ?? '');
    return lines;
  } catch {
    return undefined; // a pretty-printed document: its first line is not JSON on its own
  }
}

function parseLine(body: string, line: number): unknown {
  try {
    return parseJson(body, format);
  } catch (err) {
    if (!isFormatError(err)) throw err;
    throw new FormatError(format, err.code, `${err.message} (at byte ${err.offset ?? 0} of the line)`, { line });
  }
}

function spanArtifact(spans: Span[], ctx: ImportContext): ParsedArtifact {
  if (spans.length === 0) ctx.diagnostics.add(`${format}.empty`, 'the export holds no spans');
  return { format, content: { type: 'spans', spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}
