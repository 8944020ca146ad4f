// How the engine reads input files: in this thread, or, when there is enough to read for threads
// to pay off (starting one costs tens of milliseconds), streamed inputs (Go traces) on a pool of
// worker threads while this thread decodes the rest. Only streamed inputs go to workers: they
// come back as small summaries, whereas copying a decoded profile's object graph back costs more
// than decoding it (two 31 MB heap profiles: 9.1 s in this thread, 15.8 s through workers).

import { availableParallelism } from 'node:os';
import type { ParsedArtifact } from '../../model/artifact.js';
import type { Limits } from '../../model/limits.js';
import { importFile, isStreamedInput } from '../import-file.js';
import { workerImporter } from './worker-pool.js';

export interface FileImporter {
  import(path: string): Promise<ParsedArtifact>;
  close(): Promise<void>;
}

/** Below this many input bytes, worker threads cost more than they save. */
export const minBytesForWorkers = 4 * 1024 * 1024;

/** One file at a time in this thread, in the order asked, so only one input is in memory raw. */
export function inProcessImporter(limits: Limits): FileImporter {
  let last: Promise<unknown> = Promise.resolve();
  return {
    import(path: string): Promise<ParsedArtifact> {
      const next = last.then(() => importFile(path, limits));
      last = next.catch(() => undefined);
      return next;
    },
    close: async () => {},
  };
}

/**
 * `jobs` reading threads for streamed inputs when given (1: this thread only). Unset: as many as
 * the cores available but at most four, once the inputs reach `minBytesForWorkers`.
 */
export function chooseImporter(limits: Limits, inputBytes: number, jobs?: number): FileImporter {
  const threads = jobs ?? (inputBytes < minBytesForWorkers ? 1 : defaultJobs());
  return threads <= 1 ? inProcessImporter(limits) : splitImporter(inProcessImporter(limits), workerImporter(limits, threads));
}

/** Streamed inputs to `workers`, everything else to `here`. */
export function splitImporter(here: FileImporter, workers: FileImporter): FileImporter {
  return {
    async import(path: string): Promise<ParsedArtifact> {
      return (await isStreamedInput(path)) ? workers.import(path) : here.import(path);
    },
    async close(): Promise<void> {
      await Promise.all([here.close(), workers.close()]);
    },
  };
}

export function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}
