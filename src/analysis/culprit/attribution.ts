// The attribution carried by a `hotspot.regression` finding (evidence.attribution or
// evidence.costClass; docs/report-schema.md): which non-user frames were charged to the user
// function, under which benchmarks it grew, where its source lies; or, for a runtime cost
// class row, its frames, its share, and the health findings and allocating functions behind it.

import type { Severity } from '../../model/finding.js';
import type { Metric } from '../profile/profile-comparison.js';

export interface ViaFrame {
  /** The non-user frame (`fmt.Sprintf`, `runtime.mallocgc`). */
  function: string;
  metric: Metric;
  /** The part of the frame's growth charged to this function, in share points. */
  sharePoints: number;
  /** The frame's whole growth, in share points. */
  frameSharePoints: number;
  severity: Severity;
}

export interface SourceSpan {
  file: string;
  /** First and last line seen in the profiles (the function's start line included). */
  first: number;
  last: number;
}

export interface Attribution {
  /** The function's own share was flagged; false when only frames charged to it were. */
  own: boolean;
  via: ViaFrame[];
  /** Top-level benchmarks above the function on head's stacks, most value first. */
  benchmarks: string[];
  source: SourceSpan | null;
}

export interface CostClassEvidence {
  id: string;
  /** runtime/metrics name where one matches (`/cpu/classes/gc/mark/assist`). */
  metric: string;
  label: string;
  /** Flagged frames folded into this row. */
  frames: string[];
  basePercent: number;
  headPercent: number;
  sharePoints: number;
  /** Ids of the health findings that explain the class (`gc.frequency`, `goroutine.leak`). */
  health: string[];
  /** User functions whose allocations rose (allocation-profile culprits). */
  allocators: string[];
  benchmarks: string[];
}
