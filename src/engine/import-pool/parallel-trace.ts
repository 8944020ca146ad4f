// Reads one large v2 Go trace (headers 1.22–1.26) on several worker threads: the batch headers
// give each generation's byte range (split-v2.ts), runs of consecutive generations of about equal
// size go to the pool's threads, and stitch-v2.ts merges their summaries into exactly what one
// thread gives. Where a boundary cannot be stitched exactly the caller reads the file in one
// thread, as before. Gzipped traces cannot be split without inflating them first: one thread.
// See docs/formats-gotrace.md §3.8.

import { stat } from 'node:fs/promises';
import { isGzip } from '../../formats/gzip.js';
import { headerBytes, readHeader, versionString } from '../../formats/gotrace/header.js';
import { readV2Range, type V2RangeResult } from '../../formats/gotrace/range-reader-v2.js';
import { balancedRuns, splitGenerations, type GenerationRange } from '../../formats/gotrace/split-v2.js';
import { stitchV2 } from '../../formats/gotrace/stitch-v2.js';
import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import { enforceLimits } from '../read-inputs/enforce-limits.js';
import { chunksOf, importContext, readingAll } from '../read-inputs/import-file.js';
import { withRandomAccess } from '../read-inputs/random-access.js';
import type { TraceRangeRequest } from './protocol.js';

/**
 * Below this size one thread reads a trace about as fast as several: each extra thread costs its
 * start, its own JIT warm-up and a warm-up generation, about 0.3–0.5 s of CPU, against ~25 ms/MB
 * saved on two free cores (docs/formats-gotrace.md §3.8).
 */
export const minBytesForSplit = 32 * 1024 * 1024;

export interface RangeReader {
  readRange(path: string, range: TraceRangeRequest): Promise<V2RangeResult>;
}

/**
 * The trace read on up to `threads` threads, or undefined when it is not worth splitting (small,
 * gzipped, not a v2 trace, one generation) or a boundary could not be stitched exactly.
 */
export async function importTraceInParallel(
  path: string,
  limits: Limits,
  pool: RangeReader,
  threads: number,
  minBytes = minBytesForSplit,
): Promise<ParsedArtifact | undefined> {
  if (threads < 2) return undefined;
  const size = (await stat(path)).size;
  if (size < minBytes || size > limits.maxInputBytes) return undefined;
  const found = await generationsOf(path, size);
  if (!found) return undefined;
  const { header, ranges } = found;
  const runs = balancedRuns(ranges, runCount(ranges.length, threads));
  if (runs.length < 2) return undefined;
  const base = { minor: header.minor, headerVersion: versionString(header), writtenBy: header.writtenBy };
  const results = await Promise.all(
    runs.map((run) => {
      const { start, end, ...rest } = run;
      return pool.readRange(path, { start, end, request: { ...base, ...rest, base: start } });
    }),
  );
  try {
    const artifact = stitchV2(header, results, importContext(path, limits));
    return artifact && enforceLimits(artifact, limits);
  } catch (err) {
    if (err instanceof FormatError) err.path = path;
    throw err;
  }
}

/**
 * One run per thread; two per thread once there are many generations, so that a thread whose run
 * went faster takes another instead of waiting (each extra run costs one generation of warm-up).
 */
export function runCount(generations: number, threads: number): number {
  return generations >= 16 * threads ? 2 * threads : threads;
}

/** The header and generation ranges of an uncompressed v2 trace; undefined for anything else. */
function generationsOf(path: string, size: number) {
  return withRandomAccess(path, size, async (access) => {
    const readAt = (offset: number, length: number): Promise<Uint8Array> => access.readAt(offset, length);
    const head = await readAt(0, headerBytes);
    if (isGzip(head)) return undefined;
    let header;
    try {
      header = readHeader(head);
    } catch {
      return undefined; // the one-thread reader names what is wrong
    }
    if (header.family !== 'v2') return undefined;
    const ranges: GenerationRange[] = await splitGenerations(readAt, size, header.minor);
    return ranges.length < 2 ? undefined : { header, ranges };
  });
}

/** On a worker thread: one run of generations, with the file's time budget. */
export async function readTraceRange(path: string, limits: Limits, range: TraceRangeRequest): Promise<V2RangeResult> {
  const { checkBudget } = importContext(path, limits);
  return readingAll(chunksOf(path, range.start, range.end), (chunks) =>
    readV2Range(chunks, range.request, checkBudget),
  );
}
