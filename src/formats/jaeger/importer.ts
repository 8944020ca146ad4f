// Jaeger JSON as served by the query API (`GET /api/traces/{id}`, `{data: [trace]}`) and saved by
// the Jaeger UI ("Download JSON"); a bare trace object or an array of traces is read too, and span
// documents that carry their process (Elasticsearch storage, the anonymizer), one or an array.
// Times are epoch microseconds. Spec: jaeger's model/json (model.go) and the query API docs.
// Jaeger's internal domain model and the UI's store state are refused with what they are.

import type { ParsedArtifact } from '../../model/artifact.js';
import type { Span } from '../../model/span-set.js';
import type { ImportContext, Importer } from '../importer.js';
import { BadIdSpans } from '../span-json/bad-id-spans.js';
import { at, fail, readArray, readObject, type JsonObject, type JsonPlace } from '../span-json/json-read.js';
import { decodeUtf8, parseJson, sniffText } from '../span-json/json-text.js';
import { mapTrace } from './jaeger-trace.js';

const format = 'jaeger';

export const jaegerImporter: Importer = {
  id: format,
  sniff(head) {
    const text = sniffText(head);
    if (!text.startsWith('{') && !text.startsWith('[')) return 0;
    if (text.includes('"processMap"') && text.includes('"spans"')) return 0.9; // domain model, refused
    if (!text.includes('"traceID"') || text.includes('"resourceSpans"')) return 0;
    return text.includes('"spanID"') || text.includes('"operationName"') || text.includes('"processes"') ? 0.9 : 0.5;
  },
  parse(bytes, ctx) {
    const doc = parseJson(decodeUtf8(bytes, format), format);
    const spans: Span[] = [];
    const badIds = new BadIdSpans(format);
    const target = { spans, limits: ctx.limits, diagnostics: ctx.diagnostics, badIds };
    traces(doc).forEach(({ value, place }) => mapTrace(value, place, target));
    badIds.finish(spans.length, ctx.diagnostics);
    return artifact(spans, ctx);
  },
};

/** The traces of any of the accepted shapes, each with its JSON pointer. */
function traces(doc: unknown): { value: unknown; place: JsonPlace }[] {
  const root: JsonPlace = { format, pointer: '' };
  const list = (value: unknown, place: JsonPlace) =>
    readArray(value, place).map((v, i) => ({ value: v, place: at(place, i) }));
  if (Array.isArray(doc)) return isSpanDocument(doc[0]) ? [{ value: { spans: doc }, place: root }] : list(doc, root);
  const obj = readObject(doc, root);
  refuseOtherShapes(obj, root);
  if ('data' in obj) return list(obj['data'] ?? [], at(root, 'data'));
  if (isSpanDocument(obj)) return [{ value: { spans: [obj] }, place: root }];
  if ('spans' in obj || 'traceID' in obj) return [{ value: obj, place: root }];
  throw fail(root, 'wrong-type', 'expected {data: [trace…]}, a trace or an array of traces');
}

/** A span with its process inside (`{traceID, spanID, …, process}`), as Elasticsearch stores it. */
function isSpanDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'spanID' in value && !('spans' in value);
}

/** Jaeger JSON that is not an export: say what it is and how to get an export instead. */
function refuseOtherShapes(obj: JsonObject, root: JsonPlace): void {
  const howTo = 'export traces with the query API (GET /api/traces/{id}) or the UI\'s "Download JSON"';
  if ('processMap' in obj) {
    const what = 'Jaeger domain-model trace (model.Trace JSON, base64 ids), not an export';
    throw fail(root, 'domain-model', `${what}: ${howTo}`);
  }
  const data = obj['data'];
  if ('state' in obj && typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const what = "Jaeger UI trace state ({data, id, state} of the UI's store), not an export";
    throw fail(root, 'ui-state', `${what}: ${howTo}`);
  }
}

function artifact(spans: Span[], ctx: ImportContext): ParsedArtifact {
  if (spans.length === 0) ctx.diagnostics.add(`${format}.empty`, 'the export holds no spans');
  return { format, content: { type: 'spans', spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}
