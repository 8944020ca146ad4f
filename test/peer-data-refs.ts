// What the reference tools say about each file of ../shared/peer-data (its README names them):
// `go tool pprof -top` JSON beside each profile, flamegraph.pl totals, benchfmt results, and for
// span exports the counts each exporter's own format defines, read here from the raw JSON.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { textOf } from '../src/model/unknown-value.js';

export const peerRoot = join(process.cwd(), '..', 'shared', 'peer-data');

export interface TopType {
  type: string;
  unit: string;
  total: number;
  functions: Record<string, [number, number]>;
  /** Lines of pprof's output the reference could not parse as rows. */
  unparsed: string[];
}

export type Reference =
  | { class: 'profile'; types: TopType[] }
  | { class: 'profile-refused'; pprofError: string }
  | { class: 'folded'; total: number }
  | { class: 'perf-script'; collapsed: Map<string, number> }
  | { class: 'bench'; results: BenchRef[] }
  | { class: 'spans'; counts: SpanCounts }
  | { class: 'refused'; shape: RegExp };

export interface BenchRef {
  name: string;
  iters: number;
  pkg: string;
  values: [number, string][];
}

export interface SpanCounts {
  spans: number;
  traces: number;
  services: number;
  errors: number;
}

/** Every input file (not a README or a reference output), as a path relative to the root. */
export function peerFiles(): string[] {
  if (!existsSync(peerRoot)) return [];
  return readdirSync(peerRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(peerRoot, join(e.parentPath, e.name)))
    .filter((p) => !/(^|\/)README\.md$|\.pprof-top\.json$|-reference\.json$/.test(p))
    .sort();
}

/** Files that are not a format perfgate claims, with what the refusal must say. */
const refusals: [RegExp, RegExp][] = [
  [/converter\/v1\/json\/fixtures\/domain_01\.json$/, /Jaeger domain-model trace/],
  [/TraceFlamegraph\/testTrace\.json$/, /Jaeger UI trace state/],
];

