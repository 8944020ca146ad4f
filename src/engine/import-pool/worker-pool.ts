// Reads input files on worker threads, one file per worker at a time, so a runner's cores parse
// several files at once. Each worker has a heap budget (limits.maxImportHeapMb): a file that
// exhausts it, or a worker that dies for any other reason, costs only that file, which gets an
// error naming it; a fresh worker takes the files still queued.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import type { FileImporter } from './file-importer.js';
import type { V2RangeResult } from '../../formats/gotrace/range-reader-v2.js';
import { formatErrorOf, type ImportReply, type ImportRequest, type TraceRangeRequest } from './protocol.js';

interface Task {
  id: number;
  path: string;
  range?: TraceRangeRequest;
  resolve: (reply: ImportReply) => void;
  reject: (error: FormatError) => void;
}

/** The pool: whole files, and runs of generations of one Go trace (parallel-trace.ts). */
export interface WorkerPool extends FileImporter {
  readRange(path: string, range: TraceRangeRequest): Promise<V2RangeResult>;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

export function workerImporter(limits: Limits, workers: number): WorkerPool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = (): void => {
    for (const slot of slots) if (!slot.task && queue.length > 0) start(slot, queue.shift() as Task);
    while (slots.length < workers && queue.length > 0) start(newSlot(), queue.shift() as Task);
  };
  const start = (slot: Slot, task: Task): void => {
    slot.task = task;
    slot.worker.ref();
    const request: ImportRequest = { id: task.id, path: task.path, limits };
    if (task.range) request.range = task.range;
    slot.worker.postMessage(request);
  };
  const finish = (slot: Slot): Task | undefined => {
    const task = slot.task;
    slot.task = undefined;
    slot.worker.unref();
    return task;
  };
  const newSlot = (): Slot => {
    const slot: Slot = { worker: spawn(limits), task: undefined };
    slots.push(slot);
    slot.worker.on('message', (reply: ImportReply) => {
      const task = finish(slot);
      if (!task) return;
      if ('error' in reply) task.reject(formatErrorOf(reply.error, task.path));
      else task.resolve(reply);
      dispatch();
    });
    slot.worker.on('error', (err: Error) => replace(slot, err));
    slot.worker.on('exit', (code) => replace(slot, new Error(`the reading thread exited with code ${code}`)));
    return slot;
  };
  const replace = (slot: Slot, err: Error): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    void slot.worker.terminate();
    const task = finish(slot);
    task?.reject(workerDied(err, task.path, limits));
    if (!closed) dispatch();
  };

  const submit = (path: string, range?: TraceRangeRequest): Promise<ImportReply> => {
    if (closed) return Promise.reject(new Error('the import pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push(range ? { id: nextId++, path, range, resolve, reject } : { id: nextId++, path, resolve, reject });
      dispatch();
    });
  };

  return {
    async import(path: string): Promise<ParsedArtifact> {
      const reply = await submit(path);
      if ('artifact' in reply) return reply.artifact;
      throw new Error('the reading thread answered a file with a range');
    },
    async readRange(path: string, range: TraceRangeRequest): Promise<V2RangeResult> {
      const reply = await submit(path, range);
      if ('range' in reply) return reply.range;
      throw new Error('the reading thread answered a range with a file');
    },
    async close(): Promise<void> {
      closed = true;
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Each thread's young generation (V8's default is 48 MB): what threads read streams through it, so
 * a small one keeps the process peak down. Two threads reading a 267 MB Go trace: 262 MB peak with
 * the default, 180 MB with 4, at the same CPU time (docs/formats-gotrace.md §3.8).
 */
export const youngGenerationMb = 4;

/** The bundle's dist/import-worker.js; from the TypeScript sources (tests), the .ts file through tsx. */
function spawn(limits: Limits): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxImportHeapMb,
    maxYoungGenerationSizeMb: youngGenerationMb,
  };
  const options = { resourceLimits };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./import-worker.js', import.meta.url), options);
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const entry = new URL('./import-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function workerDied(err: Error, path: string, limits: Limits): FormatError {
  const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  const error = outOfMemory
    ? new FormatError(
        'input',
        'input.out-of-memory',
        `reading needed more than maxImportHeapMb=${limits.maxImportHeapMb}`,
      )
    : new FormatError('input', 'input.unreadable', `the reading thread failed: ${err.message}`);
  error.path = path;
  return error;
}
