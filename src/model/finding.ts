// A finding: one thing the gate has to say about head (a regression, an unhealthy trace). A
// union keyed by `id`, one evidence schema per id (finding-evidence.ts); the type is inferred from
// the schema, so the report an untrusted run hands us is checked against the same declaration.
// Its JSON shape is part of the report schema (docs/report-schema.md).

import { z } from 'zod';
import {
  benchEvidenceSchema,
  gcFrequencyEvidenceSchema,
  gcStwMaxEvidenceSchema,
  goroutineLeakEvidenceSchema,
  hotspotEvidenceSchema,
  inputUnreadableEvidenceSchema,
  plainEvidenceSchema,
  schedLatencyEvidenceSchema,
  spanCountEvidenceSchema,
  spanGroupEvidenceSchema,
  spanLatencyEvidenceSchema,
  traceHeaderVersionEvidenceSchema,
  traceTruncatedEvidenceSchema,
} from './finding-evidence.js';

export const severitySchema = z.enum(['info', 'warn', 'fail']);
export type Severity = z.infer<typeof severitySchema>;

export const subjectKindSchema = z.enum(['function', 'benchmark', 'span', 'service', 'trace', 'profile', 'run']);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

/** The span checks whose findings count spans by subject (span-check-util.ts); a new one is one line. */
export const spanGroupIds = [
  'span.orphan-parent',
  'span.child-outside-parent',
  'span.duplicate-id',
  'span.invalid-id',
  'span.negative-duration',
  'span.required-attributes',
  'span.unfinished',
  'span.zero-duration',
  'trace.fragmented',
] as const;
export type SpanGroupId = (typeof spanGroupIds)[number];

/** Checks whose evidence is plain JSON (finding-evidence.ts `plainEvidenceSchema`). */
export const plainEvidenceIds = [
  'span.structure',
  'span.child-set-changed',
  'span.propagation',
  'gotrace.task-latency',
  'gotrace.region-latency',
  'runner.cpu-differs',
] as const;

function findingOf<Id extends string, E extends z.ZodType>(id: Id, evidence: E) {
  return z.object({
    /** Stable `area.kebab-problem` id. */
    id: z.literal(id),
    severity: severitySchema,
    /** One line a reviewer reads first. Plain text; renderers escape it. */
    title: z.string(),
    subject: z.object({ kind: subjectKindSchema, key: z.string() }),
    evidence,
    /** Set by `perfgate merge`: the shard whose report held the finding. */
    shard: z.string().optional(),
    /** Set by `perfgate merge` when union false-discovery control lowered the severity. */
    demotedByMerge: z.object({ from: severitySchema, qShard: z.number(), q: z.number() }).optional(),
  });
}

export const findingSchema = z.discriminatedUnion('id', [
  findingOf('hotspot.regression', hotspotEvidenceSchema),
  findingOf('bench.regression', benchEvidenceSchema),
  findingOf('bench.comparison', benchEvidenceSchema),
  findingOf('span.count', spanCountEvidenceSchema),
  findingOf('span.latency', spanLatencyEvidenceSchema),
  findingOf('gc.frequency', gcFrequencyEvidenceSchema),
  findingOf('gc.stw-max', gcStwMaxEvidenceSchema),
  findingOf('goroutine.leak', goroutineLeakEvidenceSchema),
  findingOf('sched.latency-p99', schedLatencyEvidenceSchema),
  findingOf('trace.header-version', traceHeaderVersionEvidenceSchema),
  findingOf('trace.truncated', traceTruncatedEvidenceSchema),
  findingOf('input.unreadable', inputUnreadableEvidenceSchema),
  ...plainEvidenceIds.map((id) => findingOf(id, plainEvidenceSchema)),
  ...spanGroupIds.map((id) => findingOf(id, spanGroupEvidenceSchema)),
]);

export type Finding = z.infer<typeof findingSchema>;
export type FindingId = Finding['id'];
export type FindingOf<Id extends FindingId> = Extract<Finding, { id: Id }>;
export type EvidenceOf<Id extends FindingId> = FindingOf<Id>['evidence'];

export function isFinding<Id extends FindingId>(f: Finding, id: Id): f is FindingOf<Id> {
  return f.id === id;
}

/** A benchmark finding (`bench.regression` or `bench.comparison`). */
export function isBenchFinding(f: Finding): f is FindingOf<'bench.regression' | 'bench.comparison'> {
  return f.id === 'bench.regression' || f.id === 'bench.comparison';
}

const severityRank: Record<Severity, number> = { info: 0, warn: 1, fail: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank[a] - severityRank[b];
}
