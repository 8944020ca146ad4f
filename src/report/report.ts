// The renderer-neutral report: everything the markdown comment, the job summary and the JSON
// output say, built once from the analysis. Its JSON form is documented in
// docs/report-schema.md; bump `schemaVersion` on any incompatible change.

import type { Side } from '../model/artifact.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { Verdict } from '../analysis/verdict.js';
import type { BenchmarkGroup, CulpritRow } from './culprits.js';

export const reportSchemaVersion = 1;

export interface InputRecord {
  path: string;
  side: Side;
  run: string;
  /** Importer id, or null when no importer recognised the file or it failed to parse. */
  format: string | null;
  formatVersion: string | null;
  /** Profile kind, span export or trace: what the file holds. */
  kind: string | null;
  /** Set when the file could not be read: code and message. */
  error: { code: string; message: string; where: string } | null;
}

export interface ChangeRow {
  function: string;
  file: string;
  line: number;
  baseFlat: number;
  headFlat: number;
  baseCum: number;
  headCum: number;
  /** Flat share of total, percent. */
  baseFlatShare: number;
  headFlatShare: number;
  flatSharePoints: number;
  cumSharePoints: number;
  /** The flat share changed significantly (BH q ≤ q-warn, either direction); else shown as `~`. */
  significant: boolean;
}

export interface ComparisonSummary {
  profileKind: string;
  sampleType: string;
  unit: string;
  normalization: string;
  baseRuns: number;
  headRuns: number;
  baseTotalMean: number;
  headTotalMean: number;
  noiseModelAssumed: boolean;
  /** Sampling events per run (mean over both sides). */
  eventsPerRun: number;
  /** Below hotspots.min-events-per-run: compared, but no function was tested. */
  tooFewEvents: boolean;
  /** The biggest movers by share, like `pprof -top -diff_base`. */
  topChanges: ChangeRow[];
}

/** One health metric over the base history (oldest first) and this head's median. */
export interface Trend {
  /** Our own fixed title, never text from an input. */
  title: string;
  unit: string;
  base: { commit: string; value: number }[];
  head: number;
}

export interface Report {
  schemaVersion: number;
  tool: { name: 'perfgate'; version: string };
  generatedAt: string;
  /** Separates several gates in one repository (comment marker, artifact names). */
  key: string;
  verdict: Verdict;
  reasons: string[];
  summary: { baseRuns: number; headRuns: number; fail: number; warn: number; info: number };
  findings: Finding[];
  comparisons: ComparisonSummary[];
  inputs: InputRecord[];
  diagnostics: (Diagnostic & { path: string })[];
  links: { run?: string; artifact?: string };
  /** Culprits, most severe first (derived from `findings`; see culprits.ts). */
  culprits?: CulpritRow[];
  /** Regressed benchmarks with the culprits under them. */
  benchmarkGroups?: BenchmarkGroup[];
  /** The pull request's changed lines (`--diff-base`, the Action), or why they are unknown. */
  changes?: ReportChanges;
  /** Health metrics across the recorded base runs and this head, when the baseline has a history. */
  trends?: Trend[];
}

/** Changed lines of the pull request, keyed by the file names the profiles record. */
export interface ReportChanges {
  /** The git ref or commit diffed against (merge base … head). */
  base: string;
  /** 1-based inclusive line ranges per file; absent when the diff could not be taken. */
  files?: Record<string, [number, number][]>;
  /** Why there is no diff (no git, unknown ref). */
  unavailable?: string;
}
