// The parent → children index of one run's spans, for the structure checks: direct children by
// (trace id, parent span id), and counts of matching descendants in one linear pass.

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

  /**
   * For every span, how many spans below it (at any depth) match: one post-order pass, so a rule
   * over all descendants stays linear in the spans. A cycle in a broken export is cut where it closes.
   */
  matchingBelow(matches: (span: Span) => boolean): Map<Span, number> {
    const below = new Map<Span, number>();
    const open = new Set<Span>();
    for (const start of this.spans) {
      if (below.has(start.span)) continue;
      const stack: { span: Span; expanded: boolean }[] = [{ span: start.span, expanded: false }];
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (!top) break;
        const children = this.childrenOf(top.span);
        if (!top.expanded) {
          top.expanded = true;
          open.add(top.span);
          for (const c of children) {
            if (!below.has(c.span) && !open.has(c.span)) stack.push({ span: c.span, expanded: false });
          }
          continue;
        }
        stack.pop();
        open.delete(top.span);
        let n = 0;
        for (const c of children) n += (matches(c.span) ? 1 : 0) + (below.get(c.span) ?? 0);
        below.set(top.span, n);
      }
    }
    return below;
  }
}
