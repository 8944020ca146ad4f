// How the engine reads input files: in this thread, or, when there is enough to read for threads
// to pay off (starting one costs tens of milliseconds), streamed inputs (Go traces) on a pool of
// worker threads while this thread decodes the rest. Only streamed inputs go to workers: they
// come back as small summaries. Profiles are decoded here: when each sample was an object, copying
// the graph back cost more than decoding it (two 31 MB heap profiles: 9.1 s in this thread, 15.8 s
// through workers). With samples in typed-array columns it still does not pay on 2 cores: every
// file on the workers took the heap pair 5.2–5.8 s and 341 MiB against 3.9–4.9 s and 220–235 MiB
// here, and the 200-profile, 4-trace case 7.8–10.4 s against 6.5 s (starting a thread and loading
// the bundle in it costs more than the decode it moves).
// A file that may not fit in this thread's heap (src/engine/read-inputs/heap-budget.ts) also goes to a worker,
// whose heap budget makes running out of memory cost only that file; this holds with --jobs 1 too.

import { availableParallelism } from 'node:os';
import type { ParsedArtifact } from '../../model/artifact.js';
import type { Limits } from '../../model/limits.js';
import { NeedsHeapBudget } from '../read-inputs/heap-budget.js';
import { importFile, isStreamedInput } from '../read-inputs/import-file.js';
import { importTraceInParallel, minBytesForSplit } from './parallel-trace.js';
import { workerImporter } from './worker-pool.js';

export interface FileImporter {
  import(path: string): Promise<ParsedArtifact>;
  close(): Promise<void>;
}

/** Below this many input bytes, worker threads cost more than they save. */
export const minBytesForWorkers = 4 * 1024 * 1024;

/** Files this thread reads at once: their disk reads overlap while one of them decodes. */
export const filesInFlight = 4;

/**
 * In this thread, at most `filesInFlight` files at a time (decoding is synchronous, so they take
 * turns; only their reads overlap), which bounds how many raw inputs are in memory at once.
 */
export function inProcessImporter(limits: Limits, read = importHereOrDefer): FileImporter {
  const waiting: (() => void)[] = [];
  let running = 0;
  const acquire = async (): Promise<void> => {
    if (running < filesInFlight) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async import(path: string): Promise<ParsedArtifact> {
      await acquire();
      try {
        return await read(path, limits);
      } finally {
        release();
      }
    },
    close: async () => {},
  };
}

function importHereOrDefer(path: string, limits: Limits): Promise<ParsedArtifact> {
  return importFile(path, limits, true);
}

/**
 * `jobs` reading threads for streamed inputs when given (1: this thread only). Unset: as many as
 * the cores available but at most four, once the inputs reach `minBytesForWorkers`.
 */
export function chooseImporter(limits: Limits, inputBytes: number, jobs?: number): FileImporter {
  const threads = jobs ?? (inputBytes < minBytesForWorkers ? 1 : defaultJobs());
  const workers = workerImporter(limits, Math.max(1, threads));
  // A trace is split only when it alone is a thread's share of the input: smaller ones keep the
  // threads busy by themselves, and a split costs each run a generation of warm-up.
  const minBytes = Math.max(minBytesForSplit, Math.floor(inputBytes / threads));
  const splitTrace = (path: string): Promise<ParsedArtifact | undefined> =>
    importTraceInParallel(path, limits, workers, threads, minBytes);
  return splitImporter(inProcessImporter(limits), workers, threads > 1, splitTrace);
}

/**
 * Streamed inputs to `workers` when `streamToWorkers`, everything else to `here`, except what
 * `here` defers for want of heap. Workers start only when a file is sent to them. `splitTrace`
 * reads a large Go trace on several workers at once (parallel-trace.ts), when it can.
 */
export function splitImporter(
  here: FileImporter,
  workers: FileImporter,
  streamToWorkers = true,
  splitTrace?: (path: string) => Promise<ParsedArtifact | undefined>,
): FileImporter {
  return {
    async import(path: string): Promise<ParsedArtifact> {
      if (streamToWorkers && (await isStreamedInput(path))) return (await splitTrace?.(path)) ?? workers.import(path);
      try {
        return await here.import(path);
      } catch (err) {
        if (err instanceof NeedsHeapBudget) return workers.import(path);
        throw err;
      }
    },
    async close(): Promise<void> {
      await Promise.all([here.close(), workers.close()]);
    },
  };
}

export function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}
