// Threads whose next event cannot happen yet, filed under what they wait for (order-v2-waits.ts).
// With many threads, Go's reader retries every thread after each event that the earliest one
// could not take, which is threads² work when a trace keeps it stuck; parking a blocked thread
// until an event changes what it waits for gives the same order (the earliest event that can
// happen next) for the cost of the wakes. Also keeps the earliest parked time, which decides when
// a CPU sample comes next (docs/formats-gotrace.md §3.6).

import type { BatchCursor } from './frontier.js';

interface Entry {
  bc: BatchCursor;
  stamp: number;
  /** The parked event's time (the cursor moves on once woken; its entry must not). */
  time: number;
}

export class ParkedCursors {
  private readonly buckets = new Map<string, Entry[]>();
  /** Parked cursors by their event's time, earliest first; entries of woken cursors are stale. */
  private readonly byTime: Entry[] = [];
  private readonly stampOf = new Map<BatchCursor, number>();
  private nextStamp = 1;

  get size(): number {
    return this.stampOf.size;
  }

  park(bc: BatchCursor, keys: readonly string[]): void {
    const entry = { bc, stamp: this.nextStamp++, time: bc.ev.time };
    this.stampOf.set(bc, entry.stamp);
    for (const key of keys) {
      const list = this.buckets.get(key);
      if (list) list.push(entry);
      else this.buckets.set(key, [entry]);
    }
    pushByTime(this.byTime, entry);
  }

  /** Unparks every cursor waiting under `key` into `woken`. */
  wake(key: string, woken: BatchCursor[]): void {
    const list = this.buckets.get(key);
    if (!list) return;
    this.buckets.delete(key);
    for (const entry of list) {
      if (this.stampOf.get(entry.bc) !== entry.stamp) continue; // woken before, under another key
      this.stampOf.delete(entry.bc);
      woken.push(entry.bc);
    }
  }

  /** The earliest event time among parked cursors, or Infinity. */
  earliest(): number {
    const heap = this.byTime;
    while (heap.length > 0) {
      const top = heap[0]!;
      if (this.stampOf.get(top.bc) === top.stamp) return top.time;
      popByTime(heap);
    }
    return Infinity;
  }
}

function pushByTime(heap: Entry[], entry: Entry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const up = (i - 1) >> 1;
    if (heap[up]!.time <= entry.time) break;
    heap[i] = heap[up]!;
    i = up;
  }
  heap[i] = entry;
}

function popByTime(heap: Entry[]): void {
  const last = heap.pop();
  if (!last || heap.length === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const c = l + 1 < heap.length && heap[l + 1]!.time < heap[l]!.time ? l + 1 : l;
    if (heap[c]!.time >= last.time) break;
    heap[i] = heap[c]!;
    i = c;
  }
  heap[i] = last;
}
