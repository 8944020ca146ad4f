// Reads one run of consecutive generations of a v2 trace on its own (a worker thread's share) into
// a RangeSummary that summary-stitch.ts merges with the runs before it. A run that does not start
// the file begins one generation early: that generation only brings the ordering state up to date
// (its events are not counted), and the state it leaves is returned so the stitch can check it
// against the state the previous run ended with. Equal states order every later generation as the
// sequential reader does; otherwise the file is read in one thread (docs/formats-gotrace.md §3.8).

import { FormatError, isFormatError } from '../../model/format-error.js';
import { ByteStream } from './byte-stream.js';
import type { EventSink } from './events.js';
import { orderSnapshot } from './order-snapshot.js';
import { BoundaryLog } from './range-boundary.js';
import { V2Reader } from './reader-v2.js';
import { SummaryBuilder } from './summary-builder.js';
import { exportRange, type RangeSummary } from './summary-stitch.js';

export interface V2RangeRequest {
  minor: number;
  headerVersion: string;
  writtenBy: string[];
  /** File offset of the first byte read. */
  base: number;
  /** The bytes start at the file's first generation (no warm-up generation). */
  startsFile: boolean;
  /** The bytes run to the end of the file. */
  endsFile: boolean;
  /** Threads with event batches in the generations before this run's first (split-v2.ts). */
  priorThreads: number[];
}

/** A reader's error as plain fields, its offset in the file. */
export interface RangeStop {
  code: string;
  message: string;
  /** Where the reader stopped. */
  offset: number;
  /** The error's own offset, when it has one. */
  errorOffset?: number;
}

export interface V2RangeResult {
  summary: RangeSummary;
  /** Generations summarised (the warm-up generation not counted). */
  generations: number;
  /** Ordering state after the warm-up generation; undefined when it failed or for the first run. */
  startState: string | undefined;
  endState: string;
  /** The input broke (a cut-off or bad batch): the reader stopped there, as `progress.stoppedAt`. */
  stopped?: RangeStop;
  /** The reader threw (a broken order): what escapes `V2Reader.run`. */
  thrown?: RangeStop;
}

export async function readV2Range(
  chunks: AsyncIterable<Uint8Array>,
  req: V2RangeRequest,
  checkBudget?: (offset: number) => void,
): Promise<V2RangeResult> {
  const builder = new SummaryBuilder(req.headerVersion, req.writtenBy, req.startsFile ? undefined : new BoundaryLog());
  let live = req.startsFile;
  const sink: EventSink = {
    event: (ev) => {
      if (live) builder.event(ev);
    },
    cpuSample: (time, stack) => {
      if (live) builder.cpuSample(time, stack);
    },
  };
  const budget = checkBudget ? (offset: number): void => checkBudget(offset + req.base) : undefined;
  const reader = new V2Reader(req.minor, sink, budget);
  let startState: string | undefined;
  reader.afterGeneration = () => {
    if (live) return;
    reader.seedThreads(req.priorThreads);
    startState = orderSnapshot(reader);
    live = true;
  };
  const stream = new ByteStream(chunks);
  let thrown: RangeStop | undefined;
  try {
    await reader.run(stream, req.endsFile);
  } catch (err) {
    if (!isFormatError(err) || err.code === 'input.too-slow') throw err;
    thrown = stopOf(err, (err.offset ?? stream.offset) + req.base, req.base);
  }
  const stoppedAt = reader.progress.stoppedAt;
  const result: V2RangeResult = {
    summary: exportRange(builder),
    generations: Math.max(0, reader.progress.generations - (req.startsFile ? 0 : 1)),
    startState: live ? startState : undefined,
    endState: orderSnapshot(reader),
  };
  if (stoppedAt) result.stopped = stopOf(stoppedAt.error, stoppedAt.offset + req.base, req.base);
  if (thrown) result.thrown = thrown;
  return result;
}

function stopOf(err: FormatError, offset: number, base: number): RangeStop {
  const stop: RangeStop = { code: err.code, message: err.message, offset };
  if (err.offset !== undefined) stop.errorOffset = err.offset + base;
  return stop;
}

/** The FormatError a stop stands for, with its own offset in the file. */
export function stopError(stop: RangeStop): FormatError {
  const where = stop.errorOffset === undefined ? {} : { offset: stop.errorOffset };
  return new FormatError('go-trace', stop.code, stop.message, where);
}
