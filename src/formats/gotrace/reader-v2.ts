// Streams a v2 trace (headers 1.22–1.26) one generation at a time and hands every event, in
// Go's reader order and with Go's timestamps (including its +1 ns monotonic fix-up), to a sink.
// Spec: /usr/lib/go-1.26/src/internal/trace/reader.go; docs/formats-gotrace.md §3.6–3.7.

import { FormatError } from '../../model/format-error.js';
import type { ByteStream } from './byte-stream.js';
import { reusableEvent, syncType, type EventSink, type ResolvedFrame, type TraceEvent } from './events.js';
import { BatchCursor, heapInsert, heapRemove, heapUpdate } from './frontier.js';
import { ParkedCursors } from './frontier-parked.js';
import { addBatch, emptyGeneration, finishGeneration, readBatch, type Batch, type Generation } from './generation.js';
import { OrderV2, type Ctx } from './order-v2.js';
import { no } from './order-v2-state.js';
import { changedKeys, waitKeys } from './order-v2-waits.js';
import { argCounts, v2Type as T } from './spec-v2.js';

export interface V2Progress {
  generations: number;
  /** Set when the input ended or broke after at least the header: where, and why. */
  stoppedAt?: { offset: number; error: FormatError };
}

/**
 * Up to this many threads in a generation, a stuck reader retries the other threads in time order
 * exactly as Go's does (Go sorts them with insertion sort up to 12, so ties keep their heap order);
 * beyond it, blocked threads are parked until an event changes what they wait for.
 */
export const exactRetryThreads = 12;

export class V2Reader {
  private lastTs = 0;
  private gen: Generation = emptyGeneration(0);
  private readonly counts: Int8Array;
  private readonly order: OrderV2;
  private readonly out: TraceEvent = reusableEvent(new Map());
  readonly progress: V2Progress = { generations: 0 };
  /** Called after each generation is processed (the parallel reader's warm-up ends there). */
  afterGeneration: (() => void) | undefined;

  /** Events ordered since the time budget was last checked. */
  private sinceCheck = 0;

  constructor(
    private readonly minor: number,
    private readonly sink: EventSink,
    private readonly checkBudget: (offset: number) => void = () => {},
    private readonly maxExactThreads = exactRetryThreads,
  ) {
    this.counts = argCounts(minor);
    this.order = new OrderV2(
      (typ, ctx, time, args, fromState, taskName) => this.emit(typ, ctx, time, args, fromState, taskName),
      () => this.gen.strings,
    );
  }

  /** The ordering state carried from generation to generation (compared at range boundaries). */
  get orderState(): OrderV2 {
    return this.order;
  }

  /** The last timestamp emitted: the +1 ns fix-up continues from it. */
  get lastTime(): number {
    return this.lastTs;
  }

  /** Threads known from earlier generations, idle since: as the sequential reader has them. */
  seedThreads(ids: readonly number[]): void {
    for (const m of ids) if (!this.order.mStates.has(m)) this.order.mStates.set(m, { g: no, p: no });
  }

  /**
   * Reads generations until the end; a break mid-way is recorded in `progress.stoppedAt`.
   * `finalSync`: false for a run of generations that the file continues after (split-v2.ts).
   */
  async run(stream: ByteStream, finalSync = true): Promise<void> {
    let spill: Batch | undefined;
    let pendingError: FormatError | undefined;
    for (;;) {
      const got = await this.readGeneration(stream, spill);
      spill = got.spill;
      if (got.gen) this.processMaybePartial(got.gen, stream.offset, got.error !== undefined);
      stream.release(spill ? spill.offset : stream.offset); // the generation's batches are done with; the spill is not
      if (got.error) {
        pendingError = got.error;
        break;
      }
      if (!got.gen || (this.minor < 26 && !spill)) break;
    }
    if (finalSync || pendingError) this.emitSync(this.lastTs);
    if (pendingError) this.progress.stoppedAt = { offset: pendingError.offset ?? stream.offset, error: pendingError };
  }

