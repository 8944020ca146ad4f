// The renderer-neutral report: everything the markdown comment, the job summary and the JSON
// output say, built once from the analysis. Declared as a schema: the types below are inferred
// from it, and a report.json from another run is checked against it (untrusted-report.ts).
// Its JSON form is documented in docs/report-schema.md; bump `schemaVersion` on any incompatible change.

import { z } from 'zod';
import type { Verdict } from '../analysis/verdict.js';
import type { BenchmarkGroup, CulpritRow } from './culprits.js';
import { findingSchema } from '../model/finding.js';
import { finiteNumber as num } from '../model/json-value.js';

/** 2: caveats are `{code, text}` objects; every number is finite or an explicit null. */
export const reportSchemaVersion = 2;

const verdicts = ['pass', 'warn', 'fail', 'inconclusive'] as const satisfies readonly Verdict[];
export const verdictSchema = z.enum(verdicts);

export const inputRecordSchema = z.object({
  path: z.string(),
  side: z.enum(['base', 'head']),
  run: z.string(),
  /** Importer id, or null when no importer recognised the file or it failed to parse. */
  format: z.string().nullable(),
  formatVersion: z.string().nullable(),
  /** Profile kind, span export or trace: what the file holds. */
  kind: z.string().nullable(),
  /** Set when the file could not be read: code and message. */
  error: z.object({ code: z.string(), message: z.string(), where: z.string() }).nullable(),
});
export type InputRecord = z.infer<typeof inputRecordSchema>;

export const changeRowSchema = z.object({
  function: z.string(),
  file: z.string(),
  line: num,
  baseFlat: num,
  headFlat: num,
  baseCum: num,
  headCum: num,
  /** Flat share of total, percent. */
  baseFlatShare: num,
  headFlatShare: num,
  flatSharePoints: num,
  cumSharePoints: num,
  /** The flat share changed significantly (BH q ≤ q-warn, either direction); else shown as `~`. */
  significant: z.boolean(),
});
export type ChangeRow = z.infer<typeof changeRowSchema>;

export const comparisonSummarySchema = z.object({
  profileKind: z.string(),
  sampleType: z.string(),
  unit: z.string(),
  normalization: z.string(),
  baseRuns: num,
  headRuns: num,
  baseTotalMean: num,
  headTotalMean: num,
  noiseModelAssumed: z.boolean(),
  /** Sampling events per run (mean over both sides). */
  eventsPerRun: num,
  /** Below hotspots.min-events-per-run: compared, but no function was tested. */
  tooFewEvents: z.boolean(),
  /** The biggest movers by share, like `pprof -top -diff_base`. */
  topChanges: z.array(changeRowSchema),
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;

/** One health metric over the base history (oldest first) and this head's median. */
export const trendSchema = z.object({
  /** Our own fixed title, never text from an input. */
  title: z.string(),
  unit: z.string(),
  base: z.array(z.object({ commit: z.string(), value: num })),
  head: num,
});
export type Trend = z.infer<typeof trendSchema>;

const diagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  where: z.string().optional(),
  count: num,
  path: z.string(),
});

/** Changed lines of the pull request, keyed by the file names the profiles record. */
export const reportChangesSchema = z.object({
  /** The git ref or commit diffed against (merge base … head). */
  base: z.string(),
  /** 1-based inclusive line ranges per file; absent when the diff could not be taken. */
  files: z.record(z.string(), z.array(z.tuple([num, num]))).optional(),
  /** Why there is no diff (no git, unknown ref). */
  unavailable: z.string().optional(),
});
export type ReportChanges = z.infer<typeof reportChangesSchema>;

export const reportSchema = z.object({
  schemaVersion: z.literal(reportSchemaVersion),
  tool: z.object({ name: z.literal('perfgate'), version: z.string() }),
  generatedAt: z.string(),
  /** Separates several gates in one repository (comment marker, artifact names). */
  key: z.string(),
  verdict: verdictSchema,
  reasons: z.array(z.string()),
  summary: z.object({ baseRuns: num, headRuns: num, fail: num, warn: num, info: num }),
  findings: z.array(findingSchema),
  comparisons: z.array(comparisonSummarySchema),
  inputs: z.array(inputRecordSchema),
  diagnostics: z.array(diagnosticSchema),
  /** Set by the Action: the workflow run, the report artifact, and this run's folder on the
   *  published pages (`pages-branch`, ending in `/`). */
  links: z.object({ run: z.string().optional(), artifact: z.string().optional(), pages: z.string().optional() }),
  /** The pull request's changed lines (`--diff-base`, the Action), or why they are unknown. */
  changes: reportChangesSchema.optional(),
  /** Health metrics across the recorded base runs and this head, when the baseline has a history. */
  trends: z.array(trendSchema).optional(),
});

/**
 * The report. `culprits` and `benchmarkGroups` are derived from `findings` (culprits.ts); they are
 * not part of the schema, so an untrusted report.json never carries its own: renderers derive them.
 */
export type Report = z.infer<typeof reportSchema> & {
  /** Culprits, most severe first. */
  culprits?: CulpritRow[];
  /** Regressed benchmarks with the culprits under them. */
  benchmarkGroups?: BenchmarkGroup[];
};
