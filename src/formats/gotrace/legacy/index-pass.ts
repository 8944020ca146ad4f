// The first of the two passes of a streamed legacy trace: reads the body once, in a bounded
// window, keeping everything but the events: the string and stack tables, the frequency footer,
// the CPU samples, and where each P's batches lie in the file (header offset, end of the last
// event). The second pass (merge-stream.ts) reads those batches again, one per P at a time.
// Spec: docs/formats-gotrace.md §2.6; tracev1/parser.go collectBatchesAndCPUSamples.

import type { ByteStream } from '../byte-stream.js';
import { Cursor } from '../cursor.js';
import { decodeRecords, newState, newTrace, type BatchSink, type LegacyTrace } from './parse.js';

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
}

/** Bytes decoded per window refill, and what stays beyond the last record started (> any record). */
const windowBytes = 4 << 20;
const slackBytes = 2 << 20;

export async function indexLegacy(stream: ByteStream, minor: number): Promise<LegacyIndex> {
  const batches = new BatchIndex();
  const trace = newTrace(minor, 1024);
  const st = newState(minor, 'index', batches);
  for (;;) {
    const more = await stream.ensure(windowBytes);
    const view = stream.view();
    if (view.length === 0) break;
    const c = new Cursor(view, 0, stream.offset);
    const ok = decodeRecords(c, trace, st, more ? view.length - slackBytes : view.length);
    stream.skip(c.pos);
    if (!ok || !more) break;
  }
  batches.flush();
  return { trace, inlineIds: st.inlineIds, procs: [...batches.byP.values()] };
}

class BatchIndex implements BatchSink {
  readonly byP = new Map<number, ProcBatches>();
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

  /** Records the open batch when it has events. */
  flush(): void {
    if (this.current && this.endOffset >= 0) {
      this.current.starts.push(this.startOffset);
      this.current.ends.push(this.endOffset);
    }
    this.current = undefined;
  }
}