  /** A generation cut off by a truncation is summarised as far as Go's ordering allows. */
  private processMaybePartial(g: Generation, offset: number, partial: boolean): void {
    try {
      this.process(g, offset);
    } catch (err) {
      if (!partial || !(err instanceof FormatError)) throw err;
    }
    this.progress.generations++;
    this.afterGeneration?.();
  }

  private async readGeneration(
    stream: ByteStream,
    spill: Batch | undefined,
  ): Promise<{ gen?: Generation; spill?: Batch; error?: FormatError }> {
    const g = emptyGeneration(spill?.gen ?? 0);
    let count = 0;
    if (spill) {
      addBatch(g, spill, this.minor);
      count++;
    }
    for (;;) {
      let b: Batch | undefined;
      try {
        b = await readBatch(stream);
      } catch (err) {
        if (!(err instanceof FormatError)) throw err;
        return count > 0 ? { gen: this.finish(g, stream), error: err } : { error: err };
      }
      if (!b) {
        if (count === 0) return {};
        if (this.minor >= 26)
          return { gen: this.finish(g, stream), error: truncated(stream.offset, 'generation without its end marker') };
        return { gen: this.finish(g, stream) };
      }
      if (b.endOfGeneration) {
        if (this.minor < 26)
          throw new FormatError('go-trace', 'gotrace.bad-batch', 'end-of-generation byte before Go 1.26', {
            offset: b.offset,
          });
        return { gen: this.finish(g, stream) };
      }
      if (b.gen === 0)
        throw new FormatError('go-trace', 'gotrace.bad-batch', 'generation number 0', { offset: b.offset });
      if (g.gen === 0) g.gen = b.gen;
      if (this.minor < 26 && b.gen === g.gen + 1) return { gen: this.finish(g, stream), spill: b };
      if (b.gen !== g.gen)
        throw new FormatError('go-trace', 'gotrace.bad-batch', 'generations out of order', { offset: b.offset });
      addBatch(g, b, this.minor);
      count++;
    }
  }

  private finish(g: Generation, stream: ByteStream): Generation {
    finishGeneration(g, this.minor, stream.offset);
    return g;
  }

  /** Emits the generation's Sync, then every event in Go's merge order. */
  private process(g: Generation, offset: number): void {
    this.gen = g;
    const frontier: BatchCursor[] = [];
    for (const [m, batches] of g.batches) {
      const bc = new BatchCursor(m, batches);
      if (bc.next(g.nsPerUnit, this.counts)) heapInsert(frontier, bc);
    }
    this.emitSync(Math.trunc(g.minTs * g.nsPerUnit));
    if (g.batches.size > this.maxExactThreads) this.orderParked(frontier, g, offset);
    else this.orderExact(frontier, g, offset);
  }

  private orderExact(frontier: BatchCursor[], g: Generation, offset: number): void {
    const samples = g.cpuSamples;
    let s = 0;
    while (frontier.length > 0 || s < samples.length) {
      if (s < samples.length && (frontier.length === 0 || samples[s]!.time < frontier[0]!.ev.time)) {
        this.emitSample(samples[s++]!);
        continue;
      }
      if (!this.tryAdvance(frontier, 0, g)) this.advanceOther(frontier, g, offset);
      this.countForBudget(offset);
    }
  }

