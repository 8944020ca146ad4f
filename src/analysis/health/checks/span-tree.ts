// The parent → children index of one run's spans, for the structure checks: direct children by
// (trace id, parent span id), and a bounded walk over all descendants.

import type { Span } from '../../../model/span-set.js';
import { idKey, type FiledSpan } from './span-check-util.js';

export class SpanTree {
  private readonly children = new Map<string, FiledSpan[]>();

  constructor(readonly spans: readonly FiledSpan[]) {
    for (const s of spans) {
      if (s.span.parentSpanId === undefined) continue;
      const key = idKey(s.span.traceId, s.span.parentSpanId);
      const list = this.children.get(key);
      if (list) list.push(s);
      else this.children.set(key, [s]);
    }
  }

  /** Spans whose parent id is this span's id (a Zipkin shared server span is not its own child). */
  childrenOf(span: Span): FiledSpan[] {
    const list = this.children.get(idKey(span.traceId, span.spanId)) ?? [];
    return list.filter((c) => c.span !== span);
  }

  /** Every span below this one, each once, however deep (cycles in a broken export end the walk). */
  descendantsOf(span: Span): FiledSpan[] {
    const out: FiledSpan[] = [];
    const seen = new Set<Span>([span]);
    const stack = [span];
    while (stack.length > 0) {
      const next = stack.pop();
      if (!next) break;
      for (const c of this.childrenOf(next)) {
        if (seen.has(c.span)) continue;
        seen.add(c.span);
        out.push(c);
        stack.push(c.span);
      }
    }
    return out;
  }
}
