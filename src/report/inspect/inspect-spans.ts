// `perfgate inspect` for span exports (OTLP, Jaeger, Zipkin): counts of spans, traces and roots,
// per-service and per-kind counts, error spans and the covered time range. Plain JSON (no bigint).

import type { SpanSet } from '../../model/span-set.js';

export function inspectSpans(set: SpanSet): Record<string, unknown> {
  const spans = set.spans;
  const services = new Map<string, number>();
  const kinds = new Map<string, number>();
  const names = new Map<string, number>();
  let first: bigint | undefined;
  let last: bigint | undefined;
  for (const s of spans) {
    services.set(s.service, (services.get(s.service) ?? 0) + 1);
    kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    names.set(`${s.service}: ${s.name}`, (names.get(`${s.service}: ${s.name}`) ?? 0) + 1);
    const end = s.durationNs === undefined ? s.startUnixNano : s.startUnixNano + s.durationNs;
    if (first === undefined || s.startUnixNano < first) first = s.startUnixNano;
    if (last === undefined || end > last) last = end;
  }
  return {
    spans: spans.length,
    traces: new Set(spans.map((s) => s.traceId)).size,
    roots: spans.filter((s) => s.parentSpanId === undefined).length,
    services: [...services].sort(([a], [b]) => a.localeCompare(b)).map(([name, count]) => ({ name, spans: count })),
    kinds: Object.fromEntries([...kinds].sort(([a], [b]) => a.localeCompare(b))),
    spanNames: [...names]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, 20)
      .map(([name, count]) => ({ name, spans: count })),
    errorSpans: spans.filter((s) => s.status.code === 'error').length,
    unfinishedSpans: spans.filter((s) => s.durationNs === undefined).length,
    ...(first === undefined || last === undefined
      ? {}
      : { startUnixNano: first.toString(), endUnixNano: last.toString() }),
  };
}