  /** The same order for many threads: `ready` holds the threads not known to be blocked. */
  private orderParked(ready: BatchCursor[], g: Generation, offset: number): void {
    const parked = new ParkedCursors();
    const woken: BatchCursor[] = [];
    const samples = g.cpuSamples;
    let s = 0;
    while (ready.length > 0 || parked.size > 0 || s < samples.length) {
      const next = Math.min(ready.length > 0 ? ready[0]!.ev.time : Infinity, parked.earliest());
      if (s < samples.length && samples[s]!.time < next) {
        this.emitSample(samples[s++]!);
        continue;
      }
      const bc = ready[0];
      if (!bc) throw noNextEvent(g, offset);
      const before = bc.ms ?? this.order.mStates.get(bc.m);
      const gBefore = before ? before.g : no;
      const pBefore = before ? before.p : no;
      const { typ, args } = bc.ev; // the cursor reuses its event: read what the wake needs first
      const [arg0 = 0, arg1 = 0, arg2 = 0] = args;
      if (!this.tryAdvance(ready, 0, g)) {
        heapRemove(ready, 0);
        parked.park(bc, waitKeys(bc.ev, bc.m, gBefore, pBefore));
        continue;
      }
      this.countForBudget(offset);
      if (parked.size === 0) continue;
      const after = bc.ms;
      const [gAfter, pAfter] = after ? [after.g, after.p] : [no, no];
      const change = { typ, arg0, arg1, arg2, m: bc.m, gBefore, pBefore, gAfter, pAfter };
      for (const key of changedKeys(change, this.order)) parked.wake(key, woken);
      for (const w of woken) heapInsert(ready, w);
      woken.length = 0;
    }
  }

  private countForBudget(offset: number): void {
    if (++this.sinceCheck < 1024) return;
    this.sinceCheck = 0;
    this.checkBudget(offset); // one generation can hold most of a file: max-import-seconds holds inside it too
  }

  private tryAdvance(frontier: BatchCursor[], i: number, g: Generation): boolean {
    const bc = frontier[i]!;
    if (!this.order.advance(bc.ev, bc.m, g.gen, bc)) return false;
    if (bc.next(g.nsPerUnit, this.counts)) heapUpdate(frontier, i);
    else heapRemove(frontier, i);
    return true;
  }

  private advanceOther(frontier: BatchCursor[], g: Generation, offset: number): void {
    frontier.sort((a, b) => a.ev.time - b.ev.time);
    for (let i = 1; i < frontier.length; i++) if (this.tryAdvance(frontier, i, g)) return;
    throw noNextEvent(g, offset);
  }

  private emit(typ: number, ctx: Ctx, time: number, args: readonly number[], fromState = 0, taskName = ''): void {
    if (time <= this.lastTs) time = this.lastTs + 1;
    this.lastTs = time;
    const out = this.out;
    out.typ = typ;
    out.time = time;
    out.g = ctx.g;
    out.p = ctx.p;
    out.m = ctx.m;
    out.args = args as number[];
    out.fromState = fromState;
    out.strings = this.gen.strings;
    out.taskName = taskName;
    this.sink.event(out);
  }

  private emitSync(time: number): void {
    this.emit(syncType, { g: -1, p: -1, m: -1 }, time, []);
  }

  private emitSample(s: { time: number; m: number; p: number; g: number; stack: number }): void {
    this.emit(T.CPUSample ?? 7, { g: s.g, p: s.p, m: s.m }, s.time, [s.stack]);
    this.sink.cpuSample(this.lastTs, this.resolveStack(s.stack));
  }

  private resolveStack(id: number): ResolvedFrame[] {
    const pcs = this.gen.stacks.get(id) ?? [];
    return pcs.map((pc) => {
      const fr = this.gen.frames.get(pc);
      const str = (sid: number | undefined): string => (sid === undefined ? '' : (this.gen.strings.get(sid) ?? ''));
      return { pc, func: str(fr?.funcId), file: str(fr?.fileId), line: fr?.line ?? 0 };
    });
  }
}

function noNextEvent(g: Generation, offset: number): FormatError {
  return new FormatError('go-trace', 'gotrace.broken-order', `no event of generation ${g.gen} can come next`, {
    offset,
  });
}

function truncated(offset: number, detail: string): FormatError {
  return new FormatError('go-trace', 'gotrace.truncated', detail, { offset });
}
