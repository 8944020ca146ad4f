// Zipkin v2 JSON: an array of spans as POSTed to `/api/v2/spans` (what OpenTelemetry's Zipkin
// exporter sends), or one span object on its own. Times are epoch microseconds, possibly
// fractional; `kind` is absent for local spans; `shared` marks a server span reusing its
// client's id. Spec: zipkin-api, zipkin2-api.yaml.

import type { ParsedArtifact } from '../../model/artifact.js';
import type { Attributes, Span, SpanKind } from '../../model/span-set.js';
import type { ImportContext, Importer } from '../importer.js';
import {
  at,
  fail,
  pointerOf,
  readArray,
  readMicros,
  readObject,
  readPaddedHexId,
  readString,
  type JsonObject,
  type JsonPlace,
} from '../span-json/json-read.js';
import { decodeUtf8, parseJson, sniffText } from '../span-json/json-text.js';
import { BadIdSpans } from '../span-json/bad-id-spans.js';
import { splitResourceTags, takeStatus } from './otel-tags.js';

const format = 'zipkin';
const kinds: Record<string, SpanKind> = {
  CLIENT: 'client',
  SERVER: 'server',
  PRODUCER: 'producer',
  CONSUMER: 'consumer',
};

export const zipkinImporter: Importer = {
  id: format,
  sniff(head) {
    const text = sniffText(head);
    if (!/^(\[\s*)?\{/.test(text) || !text.includes('"traceId"') || text.includes('"binaryAnnotations"')) return 0;
    if (text.includes('"resourceSpans"') || text.includes('"traceID"')) return 0;
    if (text.startsWith('{') && !/"id"\s*:\s*"/.test(text)) return 0;
    return /"(localEndpoint|remoteEndpoint)"\s*:/.test(text) ||
      /"kind"\s*:\s*"(CLIENT|SERVER|PRODUCER|CONSUMER)"/.test(text)
      ? 0.9
      : 0.6;
  },
  parse(bytes, ctx) {
    const doc = parseJson(decodeUtf8(bytes, format), format);
    const place: JsonPlace = { format, pointer: '' };
    const list = Array.isArray(doc) ? doc : [readObject(doc, place)];
    const max = ctx.limits.maxSpans;
    if (list.length > max) throw fail(place, 'too-many-spans', `more than maxSpans=${max} spans`);
    const badIds = new BadIdSpans(format);
    const spans: Span[] = [];
    readArray(list, place).forEach((item, i) => {
      const itemPlace = Array.isArray(doc) ? at(place, i) : place;
      const span = badIds.keep(() => mapSpan(readObject(item, itemPlace), itemPlace, ctx));
      if (span) spans.push(span);
    });
    badIds.finish(spans.length, ctx.diagnostics);
    return artifact(spans, ctx);
  },
};

function mapSpan(s: JsonObject, place: JsonPlace, ctx: ImportContext): Span {
  const endpoint = s['localEndpoint'] === undefined ? {} : readObject(s['localEndpoint'], at(place, 'localEndpoint'));
  const service =
    readString(endpoint['serviceName'], at(at(place, 'localEndpoint'), 'serviceName'), '') || 'unknown_service';
  const tags = readTags(s['tags'], at(place, 'tags'));
  const status = takeStatus(tags, 'any-value');
  const { attributes, resource } = splitResourceTags(tags);
  const parent =
    s['parentId'] === undefined || s['parentId'] === null
      ? ''
      : readPaddedHexId(s['parentId'], at(place, 'parentId'), 16);
  if (s['timestamp'] === undefined)
    ctx.diagnostics.add('zipkin.no-timestamp', 'spans without a timestamp were read as starting at 0');
  const span: Span = {
    traceId: readPaddedHexId(s['traceId'], at(place, 'traceId'), 32),
    spanId: readPaddedHexId(s['id'], at(place, 'id'), 16),
    parentSpanId: parent === '' ? undefined : parent,
    name: readString(s['name'], at(place, 'name'), ''),
    service,
    kind: readKind(s['kind'], at(place, 'kind')),
    startUnixNano: s['timestamp'] === undefined ? 0n : readMicros(s['timestamp'], at(place, 'timestamp')),
    durationNs:
      s['duration'] === undefined || s['duration'] === null
        ? undefined
        : readMicros(s['duration'], at(place, 'duration'), true),
    status,
    attributes,
    resourceAttributes: { 'service.name': service, ...resource },
    events: readArray(s['annotations'], at(place, 'annotations')).map((a, i) =>
      readAnnotation(a, at(at(place, 'annotations'), i)),
    ),
    where: pointerOf(place),
  };
  if (s['shared'] === true) span.shared = true;
  return span;
}

function readKind(value: unknown, place: JsonPlace): SpanKind {
  if (value === undefined || value === null) return 'internal';
  const name = readString(value, place);
  const kind = kinds[name];
  if (!kind) throw fail(place, 'bad-enum', `unknown span kind ${JSON.stringify(name.slice(0, 20))}`);
  return kind;
}

function readTags(value: unknown, place: JsonPlace): Attributes {
  if (value === undefined || value === null) return {};
  const tags = readObject(value, place);
  const out: Attributes = {};
  for (const [key, v] of Object.entries(tags)) out[key] = readString(v, at(place, key));
  return out;
}

function readAnnotation(value: unknown, place: JsonPlace): Span['events'][number] {
  const a = readObject(value, place);
  return {
    name: readString(a['value'], at(place, 'value')),
    timeUnixNano: readMicros(a['timestamp'], at(place, 'timestamp')),
    attributes: {},
  };
}

function artifact(spans: Span[], ctx: ImportContext): ParsedArtifact {
  if (spans.length === 0) ctx.diagnostics.add(`${format}.empty`, 'the export holds no spans');
  return { format, content: { type: 'spans', spans: { spans } }, diagnostics: ctx.diagnostics.list() };
}
