// An OTLP `ExportTraceServiceRequest` (collector/trace/v1, trace/v1/trace.proto) in its JSON shape
// → model spans. The OTLP/JSON importer feeds it parsed JSON; the protobuf importer feeds it the
// decoded message converted to the same shape. Spec: opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding

import type { Limits } from '../../model/limits.js';
import type { Attributes, Span, SpanKind, StatusCode } from '../../model/span-set.js';
import type { BadIdSpans } from '../span-json/bad-id-spans.js';
import { readAttributes } from './otlp-attributes.js';
import {
  at,
  fail,
  pointerOf,
  readArray,
  readHexId,
  readNumber,
  readObject,
  readString,
  readUint64,
  type JsonObject,
  type JsonPlace,
} from '../span-json/json-read.js';

const kinds: SpanKind[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
const statuses: StatusCode[] = ['unset', 'ok', 'error'];

export interface MapTarget {
  spans: Span[];
  limits: Limits;
  /** Drops spans with non-hex ids one by one (JSON); without it such a span fails the file. */
  badIds?: BadIdSpans;
}

export function mapTraceRequest(doc: unknown, place: JsonPlace, target: MapTarget): void {
  const request = readObject(doc, place);
  const list = at(place, 'resourceSpans');
  readArray(request['resourceSpans'], list).forEach((rs, i) => mapResourceSpans(rs, at(list, i), target));
}

function mapResourceSpans(value: unknown, place: JsonPlace, target: MapTarget): void {
  const rs = readObject(value, place);
  const resourcePlace = at(place, 'resource');
  const resource = rs['resource'] === undefined ? {} : readObject(rs['resource'], resourcePlace);
  const resourceAttributes = readAttributes(resource['attributes'], at(resourcePlace, 'attributes'));
  const name = resourceAttributes['service.name'];
  const service = typeof name === 'string' && name !== '' ? name : 'unknown_service';
  // `instrumentationLibrarySpans`: the name before OTLP 0.15, still found in old files.
  const key =
    rs['scopeSpans'] === undefined && rs['instrumentationLibrarySpans'] !== undefined
      ? 'instrumentationLibrarySpans'
      : 'scopeSpans';
  readArray(rs[key], at(place, key)).forEach((ss, i) => {
    const ssPlace = at(at(place, key), i);
    const spansPlace = at(ssPlace, 'spans');
    readArray(readObject(ss, ssPlace)['spans'], spansPlace).forEach((span, j) => {
      if (target.spans.length >= target.limits.maxSpans)
        throw fail(spansPlace, 'too-many-spans', `more than maxSpans=${target.limits.maxSpans} spans`);
      const map = () => mapSpan(readObject(span, at(spansPlace, j)), at(spansPlace, j), service, resourceAttributes);
      const mapped = target.badIds ? target.badIds.keep(map) : map();
      if (mapped) target.spans.push(mapped);
    });
  });
}

function mapSpan(s: JsonObject, place: JsonPlace, service: string, resourceAttributes: Attributes): Span {
  const startUnixNano = readUint64(s['startTimeUnixNano'], at(place, 'startTimeUnixNano'), 0n);
  const end = readUint64(s['endTimeUnixNano'], at(place, 'endTimeUnixNano'), 0n);
  const parent = s['parentSpanId'] === undefined ? '' : readHexId(s['parentSpanId'], at(place, 'parentSpanId'));
  return {
    traceId: readHexId(s['traceId'] ?? '', at(place, 'traceId')),
    spanId: readHexId(s['spanId'] ?? '', at(place, 'spanId')),
    parentSpanId: parent === '' ? undefined : parent,
    name: readString(s['name'], at(place, 'name'), ''),
    service,
    kind: readEnum(s['kind'], at(place, 'kind'), kinds, 'SPAN_KIND_'),
    startUnixNano,
    durationNs: end === 0n ? undefined : end - startUnixNano,
    status: readStatus(s['status'], at(place, 'status')),
    attributes: readAttributes(s['attributes'], at(place, 'attributes')),
    resourceAttributes,
    events: readArray(s['events'], at(place, 'events')).map((e, i) => readEvent(e, at(at(place, 'events'), i))),
    where: place.line === undefined ? pointerOf(place) : `line ${place.line} ${pointerOf(place)}`,
  };
}

/** An enum as its number or, as protobuf's JSON mapping also allows, its name. */
function readEnum<T>(value: unknown, place: JsonPlace, names: T[], prefix: string): T {
  if (value === undefined || value === null) return names[0] as T;
  if (typeof value === 'string') {
    const i = names.indexOf(value.replace(prefix, '').toLowerCase() as T);
    if (i >= 0) return names[i] as T;
    throw fail(place, 'bad-enum', `unknown value ${JSON.stringify(value.slice(0, 40))}`);
  }
  const n = readNumber(value, place);
  if (Number.isInteger(n) && n >= 0 && n < names.length) return names[n] as T;
  throw fail(place, 'bad-enum', `unknown value ${n}`);
}

function readStatus(value: unknown, place: JsonPlace): Span['status'] {
  if (value === undefined || value === null) return { code: 'unset' };
  const s = readObject(value, place);
  const code = readEnum(s['code'], at(place, 'code'), statuses, 'STATUS_CODE_');
  const message = readString(s['message'], at(place, 'message'), '');
  return message === '' ? { code } : { code, message };
}

function readEvent(value: unknown, place: JsonPlace): Span['events'][number] {
  const e = readObject(value, place);
  return {
    name: readString(e['name'], at(place, 'name'), ''),
    timeUnixNano: readUint64(e['timeUnixNano'], at(place, 'timeUnixNano'), 0n),
    attributes: readAttributes(e['attributes'], at(place, 'attributes')),
  };
}
