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

/** One P's next events: its current batch decoded, and where the next batch lies. */
class ProcCursor {
  pos = 0;
  /** Events in `table` (0: this P is done). */
  n = 0;
  private batch = 0;

  constructor(
    readonly table: EventTable,
    private readonly batches: ProcBatches | undefined,
  ) {
    this.n = table.n;
  }

  /** Decodes this P's next batch that has events; false when there is none. */
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

  async decode(start: number, end: number, table: EventTable): Promise<void> {
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
  const inFrontier = new Uint8Array(procs.length);
  for (;;) {
    for (let k = 0; k < procs.length; k++) {
      const proc = procs[k]!;
      if (inFrontier[k] || proc.pos >= proc.n) continue;
      const i = proc.pos;
      stateTransition(proc.table, i);
      if (!ready(gs)) continue;
      frontier.push(proc.table.ts[i]!, k);
      inFrontier[k] = 1;
    }
    const k = frontier.pop();
    if (k < 0) break;
    inFrontier[k] = 0;
    const proc = procs[k]!;
    const table = proc.table;
    const i = proc.pos;
    stateTransition(table, i);
    applyTransition(gs);
    table.type[i] = plainType(table.type[i]!);
    window.add(table, i);
    if (++proc.pos >= proc.n) await proc.load(decoder);
  }
  if (procs.some((p) => p.pos < p.n))
    throw new FormatError('go-trace', 'gotrace.broken-order', 'no consistent ordering of legacy events possible');
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
