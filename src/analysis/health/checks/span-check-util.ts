// Shared plumbing of the span health checks: the spans of each run with their file, per-run
// indexes by (trace id, span id), and findings that carry a count and a few examples (file,
// trace id, span id, where in the file), so every span finding has the same evidence shape.

import type { Run } from '../../../model/artifact.js';
import type { Finding, Severity, SpanGroupId, SubjectKind } from '../../../model/finding.js';
import type { JsonValue } from '../../../model/json-value.js';
import type { Span } from '../../../model/span-set.js';

export const maxExamples = 3;

export interface FiledSpan {
  span: Span;
  path: string;
}

export type Example = {
  file: string;
  traceId: string;
  spanId: string;
  where: string;
  [detail: string]: string | number | boolean;
};

/** The spans of one run, from every span artifact it holds. */
export function spansOfRun(run: Run): FiledSpan[] {
  const out: FiledSpan[] = [];
  for (const artifact of run.artifacts) {
    if (artifact.content.type !== 'spans') continue;
    for (const span of artifact.content.spans.spans) out.push({ span, path: artifact.path });
  }
  return out;
}

/** Runs that hold spans at all, each with its spans. */
export function spanRuns(runs: Run[]): FiledSpan[][] {
  return runs.map(spansOfRun).filter((spans) => spans.length > 0);
}

export function idKey(traceId: string, spanId: string): string {
  return `${traceId}/${spanId}`;
}

/** Spans of one run by `traceId/spanId` (the first one when an id repeats). */
export function indexById(spans: FiledSpan[]): Map<string, FiledSpan> {
  const byId = new Map<string, FiledSpan>();
  for (const s of spans)
    if (!byId.has(idKey(s.span.traceId, s.span.spanId))) byId.set(idKey(s.span.traceId, s.span.spanId), s);
  return byId;
}

export function spanLabel(span: Span): string {
  return `${span.service}: ${span.name}`;
}

export function example(s: FiledSpan, details: Record<string, string | number | boolean> = {}): Example {
  return { file: s.path, traceId: s.span.traceId, spanId: s.span.spanId, where: s.span.where, ...details };
}

interface Group {
  kind: SubjectKind;
  count: number;
  examples: Example[];
  details: Record<string, JsonValue>;
}

/** Counts occurrences by subject, keeping the first few examples of each. */
export class FindingGroups {
  private readonly groups = new Map<string, Group>();

  add(kind: SubjectKind, key: string, ex: Example, details: Record<string, JsonValue> = {}): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { kind, count: 0, examples: [], details: {} };
      this.groups.set(key, group);
    }
    group.count += 1;
    if (group.examples.length < maxExamples) group.examples.push(ex);
    Object.assign(group.details, details);
  }

  findings(
    id: SpanGroupId,
    severity: Severity,
    title: (key: string, n: number, details: Record<string, JsonValue>) => string,
  ): Finding[] {
    return [...this.groups.entries()].map(([key, g]) => ({
      id,
      severity,
      title: title(key, g.count, g.details),
      subject: { kind: g.kind, key },
      evidence: { count: g.count, ...g.details, examples: g.examples },
    }));
  }
}

/** Spans whose end is known, with their end time. */
export function endOf(span: Span): bigint | undefined {
  return span.durationNs === undefined ? undefined : span.startUnixNano + span.durationNs;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Nanoseconds as milliseconds with three decimals (plain JSON for evidence). */
export function nsToMs(ns: bigint): number {
  return Math.round(Number(ns) / 1000) / 1000;
}
