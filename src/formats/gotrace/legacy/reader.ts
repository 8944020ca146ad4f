// Legacy traces (headers 1.11–1.21): the stack table and the tick frequency are written at the
// end of the file. With random access to the input the body is read twice and never held: an
// index pass (tables, footer, where each P's batches lie), then a merge that keeps one batch per P
// and a bounded reorder window. Without it (stdin, a gunzipped stream), or when the window cannot
// give the exact result, the body is read whole, decoded, merged and converted at once. Both feed
// the v2 event vocabulary to the shared summarizer. Spec: docs/formats-gotrace.md §2, §2.5;
// internal/trace/tracev1.go.

import { FormatError } from '../../../model/format-error.js';
import type { RandomAccess } from '../../importer.js';
import type { ByteStream } from '../byte-stream.js';
import type { StopPoint } from '../importer.js';
import type { SummaryBuilder } from '../summary-builder.js';
import { LegacyConverter } from './convert.js';
import { indexLegacy } from './index-pass.js';
import { mergeStreamed } from './merge-stream.js';
import { orderLegacy } from './order.js';
import { parseLegacy, type LegacyTrace } from './parse.js';
import { ReorderWindow, WindowOverflow } from './reorder-window.js';

/** Events the reorder window holds at most (about 70 bytes each). */
export const legacyWindowEvents = 1 << 18;

export interface LegacyResult {
  builder: SummaryBuilder;
  stop: StopPoint | undefined;
}

export interface LegacyOptions {
  randomAccess?: RandomAccess;
  checkBudget?: (offset: number) => void;
  /** For tests: a smaller window, and word of a fall-back to the whole-input path. */
  windowEvents?: number;
  onWholeBody?: (why: string) => void;
}

/** `newBuilder`: a fresh summarizer (the streamed path starts over on one when it falls back). */
export async function readLegacy(
  stream: ByteStream,
  minor: number,
  newBuilder: () => SummaryBuilder,
  options: LegacyOptions = {},
): Promise<LegacyResult> {
  const start = stream.offset;
  const random = options.randomAccess;
  if (!random) return readWhole(await readAll(stream), start, minor, newBuilder());
  const ix = await indexLegacy(stream, minor);
  while (await stream.ensure(1)) stream.skip(stream.available); // the rest after a bad record
  const trace = ix.trace;
  checkFrequency(trace, stream.offset);
  const builder = newBuilder();
  const window = new ReorderWindow(
    new LegacyConverter(trace, builder),
    1e9 / trace.ticksPerSec,
    ix.exitTimes,
    options.windowEvents ?? legacyWindowEvents,
  );
  try {
    await mergeStreamed(ix, (offset, length) => random.readAt(offset, length), window, options.checkBudget);
  } catch (err) {
    if (!(err instanceof WindowOverflow)) throw err;
    options.onWholeBody?.(err.message);
    const body = await random.readAt(start, random.sizeBytes - start);
    return readWhole(body, start, minor, newBuilder());
  }
  const failed = window.timeError ?? window.syscallError;
  if (failed) throw failed;
  window.finish();
  return done(builder, trace, start);
}

function readWhole(body: Uint8Array, start: number, minor: number, builder: SummaryBuilder): LegacyResult {
  const trace = parseLegacy(body, start, minor); // the body is not kept past parsing
  checkFrequency(trace, start + body.length);
  new LegacyConverter(trace, builder).run(trace.events, orderLegacy(trace), 1e9 / trace.ticksPerSec);
  return done(builder, trace, start);
}

function done(builder: SummaryBuilder, trace: LegacyTrace, start: number): LegacyResult {
  builder.s.generations = 1;
  const stop = trace.stoppedAt ? { offset: trace.stoppedAt.offset ?? start, error: trace.stoppedAt } : undefined;
  return { builder, stop };
}

function checkFrequency(trace: LegacyTrace, end: number): void {
  if (trace.ticksPerSec > 0) return;
  const detail = trace.stoppedAt
    ? `cut off before its frequency footer (${trace.stoppedAt.message})`
    : 'no frequency record';
  throw new FormatError('go-trace', 'gotrace.truncated', `legacy trace ${detail}`, {
    offset: trace.stoppedAt?.offset ?? end,
  });
}

async function readAll(stream: ByteStream): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (await stream.ensure(1)) {
    const view = stream.view();
    parts.push(view);
    total += view.length;
    stream.skip(view.length);
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
