// The second pass of a streamed legacy trace: Go's legacy merge (the rules of order-rules.ts, the
// same loop as order.ts) over per-P cursors that hold one batch each, read again by offset from
// the index pass, decoded, merged and handed to the reorder window. Memory: one batch per P plus
// the window, whatever the trace's length. Spec: docs/formats-gotrace.md §2.5;
// tracev1/parser.go parseEventBatches, loadBatch.

import { FormatError } from '../../../model/format-error.js';
import { Cursor } from '../cursor.js';
import { EventTable } from './event-table.js';
import type { LegacyIndex, ProcBatches } from './index-pass.js';
import { applyTransition, FrontierHeap, GStates, plainType, ready, stateTransition } from './order-rules.js';
import { decodeRecords, newState, type LegacyTrace, type State } from './parse.js';
import type { ReorderWindow } from './reorder-window.js';

/** Reads `length` bytes at `offset` of the input. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

/** What a P that has no events left holds. */
const finishedTable = new EventTable(0);

/** One P's next events: its current batch decoded, and where the next batch lies. */
class ProcCursor {
  pos = 0;
  /** Events in `table` (0: this P is done). */
  n = 0;
  private batch = 0;

  constructor(
    public table: EventTable,
    private readonly batches: ProcBatches | undefined,
  ) {
    this.n = table.n;
  }

  /** Decodes this P's next batch that has events; false when there is none (the table goes). */
  async load(decoder: BatchDecoder): Promise<boolean> {
    const b = this.batches;
    this.pos = this.n = 0;
    while (b && this.batch < b.starts.length) {
      const start = b.starts[this.batch]!;
      const end = b.ends[this.batch++]!;
      this.table.clear();
      await decoder.decode(start, end, this.table);
      this.n = this.table.n;
      if (this.n > 0) return true;
    }
    this.table = finishedTable;
    return false;
  }
}

/** Re-reads batches with the index pass's tables; the per-P goroutine carries over as in one pass. */
class BatchDecoder {
  private readonly st: State;

  constructor(
    private readonly ix: LegacyIndex,
    private readonly readAt: ReadAt,
    private readonly checkBudget?: (offset: number) => void,
  ) {
    this.st = newState(ix.trace.minor, 'events');
    this.st.inlineIds = ix.inlineIds;
  }

  /** Where the last batch read starts (for a spent time budget's message). */
  lastOffset = 0;

  async decode(start: number, end: number, table: EventTable): Promise<void> {
    this.lastOffset = start;
    this.checkBudget?.(start);
    const bytes = await this.readAt(start, end - start);
    const t: LegacyTrace = { ...this.ix.trace, events: table, procs: new Map(), cpuSamples: [] };
    t.stoppedAt = undefined;
    if (bytes.length !== end - start || !decodeRecords(new Cursor(bytes, 0, start), t, this.st, bytes.length))
      throw t.stoppedAt ?? changed(start);
  }
}

function changed(offset: number): FormatError {
  return new FormatError('go-trace', 'gotrace.truncated', 'the trace changed while it was read', { offset });
}

/** Merges every P's events into `window`; throws broken-order as the whole-input merge does. */
export async function mergeStreamed(
  ix: LegacyIndex,
  readAt: ReadAt,
  window: ReorderWindow,
  checkBudget?: (offset: number) => void,
): Promise<void> {
  const decoder = new BatchDecoder(ix, readAt, checkBudget);
  const procs: ProcCursor[] = [];
  for (const b of ix.procs) {
    const proc = new ProcCursor(new EventTable(16), b); // grows to the P's largest batch
    await proc.load(decoder);
    procs.push(proc);
  }
  procs.push(samplesCursor(ix.trace));
  const gs = new GStates();
  const frontier = new FrontierHeap();
  const waiting = new Waiting(procs.length);
  for (let k = 0; k < procs.length; k++) if (procs[k]!.pos < procs[k]!.n) waiting.insert(k);
  for (let merged = 1; ; merged++) {
    waiting.pushReady(procs, gs, frontier);
    const k = frontier.pop();
    if (k < 0) break;
    const proc = procs[k]!;
    const table = proc.table;
    const i = proc.pos;
    stateTransition(table, i);
    applyTransition(gs);
    table.type[i] = plainType(table.type[i]!);
    window.add(table, i);
    if (++proc.pos < proc.n || (await proc.load(decoder))) waiting.insert(k);
    if ((merged & 0xffff) === 0) checkBudget?.(decoder.lastOffset); // a merge of many Ps is slow
  }
  if (procs.some((p) => p.pos < p.n))
    throw new FormatError('go-trace', 'gotrace.broken-order', 'no consistent ordering of legacy events possible');
}

/**
 * The Ps neither in the frontier nor finished, in order: the whole-input merge's scan over every P
 * pushes exactly these, in this order, so a trace of many Ps costs no scan of them all per event.
 */
class Waiting {
  private readonly ids: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
  }

  /** Pushes the Ps whose next event is ready, in order; the others keep waiting. */
  pushReady(procs: ProcCursor[], gs: GStates, frontier: FrontierHeap): void {
    const ids = this.ids;
    let kept = 0;
    for (let j = 0; j < this.n; j++) {
      const k = ids[j]!;
      const proc = procs[k]!;
      stateTransition(proc.table, proc.pos);
      if (ready(gs)) frontier.push(proc.table.ts[proc.pos]!, k);
      else ids[kept++] = k;
    }
    this.n = kept;
  }

  insert(k: number): void {
    const ids = this.ids;
    let j = this.n++;
    for (; j > 0 && ids[j - 1]! > k; j--) ids[j] = ids[j - 1]!;
    ids[j] = k;
  }
}

/** The CPU samples as one more P, sorted (stably) by the time their signal handler took. */
function samplesCursor(t: LegacyTrace): ProcCursor {
  const ev = t.events;
  const order = t.cpuSamples.slice().sort((a, b) => ev.ts[a]! - ev.ts[b]!);
  const table = new EventTable(order.length);
  for (const i of order) {
    const k = table.push(ev.type[i]!, ev.p[i]!, ev.g[i]!, ev.ts[i]!);
    table.setStack(k, ev.stk[i]!);
  }
  return new ProcCursor(table, undefined);
}
