// One Jaeger JSON trace (`{traceID, spans, processes, warnings}`) → model spans. The parent is the
// first CHILD_OF reference in the same trace (else FOLLOWS_FROM, as Jaeger's ParentSpanID does);
// tags typed string/bool/int64/float64/binary; process tags become resource attributes.

import type { DiagnosticSink } from '../../model/diagnostic.js';
import type { Limits } from '../../model/limits.js';
import type { Attributes, Span } from '../../model/span-set.js';
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
import type { BadIdSpans } from '../span-json/bad-id-spans.js';
import { takeKind, takeStatus } from '../zipkin/otel-tags.js';

export interface TraceTarget {
  spans: Span[];
  limits: Limits;
  diagnostics: DiagnosticSink;
  badIds: BadIdSpans;
}

interface Process {
  service: string;
  resource: Attributes;
}

export function mapTrace(value: unknown, place: JsonPlace, target: TraceTarget): void {
  const trace = readObject(value, place);
  const processes = readProcesses(trace['processes'], at(place, 'processes'));
  if (readArray(trace['warnings'], at(place, 'warnings')).length > 0)
    target.diagnostics.add('jaeger.warnings', 'the trace carries Jaeger warnings');
  const spansPlace = at(place, 'spans');
  readArray(trace['spans'], spansPlace).forEach((item, i) => {
    if (target.spans.length >= target.limits.maxSpans)
      throw fail(spansPlace, 'too-many-spans', `more than maxSpans=${target.limits.maxSpans} spans`);
    const place = at(spansPlace, i);
    const span = target.badIds.keep(() => mapSpan(readObject(item, place), place, processes, target.diagnostics));
    if (span) target.spans.push(span);
  });
}

function readProcesses(value: unknown, place: JsonPlace): Map<string, Process> {
  const out = new Map<string, Process>();
  if (value === undefined || value === null) return out;
  for (const [id, p] of Object.entries(readObject(value, place))) out.set(id, readProcess(p, at(place, id)));
  return out;
}

function readProcess(value: unknown, place: JsonPlace): Process {
  const p = readObject(value, place);
  const service = readString(p['serviceName'], at(place, 'serviceName'), '') || 'unknown_service';
  return { service, resource: { 'service.name': service, ...readTags(p['tags'], at(place, 'tags')) } };
}

function mapSpan(s: JsonObject, place: JsonPlace, processes: Map<string, Process>, diagnostics: DiagnosticSink): Span {
  const traceId = readPaddedHexId(s['traceID'], at(place, 'traceID'), 32);
  const process =
    s['process'] !== undefined
      ? readProcess(s['process'], at(place, 'process'))
      : processes.get(readString(s['processID'], at(place, 'processID'), ''));
  if (!process) diagnostics.add('jaeger.unknown-process', 'spans name a processID the trace does not list');
  const tags = readTags(s['tags'], at(place, 'tags'));
  const kind = takeKind(tags);
  const status = takeStatus(tags, 'true-only');
  if (readArray(s['warnings'], at(place, 'warnings')).length > 0)
    diagnostics.add('jaeger.span-warnings', 'spans carry Jaeger warnings');
  return {
    traceId,
    spanId: readPaddedHexId(s['spanID'], at(place, 'spanID'), 16),
    parentSpanId: parentOf(s, place, traceId),
    name: readString(s['operationName'], at(place, 'operationName'), ''),
    service: process?.service ?? 'unknown_service',
    kind,
    startUnixNano: readMicros(s['startTime'], at(place, 'startTime')),
    durationNs: readMicros(s['duration'] ?? 0, at(place, 'duration'), true),
    status,
    attributes: tags,
    resourceAttributes: process?.resource ?? {},
    events: readArray(s['logs'], at(place, 'logs')).map((l, i) => readLog(l, at(at(place, 'logs'), i))),
    where: pointerOf(place),
  };
}

function parentOf(s: JsonObject, place: JsonPlace, traceId: string): string | undefined {
  const refs = readArray(s['references'], at(place, 'references')).map((r, i) => {
    const refPlace = at(at(place, 'references'), i);
    const ref = readObject(r, refPlace);
    return {
      type: readString(ref['refType'], at(refPlace, 'refType'), 'CHILD_OF'),
      trace: readPaddedHexId(ref['traceID'], at(refPlace, 'traceID'), 32),
      span: readPaddedHexId(ref['spanID'], at(refPlace, 'spanID'), 16),
    };
  });
  const sameTrace = refs.filter((r) => r.trace === traceId);
  const parent = sameTrace.find((r) => r.type === 'CHILD_OF') ?? sameTrace.find((r) => r.type === 'FOLLOWS_FROM');
  if (parent) return parent.span;
  if (s['parentSpanID'] !== undefined && s['parentSpanID'] !== null && s['parentSpanID'] !== '')
    return readPaddedHexId(s['parentSpanID'], at(place, 'parentSpanID'), 16);
  return undefined;
}

function readTags(value: unknown, place: JsonPlace): Attributes {
  const out: Attributes = {};
  readArray(value, place).forEach((item, i) => {
    const tagPlace = at(place, i);
    const tag = readObject(item, tagPlace);
    const v = tag['value'];
    if (v !== null && typeof v === 'object')
      throw fail(at(tagPlace, 'value'), 'wrong-type', 'expected a string, number or boolean tag value');
    out[readString(tag['key'], at(tagPlace, 'key'))] = (v ?? null) as string | number | boolean | null;
  });
  return out;
}

function readLog(value: unknown, place: JsonPlace): Span['events'][number] {
  const log = readObject(value, place);
  const fields = readTags(log['fields'], at(place, 'fields'));
  const name = typeof fields['event'] === 'string' ? fields['event'] : 'log';
  delete fields['event'];
  return { name, timeUnixNano: readMicros(log['timestamp'], at(place, 'timestamp')), attributes: fields };
}
