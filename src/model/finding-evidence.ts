// The evidence of each finding id, as schemas: the types the analysis writes (z.infer) and the
// checks an untrusted report.json must pass are one declaration (docs/report-schema.md).
// Numbers are finite; a number the writer may not know is declared `| null`. Health checks whose
// bands come from the history add their band fields (band, method, entries) beside the declared ones.

import { z } from 'zod';
import { attributionSchema, costClassEvidenceSchema } from './attribution-evidence.js';
import { caveatSchema } from './caveat.js';
import { finiteNumber as num, jsonValueSchema, numberOrNull } from './json-value.js';

/**
 * A test's numbers: runs per side, the effect with its interval (null when unbounded), one-sided p,
 * Benjamini–Hochberg q (across shards after `perfgate merge`, which keeps the shard's as qShard).
 */
const testStats = {
  nBase: num,
  nHead: num,
  effect: num,
  effectLow: numberOrNull,
  effectHigh: numberOrNull,
  p: num,
  q: num,
  qShard: num.optional(),
};

const hotspotSide = z.object({ mean: numberOrNull, sharePercent: num, runs: z.array(num) });

export const hotspotEvidenceSchema = z.object({
  profileKind: z.string(),
  /** `type/unit`, as the flame graph names it. */
  sampleType: z.string(),
  metric: z.enum(['flat', 'cum']),
  normalization: z.string(),
  file: z.string(),
  line: num,
  base: hotspotSide,
  head: hotspotSide,
  change: z.object({ delta: numberOrNull, ratio: numberOrNull, sharePoints: num, countDeltaPerRun: num }),
  stats: z.object({ ...testStats, dispersion: numberOrNull, df: numberOrNull, qStrict: num.optional() }).nullable(),
  caveats: z.array(caveatSchema),
  /** The user function's culprit story (culprit attribution). */
  attribution: attributionSchema.optional(),
  /** Set on a runtime cost class row instead of `attribution`. */
  costClass: costClassEvidenceSchema.optional(),
  /** Base ran in another job: the between-job noise added to the test (docs/statistics.md §6). */
  crossJob: jsonValueSchema.optional(),
});

const benchSide = z.object({ median: num, values: z.array(num) });

export const benchEvidenceSchema = z.object({
  benchmark: z.string(),
  pkg: z.string(),
  procs: num,
  unit: z.string(),
  assumption: z.enum(['exact', 'noisy']),
  direction: z.enum(['higher-is-worse', 'lower-is-worse']),
  base: benchSide,
  head: benchSide,
  /** head median ÷ base median; null when base is 0 and head is not. */
  change: z.object({ ratio: numberOrNull }),
  floor: num,
  tolerance: num.optional(),
  significant: z.boolean(),
  improved: z.boolean(),
  stats: z.object({ ...testStats, exactTest: z.boolean(), test: z.enum(['mann-whitney-u', 'between-job']) }).nullable(),
  caveats: z.array(caveatSchema),
  /** Base ran in another job: how its noise was modelled (docs/statistics.md §6). */
  crossJob: jsonValueSchema.optional(),
});

/** One span that shows the problem: where it is, and the check's own details. */
export const spanExampleSchema = z
  .object({ file: z.string(), traceId: z.string(), spanId: z.string(), where: z.string() })
  .catchall(z.union([z.string(), num, z.boolean()]));

/** The span checks that count spans by subject (span-check-util.ts): a count, details, examples. */
export const spanGroupEvidenceSchema = z
  .object({ count: num, examples: z.array(spanExampleSchema) })
  .catchall(jsonValueSchema);

export const spanCountEvidenceSchema = z
  .object({
    reason: z.enum(['expectation', 'band', 'history-band', 'n-plus-one']),
    examples: z.array(spanExampleSchema),
  })
  .catchall(jsonValueSchema);

const latencySide = z.object({ count: num, p50Ms: num, p95Ms: num });
export const spanLatencyEvidenceSchema = z.object({
  base: latencySide,
  head: latencySide,
  ratioP95: num,
  examples: z.array(spanExampleSchema),
});

export const gcFrequencyEvidenceSchema = z
  .object({
    basis: z.enum(['per-iteration', 'per-second']),
    base: num,
    head: num,
    tolerance: num,
    baseCycles: z.array(num),
    headCycles: z.array(num),
  })
  .partial()
  .catchall(jsonValueSchema);

export const gcStwMaxEvidenceSchema = z
  .object({
    headMaxNs: num,
    baseMaxNs: numberOrNull,
    tolerance: num,
    minDeltaNs: num,
    maxNs: numberOrNull,
  })
  .partial()
  .catchall(jsonValueSchema);

export const goroutineLeakEvidenceSchema = z
  .object({
    baseAliveAtEnd: num,
    headAliveAtEnd: num,
    allowance: num,
    headCreated: z.array(num),
    headEnded: z.array(num),
  })
  .partial()
  .catchall(jsonValueSchema);

export const schedLatencyEvidenceSchema = z
  .object({
    baseP99Ns: num,
    headP99Ns: num,
    tolerance: num,
    minDeltaNs: num,
    baseRuns: num,
    headRuns: num,
  })
  .partial()
  .catchall(jsonValueSchema);

export const traceHeaderVersionEvidenceSchema = z.union([
  z.object({ headerVersion: z.string(), writtenBy: z.array(z.string()), goVersion: z.string().nullable() }),
  z.object({ base: z.array(z.string()), head: z.array(z.string()) }),
]);

export const traceTruncatedEvidenceSchema = z.object({
  side: z.enum(['base', 'head']),
  run: z.string(),
  offset: num,
  diagnostics: z.array(z.string()),
});

/** A file of a format the other side read could not be read, or that format is missing on this side. */
export const inputUnreadableEvidenceSchema = z.object({
  side: z.enum(['base', 'head']),
  format: z.string().nullable(),
  reason: z.enum(['unreadable', 'missing']),
  files: num,
  /** The first few paths. */
  paths: z.array(z.string()),
  codes: z.array(z.string()),
});

/**
 * Evidence of the checks whose details are plain JSON (structure rules, propagation, annotation
 * latency, the runner fingerprint): finite numbers, strings, booleans, arrays and objects. A
 * renderer shows only the finding's title and subject (escaped), never these fields raw.
 */
export const plainEvidenceSchema = z.record(z.string(), jsonValueSchema);

export type HotspotEvidence = z.infer<typeof hotspotEvidenceSchema>;
export type BenchEvidence = z.infer<typeof benchEvidenceSchema>;
export type SpanExample = z.infer<typeof spanExampleSchema>;
