// The memory bound every whole-input decode gets, checked on the decoded bytes before any object
// is built (docs/reliability.md, "memory"). A format that can count its entries from the wire
// (pprof) estimates its heap; a file over maxImportHeapMb, or over what this thread has left, or
// whose estimate is more than maxCompressionRatio times its size on disk (a decoding bomb, as
// gunzip bounds a gzip bomb), fails alone as `input.out-of-memory`. Formats that cannot estimate are charged the worst case
// measured for JSON.parse (an array of empty objects: ~21 heap bytes per input byte); when that
// does not fit here, the file is read again on a worker thread whose heap is capped at
// maxImportHeapMb, where running out costs only that file.

import { getHeapStatistics } from 'node:v8';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import type { Importer } from '../../formats/importer.js';

/** Heap bytes per input byte charged to formats without an estimate. */
export const worstHeapPerInputByte = 32;
/** Heap kept free for the analysis and report that follow the reads. */
export const reservedHeapBytes = 256 * 1024 * 1024;

const mib = 1024 * 1024;

/** Thrown on the main thread for a file to read again on a worker with a heap budget. */
export class NeedsHeapBudget extends Error {
  constructor(readonly estimatedBytes: number) {
    super(`needs a thread with a heap budget (about ${Math.ceil(estimatedBytes / mib)} MiB)`);
  }
}

/** Estimates this small are never refused as too many times the file's size. */
export const amplificationGraceBytes = 16 * mib;

/**
 * Throws when decoding `bytes` with `importer` may not fit; returns otherwise. `mayDefer`: the
 * caller can read the file again on a worker thread (NeedsHeapBudget) when the worst case does
 * not fit here; without it, the file is read here. `fileBytes`: the size on disk (compressed).
 */
export function checkHeapBudget(
  importer: Importer,
  bytes: Uint8Array,
  limits: Limits,
  mayDefer: boolean,
  fileBytes = bytes.length,
): void {
  const estimate = importer.estimateHeapBytes?.(bytes);
  const budget = limits.maxImportHeapMb * mib;
  const left = heapLeftBytes();
  if (estimate !== undefined) {
    if (estimate > budget) throw outOfMemory(estimate, `above maxImportHeapMb=${limits.maxImportHeapMb}`);
    if (estimate > Math.max(amplificationGraceBytes, fileBytes * limits.maxCompressionRatio))
      throw outOfMemory(
        estimate,
        `more than maxCompressionRatio=${limits.maxCompressionRatio} times the file's ${fileBytes} bytes`,
      );
    if (estimate > left)
      throw outOfMemory(estimate, `more than the ${Math.floor(left / mib)} MiB this process has left`);
    return;
  }
  const worst = bytes.length * worstHeapPerInputByte;
  if (mayDefer && worst > Math.min(budget, left)) throw new NeedsHeapBudget(worst);
}

function heapLeftBytes(): number {
  const heap = getHeapStatistics();
  return Math.max(0, heap.heap_size_limit - heap.used_heap_size - reservedHeapBytes);
}

function outOfMemory(estimate: number, why: string): FormatError {
  const detail = `decoding would take about ${Math.ceil(estimate / mib)} MiB of memory, ${why}`;
  return new FormatError('input', 'input.out-of-memory', detail);
}
