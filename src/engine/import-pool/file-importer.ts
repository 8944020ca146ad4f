// How the engine reads input files: in this thread, or on a pool of worker threads when there is
// enough to read for the threads to pay off (starting one costs tens of milliseconds).

import { availableParallelism } from 'node:os';
import type { ParsedArtifact } from '../../model/artifact.js';
import type { Limits } from '../../model/limits.js';
import { importFile } from '../import-file.js';
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
 * `jobs` threads when given (1: this thread only). Unset: worker threads, as many as the cores
 * available but at most four, once the inputs reach `minBytesForWorkers`.
 */
export function chooseImporter(limits: Limits, inputBytes: number, jobs?: number): FileImporter {
  const threads = jobs ?? (inputBytes < minBytesForWorkers ? 1 : defaultJobs());
  return threads <= 1 ? inProcessImporter(limits) : workerImporter(limits, threads);
}

export function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}
