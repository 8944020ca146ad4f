// What an importer returns, and what the engine records about each input file.
// A new kind of content is one more member of `ArtifactContent`.

import type { BenchSet } from './bench-set.js';
import type { Diagnostic } from './diagnostic.js';
import type { GoTraceSummary } from './go-trace-summary.js';
import type { Profile } from './profile.js';
import type { SpanSet } from './span-set.js';

export type ArtifactContent =
  | { type: 'profile'; profile: Profile }
  | { type: 'spans'; spans: SpanSet }
  | { type: 'go-trace'; summary: GoTraceSummary; profile?: Profile }
  | { type: 'bench'; bench: BenchSet };

export interface ParsedArtifact {
  /** Importer id: `pprof`, `folded`, `go-trace`, `otlp-json`… */
  format: string;
  /** Format version when the format has one (the Go trace header version, say). */
  formatVersion?: string;
  content: ArtifactContent;
  diagnostics: Diagnostic[];
}

export type Side = 'base' | 'head';

/** A parsed input file with where it came from. */
export interface ImportedArtifact extends ParsedArtifact {
  path: string;
  side: Side;
  /** The run (repetition) it belongs to: the run directory as given. */
  run: string;
}

/** One repetition of the measured program: the files of one run directory. */
export interface Run {
  side: Side;
  id: string;
  artifacts: ImportedArtifact[];
}
