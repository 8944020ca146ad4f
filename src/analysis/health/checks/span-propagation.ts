// span.propagation: per (caller, callee) service pair, CLIENT spans whose callee service exported
// spans in the same run but has no SERVER span with that client as parent: the trace context was
// not propagated. The callee of a call is `peer.service`, else the service that answered other
// calls to the same address and port with a propagated server span, else the only service whose
// server spans listen on that port. Database clients (`db.system`) have no callee service.
// Evidence: {caller, callee, calls, lost, lostPerRun, examples: [{file, traceId, spanId, where}]}.

import { checkSeverity } from '../../../model/config.js';
import type { Finding } from '../../../model/finding.js';
import type { Span } from '../../../model/span-set.js';
import type { HealthCheck } from '../check.js';
import { example, type Example, type FiledSpan, idKey, maxExamples, plural, spanRuns } from './span-check-util.js';
import { SpanTree } from './span-tree.js';
import { textOf } from '../../../model/unknown-value.js';

const id = 'span.propagation';

interface Pair {
  caller: string;
  callee: string;
  calls: number;
  lost: number;
  lostPerRun: number[];
  examples: Example[];
}

export const spanPropagation: HealthCheck = {
  id,
  options: {},
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const runs = spanRuns(head);
    const pairs = new Map<string, Pair>();
    runs.forEach((spans, i) => checkRun(spans, i, runs.length, pairs));
    const out: Finding[] = [];
    for (const [key, p] of pairs) {
      if (p.lost === 0) continue;
      const title = `${key}: ${p.lost} of ${plural(p.calls, 'call')} reached ${p.callee} without the trace context`;
      const { caller, callee, calls, lost, lostPerRun, examples } = p;
      const evidence = { caller, callee, calls, lost, lostPerRun, examples };
      out.push({ id, severity, title, subject: { kind: 'service', key }, evidence });
    }
    return out;
  },
};

function checkRun(spans: FiledSpan[], run: number, runs: number, pairs: Map<string, Pair>): void {
  const tree = new SpanTree(spans);
  const services = new Set(spans.map((s) => s.span.service));
  const calls = spans.filter((s) => isServiceCall(s.span));
  const answered = (c: FiledSpan): Span | undefined =>
    tree.childrenOf(c.span).find((x) => x.span.kind === 'server')?.span;
  const sharedServers = new Map<string, Span>();
  for (const s of spans) if (s.span.shared === true) sharedServers.set(idKey(s.span.traceId, s.span.spanId), s.span);
  const learned = new Map<string, string>();
  for (const c of calls) {
    const server = answered(c) ?? sharedServers.get(idKey(c.span.traceId, c.span.spanId));
    const to = destination(c.span);
    if (server && to !== undefined && server.service !== c.span.service) learned.set(to, server.service);
  }
  const byPort = serversByPort(spans);
  for (const c of calls) {
    const callee = calleeOf(c.span, learned, byPort);
    if (callee === undefined || callee === c.span.service || !services.has(callee)) continue;
    const key = `from ${c.span.service} to ${callee}`;
    let pair = pairs.get(key);
    if (!pair) {
      const lostPerRun = new Array<number>(runs).fill(0);
      pair = { caller: c.span.service, callee, calls: 0, lost: 0, lostPerRun, examples: [] };
      pairs.set(key, pair);
    }
    pair.calls++;
    if (answered(c) || sharedServers.has(idKey(c.span.traceId, c.span.spanId))) continue;
    pair.lost++;
    pair.lostPerRun[run] = (pair.lostPerRun[run] ?? 0) + 1;
    if (pair.examples.length < maxExamples) pair.examples.push(example(c));
  }
}

/** A CLIENT span that is not a database call. */
function isServiceCall(span: Span): boolean {
  const db = span.attributes['db.system'] ?? span.attributes['db.system.name'];
  return span.kind === 'client' && db === undefined;
}

function calleeOf(call: Span, learned: Map<string, string>, byPort: Map<string, string | null>): string | undefined {
  const peer = call.attributes['peer.service'];
  if (typeof peer === 'string' && peer !== '') return peer;
  const to = destination(call);
  const known = to === undefined ? undefined : learned.get(to);
  if (known !== undefined) return known;
  const port = portOf(call.attributes['server.port'] ?? call.attributes['net.peer.port']);
  return port === undefined ? undefined : (byPort.get(port) ?? undefined);
}

/** Caller, address and port of a call (calls to one destination reach one service); none without either. */
function destination(call: Span): string | undefined {
  const address = call.attributes['server.address'] ?? call.attributes['net.peer.name'];
  const port = portOf(call.attributes['server.port'] ?? call.attributes['net.peer.port']);
  if ((address === undefined || address === null || address === '') && port === undefined) return undefined;
  return `${call.service}\u0000${textOf(address ?? '')}\u0000${port ?? ''}`;
}

/** Port → the one service whose server spans report it (null when several do). */
function serversByPort(spans: FiledSpan[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const s of spans) {
    if (s.span.kind !== 'server') continue;
    const port = portOf(s.span.attributes['server.port'] ?? s.span.attributes['net.host.port']);
    if (port === undefined) continue;
    const known = out.get(port);
    if (known === undefined) out.set(port, s.span.service);
    else if (known !== s.span.service) out.set(port, null);
  }
  return out;
}

function portOf(value: unknown): string | undefined {
  return typeof value === 'number' || (typeof value === 'string' && value !== '') ? String(value) : undefined;
}
