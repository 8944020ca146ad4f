// Jaeger JSON as served by the query API (`GET /api/traces/{id}`, `{data: [trace]}`) and saved by
// the Jaeger UI ("Download JSON"); a bare trace object or an array of traces is read too. Times are
// epoch microseconds. Spec: jaeger's model/json (model.go) and the query API docs.

import type { ParsedArtifact } from '../../model/artifact.js';
import type { Span } from '../../model/span-set.js';
import type { ImportContext, Importer } from '../importer.js';
import { at, fail, readArray, readObject, type JsonPlace } from '../span-json/json-read.js';
import { decodeUtf8, parseJson, sniffText } from '../span-json/json-text.js';
import { mapTrace } from './jaeger-trace.js';

const format = 'jaeger';

export const jaegerImporter: Importer = {
  id: format,
  sniff(head) {
    const text = sniffText(head);
    if (!text.startsWith('{') && !text.startsWith('[')) return 0;
    if (!text.includes('"traceID"') || text.includes('"resourceSpans"')) return 0;
    return text.includes('"spanID"') || text.includes('"operationName"') || text.includes('"processes"') ? 0.9 : 0.5;
  },
  parse(bytes, ctx) {
    const doc = parseJson(decodeUtf8(bytes, format), format);
    const spans: Span[] = [];
    traces(doc).forEach(({ value, place }) => mapTrace(value, place, { spans, limits: ctx.limits, diagnostics: ctx.diagnostics }));
    return artifact(spans, ctx);
  },
};

/** The traces of any of the three accepted shapes, each with its JSON pointer. */
function traces(doc: unknown): { value: unknown; place: JsonPlace }[] {
  const root: JsonPlace = { format, pointer: '' };
  const list = (value: unknown, place: JsonPlace) => readArray(value, place).map((v, i) => ({ value: v, place: at(place, i) }));
  if (Array.isArray(doc)) return list(doc, root);
  const obj = readObject(doc, root);
  if ('data' in obj) return list(obj['data'] ?? [], at(root, 'data'));
  if ('spans' in obj || 'traceID' in obj) return [{ value: obj, place: root }];
  throw fail(root, 'wrong-type', 'expected {data: [trace…]}, a trace or an array of traces');
}

function artifact(spans: Span[], ctx: ImportContext): ParsedArtifact {
  if (spans.length === 0) ctx.diagnostics.add(`${format}.empty`, 'the export holds no spans');
  return { format, content: { type: 'spans', spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}
