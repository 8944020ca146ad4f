// Resource limits for untrusted inputs. Every hit is a FormatError naming the limit, so a
// crafted artifact from a fork can neither exhaust memory nor hang the gate.

export interface Limits {
  /** Largest input file read at all. */
  maxInputBytes: number;
  /** Largest gunzipped size of one input. */
  maxDecompressedBytes: number;
  /** Largest decompressed/compressed ratio (gzip bombs). */
  maxCompressionRatio: number;
  /** Largest number of entries in one table (strings, locations, functions, samples). */
  maxTableEntries: number;
  /** Deepest stack kept; deeper stacks are cut at the root end with a diagnostic. */
  maxStackDepth: number;
  /** Most spans read from one export. */
  maxSpans: number;
  /** Wall-time budget for reading one streamed input (Go traces), checked between chunks. */
  maxImportSeconds: number;
  /** Heap budget of the worker thread that reads one streamed file (a Go trace) off the main thread. */
  maxImportHeapMb: number;
}

export const defaultLimits: Limits = {
  maxInputBytes: 1024 * 1024 * 1024,
  maxDecompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 1000,
  maxTableEntries: 50_000_000,
  maxStackDepth: 4096,
  maxSpans: 5_000_000,
  maxImportSeconds: 600,
  maxImportHeapMb: 4096,
};
