// A finding: one thing the gate has to say about head (a regression, an unhealthy trace).
// Its JSON shape is part of the report schema (docs/report-schema.md).

export type Severity = 'info' | 'warn' | 'fail';

export type SubjectKind = 'function' | 'benchmark' | 'span' | 'service' | 'trace' | 'profile' | 'run';

export interface Finding {
  /** Stable `area.kebab-problem` id: `hotspot.regression`, `span.orphan-parent`, `gc.frequency`. */
  id: string;
  severity: Severity;
  /** One line a reviewer reads first. Plain text; renderers escape it. */
  title: string;
  subject: { kind: SubjectKind; key: string };
  /** Numbers and names behind the finding; plain JSON (no bigint, no undefined). */
  evidence: Record<string, unknown>;
}

const severityRank: Record<Severity, number> = { info: 0, warn: 1, fail: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank[a] - severityRank[b];
}
