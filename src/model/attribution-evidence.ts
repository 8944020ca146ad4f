// The attribution a `hotspot.regression` finding carries (evidence.attribution or
// evidence.costClass; docs/report-schema.md): which non-user frames were charged to the user
// function, under which benchmarks it grew, where its source lies; or, for a runtime cost class
// row, its frames, its share, and the health findings and allocating functions behind it.
// Declared as schemas so that an untrusted report.json is checked against the same shape.

import { z } from 'zod';
import { finiteNumber as num } from './json-value.js';

const severity = z.enum(['info', 'warn', 'fail']);

export const viaFrameSchema = z.object({
  /** The non-user frame (`fmt.Sprintf`, `runtime.mallocgc`). */
  function: z.string(),
  metric: z.enum(['flat', 'cum']),
  /** The part of the frame's growth charged to this function, in share points. */
  sharePoints: num,
  /** The frame's whole growth, in share points. */
  frameSharePoints: num,
  severity,
});

export const sourceSpanSchema = z.object({
  file: z.string(),
  /** First and last line seen in the profiles (the function's start line included). */
  first: num,
  last: num,
});

export const attributionSchema = z.object({
  /** The function's own share was flagged; false when only frames charged to it were. */
  own: z.boolean(),
  via: z.array(viaFrameSchema),
  /** Top-level benchmarks above the function on head's stacks, most value first. */
  benchmarks: z.array(z.string()),
  source: sourceSpanSchema.nullable(),
});

export const costClassEvidenceSchema = z.object({
  id: z.string(),
  /** runtime/metrics name where one matches (`/cpu/classes/gc/mark/assist`). */
  metric: z.string(),
  label: z.string(),
  /** Flagged frames folded into this row. */
  frames: z.array(z.string()),
  basePercent: num,
  headPercent: num,
  sharePoints: num,
  /** Ids of the health findings that explain the class (`gc.frequency`, `goroutine.leak`). */
  health: z.array(z.string()),
  /** User functions whose allocations rose (allocation-profile culprits). */
  allocators: z.array(z.string()),
  benchmarks: z.array(z.string()),
});

export type ViaFrame = z.infer<typeof viaFrameSchema>;
export type SourceSpan = z.infer<typeof sourceSpanSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type CostClassEvidence = z.infer<typeof costClassEvidenceSchema>;
