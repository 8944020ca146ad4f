// The contract every input format implements: a cheap content sniff and a parse into the model.
// Formats never read files; the engine hands them bytes (or chunks, for streaming readers).

import type { ParsedArtifact } from '../model/artifact.js';
import type { DiagnosticSink } from '../model/diagnostic.js';
import type { Limits } from '../model/limits.js';

export interface ImportContext {
  /** For messages only; formats never open it. */
  path: string;
  limits: Limits;
  diagnostics: DiagnosticSink;
  /**
   * Throws FormatError `input.too-slow` once the file's time budget (limits.maxImportSeconds) is
   * spent; long loops inside one chunk call it now and then. Given by the engine (formats read no clock).
   */
  checkBudget?: (offset: number) => void;
  /**
   * Random access to the same input, when the engine has it (a file on disk read as is; not
   * stdin, not a gunzipped stream). Formats whose tables come last (legacy Go traces) use it to
   * read the body twice instead of holding it; without it they take the whole-input path.
   */
  randomAccess?: RandomAccess;
}

export interface RandomAccess {
  /** The input's size in bytes. */
  sizeBytes: number;
  /** Bytes [offset, offset + length) of the input (fewer only past its end). */
  readAt(offset: number, length: number): Promise<Uint8Array>;
}

/** How sure a sniff is: 0 not mine, 1 certainly mine (magic bytes). */
export type Confidence = number;

export interface Importer {
  id: string;
  /** Looks at the first few KiB only (`sniffBytes`), never at file names. */
  sniff(head: Uint8Array): Confidence;
  /** Whole-input parse; throws only FormatError. */
  parse?(bytes: Uint8Array, ctx: ImportContext): ParsedArtifact;
  /**
   * Heap bytes that `parse` would take for these (decompressed) bytes, counted without decoding,
   * so the engine can refuse a file too big for memory before building it. Formats without one
   * are charged a worst case per input byte (see src/engine/read-inputs/heap-budget.ts).
   */
  estimateHeapBytes?(bytes: Uint8Array): number;
  /**
   * Streaming parse for inputs too large to hold (Go traces); throws only FormatError. A chunk is
   * valid only until the next one is asked for: the engine reads files into reused buffers.
   */
  parseStream?(chunks: AsyncIterable<Uint8Array>, ctx: ImportContext): Promise<ParsedArtifact>;
}

/** How many leading bytes the engine passes to `sniff`. */
export const sniffBytes = 64 * 1024;
