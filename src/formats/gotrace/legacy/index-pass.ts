// The first of the two passes of a streamed legacy trace: reads the body once, in a bounded
// window, keeping everything but the events: the string and stack tables, the frequency footer,
// the CPU samples, and where each P's batches lie in the file (header offset, end of the last
// event). The second pass (merge-stream.ts) reads those batches again, one per P at a time.
// Spec: docs/formats-gotrace.md §2.5; tracev1/parser.go collectBatchesAndCPUSamples.

import type { ByteStream } from '../byte-stream.js';
import { Cursor } from '../cursor.js';
import * as E from './ids.js';
import { decodeOne, newState, newTrace, type BatchSink, type LegacyTrace, type State } from './parse.js';

/** One P's batches that hold events, in file order: [start, end) byte ranges of the input. */
export interface ProcBatches {
  p: number;
  starts: number[];
  ends: number[];
}

export interface LegacyIndex {
  /** Strings, stacks, frequency, where decoding stopped; `events` holds the CPU samples only. */
  trace: LegacyTrace;
  inlineIds: Map<string, number>;
  /** Every P in order of its first batch header (the whole-input merge's order). */
  procs: ProcBatches[];
  /** The real times of syscall exits (GoSysExit's last argument when not 0), ascending. */
  exitTimes: Float64Array;
}

/** The window's size, and what stays beyond the last record started (more than any record takes). */
const windowBytes = 8 << 20;
const slackBytes = 2 << 20;

export async function indexLegacy(stream: ByteStream, minor: number): Promise<LegacyIndex> {
  const batches = new BatchIndex();
  const trace = newTrace(minor, 1024);
  const st = newState(minor, 'index', batches);
  const window = new Uint8Array(windowBytes);
  let base = stream.offset;
  let filled = 0;
  for (;;) {
    filled = await fill(stream, window, filled);
    const more = filled === window.length;
    if (filled === 0) break;
    const c = new Cursor(window.subarray(0, filled), 0, base);
    const ok = skimRecords(c, trace, st, more ? filled - slackBytes : filled);
    if (!ok || !more) break;
    window.copyWithin(0, c.pos, filled);
    filled -= c.pos;
    base += c.pos;
  }
  batches.flush();
  const exitTimes = Float64Array.from(batches.exits).sort();
  return { trace, inlineIds: st.inlineIds, procs: [...batches.byP.values()], exitTimes };
}

/** Types an index pass only steps over: every event but those it keeps something of. */
const skippable = new Uint8Array(64).fill(1);
for (const typ of [E.EvBatch, E.EvFrequency, E.EvStack, E.EvString, E.EvTimerGoroutine, E.EvCPUSample])
  skippable[typ] = 0;
for (const typ of [E.EvGoSysExit, E.EvUserLog]) skippable[typ] = 0;

/**
 * `decodeRecords` for the index pass: the common record (an event with its values inline, inside a
 * batch, well formed) is stepped over here; any other goes through the full decoder, which also
 * gives every error at the same offset as the whole-input read.
 */
function skimRecords(c: Cursor, t: LegacyTrace, st: State, limit: number): boolean {
  const buf = c.buf;
  const argNum = st.argNum;
  let pos = c.pos;
  let lastEnd = -1;
  while (pos < limit) {
    const b = buf[pos]!;
    const typ = b & 0x3f;
    const narg = (b >> 6) + 1;
    if (narg <= 3 && argNum[typ] === narg && skippable[typ] && st.ranges !== undefined) {
      const end = skipVarints(buf, pos + 1, narg);
      if (end > 0) {
        pos = lastEnd = end;
        continue;
      }
    }
    if (lastEnd >= 0) st.batches?.event(c.base + lastEnd);
    lastEnd = -1;
    c.pos = pos;
    if (!decodeOne(c, t, st)) return false;
    pos = c.pos;
  }
  if (lastEnd >= 0) st.batches?.event(c.base + lastEnd);
  c.pos = pos;
  return true;
}

/** The position after `n` well-formed varints from `pos`, or -1 (cut off, or longer than 10 bytes). */
function skipVarints(buf: Uint8Array, pos: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const stop = Math.min(pos + 10, buf.length);
    while (pos < stop && buf[pos]! >= 0x80) pos++;
    if (pos === stop) return -1;
    pos++;
  }
  return pos;
}

/** Tops the window up from the stream (each byte copied once); returns how full it is. */
async function fill(stream: ByteStream, window: Uint8Array, filled: number): Promise<number> {
  while (filled < window.length && (await stream.ensure(1))) {
    const view = stream.view();
    const n = Math.min(view.length, window.length - filled);
    window.set(view.subarray(0, n), filled);
    stream.skip(n);
    filled += n;
  }
  return filled;
}

class BatchIndex implements BatchSink {
  readonly byP = new Map<number, ProcBatches>();
  readonly exits: number[] = [];
  private current: ProcBatches | undefined;
  private startOffset = 0;
  private endOffset = -1;

  start(p: number, offset: number): void {
    this.flush();
    let proc = this.byP.get(p);
    if (!proc) this.byP.set(p, (proc = { p, starts: [], ends: [] }));
    this.current = proc;
    this.startOffset = offset;
    this.endOffset = -1;
  }

  event(end: number): void {
    this.endOffset = end;
  }

  syscallExit(ticks: number): void {
    this.exits.push(ticks);
  }

  /** Records the open batch when it has events. */
  flush(): void {
    if (this.current && this.endOffset >= 0) {
      this.current.starts.push(this.startOffset);
      this.current.ends.push(this.endOffset);
    }
    this.current = undefined;
  }
}
