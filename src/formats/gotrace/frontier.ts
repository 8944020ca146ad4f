// Per-thread cursors over a generation's event batches and the min-heap of their next events,
// ported from /usr/lib/go-1.26/src/internal/trace/batchcursor.go (same tie-breaking as Go's heap,
// so events come out in exactly the order Go's reader yields them).

import { FormatError } from '../../model/format-error.js';
import type { Batch } from './generation.js';
import type { BaseEvent } from './order-v2.js';

export class BatchCursor {
  idx = 0;
  dataOff = 0;
  lastTs = 0;
  readonly ev: BaseEvent = { typ: 0, time: 0, args: [0, 0, 0, 0, 0] };
  private readonly pos = { pos: 0 };
  /** The ordering's state of this thread, cached by OrderV2.advance. */
  ms: { g: number; p: number } | undefined = undefined;

  constructor(
    readonly m: number,
    readonly batches: readonly Batch[],
  ) {}

  /** Decodes the next event of this thread; false when its batches are exhausted. */
  next(nsPerUnit: number, argCounts: Int8Array): boolean {
    while (this.idx < this.batches.length && this.batches[this.idx]!.data.length === this.dataOff) {
      this.idx++;
      this.dataOff = 0;
      this.lastTs = 0;
    }
    if (this.idx === this.batches.length) return false;
    const batch = this.batches[this.idx]!;
    if (this.lastTs === 0) this.lastTs = Math.trunc(batch.time * nsPerUnit);
    const data = batch.data;
    let pos = this.dataOff;
    const typ = data[pos++]!;
    const nargs = argCounts[typ]!;
    if (nargs < 0) {
      throw new FormatError('go-trace', 'gotrace.bad-event', `unknown event type ${typ} for this trace version`, {
        offset: batch.offset + this.dataOff,
      });
    }
    const ev = this.ev;
    ev.typ = typ;
    const r = this.pos;
    r.pos = pos;
    const dt = uvarintAt(data, r, batch.offset);
    for (let i = 0; i < nargs; i++) {
      const b = data[r.pos];
      if (b !== undefined && b < 0x80) {
        ev.args[i] = b; // one-byte varint: most arguments
        r.pos++;
      } else ev.args[i] = uvarintAt(data, r, batch.offset);
    }
    ev.time = Math.trunc(dt * nsPerUnit) + this.lastTs;
    this.lastTs = ev.time;
    this.dataOff = r.pos;
    return true;
  }
}

function uvarintAt(data: Uint8Array, r: { pos: number }, base: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = data[r.pos++];
    if (b === undefined) break;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return value;
    scale *= 128;
  }
  throw new FormatError('go-trace', 'gotrace.bad-varint', 'bad varint inside an event batch', { offset: base + r.pos });
}

export function heapInsert(heap: BatchCursor[], bc: BatchCursor): void {
  heap.push(bc);
  siftUp(heap, heap.length - 1);
}

export function heapUpdate(heap: BatchCursor[], i: number): void {
  if (siftUp(heap, i) !== i) return;
  siftDown(heap, i);
}

export function heapRemove(heap: BatchCursor[], i: number): void {
  while (i > 0) {
    swap(heap, (i - 1) >> 1, i);
    i = (i - 1) >> 1;
  }
  swap(heap, 0, heap.length - 1);
  heap.pop();
  siftDown(heap, 0);
}

function swap(heap: BatchCursor[], a: number, b: number): void {
  const t = heap[a]!;
  heap[a] = heap[b]!;
  heap[b] = t;
}

function siftUp(heap: BatchCursor[], i: number): number {
  while (i > 0 && heap[(i - 1) >> 1]!.ev.time > heap[i]!.ev.time) {
    swap(heap, (i - 1) >> 1, i);
    i = (i - 1) >> 1;
  }
  return i;
}

function siftDown(heap: BatchCursor[], i: number): void {
  for (;;) {
    let m = i;
    let minT = i < heap.length ? heap[i]!.ev.time : Infinity;
    const l = 2 * i + 1;
    if (l < heap.length && heap[l]!.ev.time < minT) {
      minT = heap[l]!.ev.time;
      m = l;
    }
    if (l + 1 < heap.length && heap[l + 1]!.ev.time < minT) m = l + 1;
    if (m === i) return;
    swap(heap, i, m);
    i = m;
  }
}