export function referenceOf(file: string): Reference {
  const abs = join(peerRoot, file);
  if (existsSync(`${abs}.pprof-top.json`)) return profileRef(`${abs}.pprof-top.json`);
  const refused = refusals.find(([path]) => path.test(file));
  if (refused) return { class: 'refused', shape: refused[1] };
  const flamegraphRefs = readJson(join(peerRoot, 'flamegraph', 'flamegraph-pl-reference.json'));
  const folded = flamegraphRefs[file] as { total: number } | undefined;
  if (folded) {
    if (folded.total === 0 && !file.includes('/results/')) return perfScriptRef(file); // raw perf script
    return { class: 'folded', total: folded.total };
  }
  const benchRefs = readJson(join(peerRoot, 'golang-perf', 'benchfmt-reference.json'));
  const bench = benchRefs[file] as { results: BenchRef[] } | undefined;
  // benchfmt reads an empty file as no results; perfgate refuses it, saying so.
  if (bench?.results.length === 0) return { class: 'refused', shape: /empty|no benchmark result/ };
  if (bench) return { class: 'bench', results: bench.results };
  const counts = spanCounts(readFileSync(abs, 'utf8'));
  return counts.spans === 0 ? { class: 'refused', shape: /non-hex/ } : { class: 'spans', counts };
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function profileRef(path: string): Reference {
  const doc = readJson(path) as { pprofError?: string; sampleTypes?: TopType[] };
  if (doc.pprofError !== undefined) return { class: 'profile-refused', pprofError: doc.pprofError };
  return { class: 'profile', types: doc.sampleTypes ?? [] };
}

/**
 * stackcollapse-perf.pl with no options names the process without its pid; the FlameGraph
 * results hold the `--pid` run, so the default output is that with `-PID` cut off the first frame.
 */
function perfScriptRef(file: string): Reference {
  const base = file.replace(/^flamegraph\/test\//, '').replace(/\.txt$/, '');
  const text = readFileSync(join(peerRoot, 'flamegraph', 'test', 'results', `${base}-collapsed-pid.txt`), 'utf8');
  const collapsed = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(.*) (\d+)$/.exec(line);
    if (!m) continue;
    const stack = (m[1] as string).replace(/^([^;]*)-(\d+|\?)(?=;|$)/, '$1');
    collapsed.set(stack, (collapsed.get(stack) ?? 0) + Number(m[2]));
  }
  return { class: 'perf-script', collapsed };
}

type Json = Record<string, unknown>;

/**
 * Span, trace, service and error counts as each exporter's format defines them, over the spans
 * whose ids are hex (perfgate drops the others with a diagnostic; a file with none is refused).
 */
export function spanCounts(text: string): SpanCounts {
  const jsonLines = text.trimStart().startsWith('{') && /\}\s*\n\s*\{/.test(text);
  const docs = jsonLines ? text.split('\n').filter((l) => l.trim()) : [text];
  const acc = { spans: 0, traces: new Set<string>(), services: new Set<string>(), errors: 0 };
  for (const doc of docs) countDoc(JSON.parse(doc) as unknown, acc);
  return { spans: acc.spans, traces: acc.traces.size, services: acc.services.size, errors: acc.errors };
}

interface Acc {
  spans: number;
  traces: Set<string>;
  services: Set<string>;
  errors: number;
}

function countDoc(doc: unknown, acc: Acc): void {
  if (Array.isArray(doc)) return doc.forEach((d) => countDoc(d, acc));
  const obj = doc as Json;
  if (Array.isArray(obj['resourceSpans'])) return countOtlp(obj['resourceSpans'] as Json[], acc);
  if (Array.isArray(obj['data'])) return (obj['data'] as Json[]).forEach((t) => countJaeger(t, acc));
  if (Array.isArray(obj['spans'])) return countJaeger(obj, acc);
  if ('spanID' in obj) return countJaeger({ spans: [obj] }, acc); // a span document, process inside
  countZipkin(obj, acc);
}

function countOtlp(resources: Json[], acc: Acc): void {
  for (const resource of resources) {
    const attrs = ((resource['resource'] as Json | undefined)?.['attributes'] ?? []) as Json[];
    const service = attrs.find((a) => a['key'] === 'service.name');
    const name = textOf(((service?.['value'] ?? {}) as Json)['stringValue'] ?? 'unknown_service');
    const scopes = (resource['scopeSpans'] ?? resource['instrumentationLibrarySpans'] ?? []) as Json[];
    for (const scope of scopes) {
      for (const span of (scope['spans'] ?? []) as Json[]) {
        if (!hexIds(span['traceId'], span['spanId'])) continue;
        acc.spans += 1;
        acc.traces.add(String(span['traceId']).toLowerCase());
        acc.services.add(name);
        const code = ((span['status'] ?? {}) as Json)['code'];
        if (code === 2 || code === 'STATUS_CODE_ERROR') acc.errors += 1;
      }
    }
  }
}

function countJaeger(trace: Json, acc: Acc): void {
  const processes = (trace['processes'] ?? {}) as Record<string, Json>;
  for (const span of (trace['spans'] ?? []) as Json[]) {
    if (!hexIds(span['traceID'], span['spanID'])) continue;
    acc.spans += 1;
    acc.traces.add(String(span['traceID']).replace(/^0+/, ''));
    const process = (span['process'] ?? processes[String(span['processID'])] ?? {}) as Json;
    acc.services.add(textOf(process['serviceName'] ?? ''));
    const tags = (span['tags'] ?? []) as Json[];
    const failed = (key: string, values: unknown[]) =>
      tags.some((t) => t['key'] === key && values.includes(t['value']));
    if (failed('error', [true, 'true']) || failed('otel.status_code', ['ERROR'])) acc.errors += 1;
  }
}

/** Zipkin: any `error` tag marks the span failed, whatever its value (zipkin2 model docs), as does
 *  OpenTelemetry's `otel.status_code: ERROR`. */
function countZipkin(span: Json, acc: Acc): void {
  if (!hexIds(span['traceId'], span['id'])) return;
  acc.spans += 1;
  acc.traces.add(String(span['traceId']).replace(/^0+/, ''));
  acc.services.add(textOf(((span['localEndpoint'] ?? {}) as Json)['serviceName'] ?? 'unknown_service'));
  const tags = (span['tags'] ?? {}) as Json;
  if ('error' in tags || tags['otel.status_code'] === 'ERROR') acc.errors += 1;
}

/** Ids that are hex, or absent (read as empty: the span.invalid-id check names those). */
function hexIds(...ids: unknown[]): boolean {
  return ids.every((id) => id === undefined || (typeof id === 'string' && /^[0-9a-fA-F]{0,32}$/.test(id)));
}
