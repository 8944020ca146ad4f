// Finds where each generation of a v2 trace lies in the file from the batch headers alone (no
// event is decoded), so that runs of generations can be read on separate threads. Go 1.22–1.25
// start a generation at the first batch with the next generation number, Go 1.26 ends one at the
// end-of-generation byte. The formats layer reads nothing itself: the caller passes `readAt`.
// Spec: /usr/lib/go-1.26/src/internal/trace/batch.go; docs/formats-gotrace.md §3.1 and §3.8.

import { Cursor, idOf } from './cursor.js';
import { headerBytes } from './header.js';
import { maxBatchSize, v2Structural as S } from './spec-v2.js';

export interface GenerationRange {
  gen: number;
  /** File offsets: first byte of its first batch, and one past its last (its end marker included). */
  start: number;
  end: number;
  /** Threads whose event batches the reader orders in this generation (their ids). */
  threads: number[];
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

/** A batch header is at most 42 bytes; one more shows the first payload byte. */
const headerPeek = 48;

interface Peeked {
  endOfGeneration: boolean;
  gen: number;
  m: number;
  /** Offset one past the batch. */
  next: number;
  /** An event batch the reader orders (not a table, clock or experimental batch). */
  ordered: boolean;
}

/**
 * The generations of a v2 trace whose body starts after the 16-byte header, in file order. Stops at
 * the first header it cannot follow (a truncated or broken batch, generations out of order): the
 * last range then runs to the end of the file, so whoever reads it meets the same error.
 */
export async function splitGenerations(readAt: ReadAt, fileSize: number, minor: number): Promise<GenerationRange[]> {
  const ranges: GenerationRange[] = [];
  let offset = headerBytes;
  let current: (GenerationRange & { seen: Set<number> }) | undefined;
  const close = (end: number): void => {
    if (!current) return;
    current.end = end;
    current.threads = [...current.seen].sort((a, b) => a - b);
    ranges.push({ gen: current.gen, start: current.start, end: current.end, threads: current.threads });
    current = undefined;
  };
  while (offset < fileSize) {
    const b = peekBatch(await readAt(offset, headerPeek), offset, fileSize, minor);
    if (!b) break;
    if (b.endOfGeneration) {
      close(b.next);
      offset = b.next;
      continue;
    }
    if (current && b.gen !== current.gen) {
      if (minor >= 26 || b.gen !== current.gen + 1) break;
      close(offset);
    }
    current ??= { gen: b.gen, start: offset, end: 0, threads: [], seen: new Set() };
    if (b.ordered && b.m !== -1) current.seen.add(b.m);
    offset = b.next;
  }
  if (current) close(offset);
  return extendLast(ranges, fileSize);
}

/** Whatever follows the last complete range (a cut-off batch, junk) belongs to the last range. */
function extendLast(ranges: GenerationRange[], fileSize: number): GenerationRange[] {
  const last = ranges[ranges.length - 1];
  if (last) last.end = fileSize;
  return ranges;
}

/** The batch at `offset`, or undefined when its header cannot be followed. */
function peekBatch(bytes: Uint8Array, offset: number, fileSize: number, minor: number): Peeked | undefined {
  try {
    const c = new Cursor(bytes, 0, offset);
    const typ = c.byte();
    if (typ === S.endOfGeneration) {
      if (minor < 26) return undefined;
      return { endOfGeneration: true, gen: 0, m: -1, next: offset + 1, ordered: false };
    }
    if (typ !== S.eventBatch && typ !== S.experimentalBatch) return undefined;
    const exp = typ === S.experimentalBatch ? c.byte() : 0;
    const gen = c.uvarint();
    const m = idOf(c.uvarint());
    c.uvarint(); // time
    const size = c.uvarint();
    const next = offset + c.pos + size;
    if (gen === 0 || size > maxBatchSize || next > fileSize) return undefined;
    const first = size > 0 ? bytes[c.pos] : undefined;
    return { endOfGeneration: false, gen, m, next, ordered: exp === 0 && size > 0 && isOrdered(first, minor) };
  } catch {
    return undefined; // a header cut off by the end of the file
  }
}

/** Mirrors addBatch (generation.ts): which first payload bytes mark a table, clock or sync batch. */
function isOrdered(first: number | undefined, minor: number): boolean {
  if (first === S.strings || first === S.stacks || first === S.cpuSamples) return false;
  if (first === S.frequency && minor < 25) return false;
  return !(first === S.sync && minor >= 25);
}

/** One thread's share: file bytes [start, end), a warm-up generation first unless it starts the file. */
export interface RunPlan {
  start: number;
  end: number;
  startsFile: boolean;
  endsFile: boolean;
  /** Threads with event batches in the generations before the run (they are seeded after the warm-up). */
  priorThreads: number[];
}

/** Runs that start at the given generation indexes (ascending, each ≥ 1) and at the first. */
export function runsStartingAt(ranges: readonly GenerationRange[], starts: readonly number[]): RunPlan[] {
  const firsts = [0, ...starts.filter((i) => i > 0 && i < ranges.length)];
  const seen = new Set<number>();
  let seenUpTo = 0;
  return firsts.map((first, k) => {
    const next = firsts[k + 1] ?? ranges.length;
    for (; seenUpTo < first; seenUpTo++) for (const m of ranges[seenUpTo]!.threads) seen.add(m);
    return {
      start: first === 0 ? ranges[0]!.start : ranges[first - 1]!.start,
      end: ranges[next - 1]!.end,
      startsFile: first === 0,
      endsFile: next === ranges.length,
      priorThreads: [...seen].sort((a, b) => a - b),
    };
  });
}

/**
 * `parts` runs of about equal bytes to read, each run's warm-up generation counted (fewer runs when
 * there are fewer generations).
 */
export function balancedRuns(ranges: readonly GenerationRange[], parts: number): RunPlan[] {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return [];
  const total = last.end - first.start;
  const target = (total + ((parts - 1) * total) / ranges.length) / parts;
  const starts: number[] = [];
  let from = first.start;
  for (let i = 1; i < ranges.length && starts.length < parts - 1; i++) {
    const upTo = ranges[i]!.start - from;
    if (upTo < target) continue;
    const before = ranges[i - 1]!.start - from;
    const closerBefore = i - 1 > (starts.at(-1) ?? 0) && target - before < upTo - target;
    const cut = closerBefore ? i - 1 : i;
    starts.push(cut);
    from = ranges[cut - 1]!.start;
  }
  return runsStartingAt(ranges, starts);
}
