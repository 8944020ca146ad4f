// trace.fragmented: broken context propagation. Either a trace id has more than one root span, or
// an outgoing CLIENT call has no child although its callee is in the export and, during the call,
// started a SERVER span with no parent (a trace of its own): the traceparent header was lost.
// The callee is matched by time (its root starts within the call) and by `peer.service` or port.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import type { Span } from '../../../model/span-set.js';
import type { HealthCheck } from '../check.js';
import { endOf, example, FindingGroups, type FiledSpan, plural, spanRuns } from './span-check-util.js';
import { textOf } from '../../../model/unknown-value.js';

const id = 'trace.fragmented';

export const traceFragmented: HealthCheck = {
  id,
  options: { 'tolerance-ms': z.number().nonnegative() },
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = BigInt(Math.round(checkNumber(config, id, 'toleranceMs', 5) * 1e6));
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      multipleRoots(spans, groups);
      lostPropagation(spans, groups, tolerance);
    }
    return groups.findings(id, severity, (key, n, d) =>
      d['reason'] === 'multiple-roots'
        ? `more than one root span, ${key} (${plural(n, 'trace')})`
        : `calls ${key} lost the trace context (${plural(n, 'call')})`,
    );
  },
};

function multipleRoots(spans: FiledSpan[], groups: FindingGroups): void {
  const roots = new Map<string, FiledSpan[]>();
  for (const s of spans) {
    if (s.span.parentSpanId !== undefined) continue;
    roots.set(s.span.traceId, [...(roots.get(s.span.traceId) ?? []), s]);
  }
  for (const list of roots.values()) {
    if (list.length < 2) continue;
    const services = [...new Set(list.map((r) => r.span.service))].sort().join(' + ');
    groups.add('trace', `roots in ${services}`, example(list[1] as FiledSpan, { roots: list.length }), {
      reason: 'multiple-roots',
    });
  }
}

function lostPropagation(spans: FiledSpan[], groups: FindingGroups, tolerance: bigint): void {
  const parents = new Set(spans.map((s) => `${s.span.traceId}/${s.span.parentSpanId ?? ''}`));
  const rootServers = spans.filter((s) => s.span.kind === 'server' && s.span.parentSpanId === undefined);
  rootServers.sort((a, b) =>
    a.span.startUnixNano < b.span.startUnixNano ? -1 : a.span.startUnixNano > b.span.startUnixNano ? 1 : 0,
  );
  for (const call of spans) {
    if (!isRemoteCall(call.span) || parents.has(`${call.span.traceId}/${call.span.spanId}`)) continue;
    const callee = candidates(
      rootServers,
      call.span.startUnixNano - tolerance,
      (endOf(call.span) ?? 0n) + tolerance,
    ).find((r) => calleeOf(call.span, r.span, tolerance));
    if (!callee) continue;
    const details = {
      calleeTraceId: callee.span.traceId,
      calleeSpanId: callee.span.spanId,
      calleeFile: callee.path,
      calleeWhere: callee.span.where,
    };
    groups.add('service', `from ${call.span.service} to ${callee.span.service}`, example(call, details), {
      reason: 'lost-propagation',
    });
  }
}

/** Root server spans (sorted by start) that start within [from, to]: a binary search, then a scan. */
function candidates(roots: FiledSpan[], from: bigint, to: bigint): FiledSpan[] {
  let lo = 0;
  let hi = roots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((roots[mid] as FiledSpan).span.startUnixNano < from) lo = mid + 1;
    else hi = mid;
  }
  const out: FiledSpan[] = [];
  for (let i = lo; i < roots.length && (roots[i] as FiledSpan).span.startUnixNano <= to; i++)
    out.push(roots[i] as FiledSpan);
  return out;
}

/** A CLIENT (or PRODUCER) span that is not a database call. */
function isRemoteCall(span: Span): boolean {
  const db = span.attributes['db.system'] ?? span.attributes['db.system.name'];
  return (span.kind === 'client' || span.kind === 'producer') && db === undefined;
}

function calleeOf(call: Span, root: Span, tolerance: bigint): boolean {
  const end = endOf(call);
  if (root.traceId === call.traceId || root.service === call.service || end === undefined) return false;
  if (root.startUnixNano < call.startUnixNano - tolerance || root.startUnixNano > end + tolerance) return false;
  const peer = call.attributes['peer.service'];
  if (typeof peer === 'string') return peer === root.service;
  const port = call.attributes['server.port'] ?? call.attributes['net.peer.port'];
  const rootPort = root.attributes['server.port'] ?? root.attributes['net.host.port'];
  return port === undefined || rootPort === undefined || textOf(port) === textOf(rootPort);
}
