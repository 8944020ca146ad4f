// Decodes the records of a legacy trace (headers 1.11–1.21): events into a column table with each
// event's P, goroutine and absolute tick time, per-P batches as index ranges, the string and stack
// tables, CPU samples and the tick frequency (the footer). Three modes share the one decoder: the
// whole input at once ('all'), an index pass that keeps everything but the events ('index'), and
// one P's batch re-read for the streamed merge ('events'; docs/formats-gotrace.md §2.5).
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/parser.go (readRawEvent, parseEvent).

import { FormatError } from '../../../model/format-error.js';
import { Cursor, idOf } from '../cursor.js';
import { EventTable } from './event-table.js';
import * as E from './ids.js';
import { addStack, readStr, readString } from './parse-tables.js';
import { legacySpec, legacyTables } from './spec-legacy.js';

export interface LegacyFrame {
  fn: number;
  file: number;
  line: number;
}

export interface LegacyTrace {
  minor: number;
  events: EventTable;
  /** Per P (in order of first appearance): its events as [start, end) index ranges, file order. */
  procs: Map<number, number[]>;
  /** Indexes of CPU sample events. */
  cpuSamples: number[];
  strings: Map<number, string>;
  inlineStrings: string[];
  stacks: Map<number, number[]>;
  pcs: Map<number, LegacyFrame>;
  ticksPerSec: number;
  /** Where decoding stopped early, when it did. */
  stoppedAt?: FormatError;
}

export type DecodeMode = 'all' | 'index' | 'events';

/**
 * What the index pass records: batches (their P, the header's offset, the last event's end) and
 * the real times of syscall exits, the only events the merged order moves (order.ts).
 */
export interface BatchSink {
  start(p: number, offset: number): void;
  event(end: number): void;
  syscallExit(ticks: number): void;
}

export interface State {
  mode: DecodeMode;
  batches: BatchSink | undefined;
  lastP: number;
  lastG: number;
  lastTs: number;
  lastGs: Map<number, number>;
  inlineIds: Map<string, number>;
  /** The range list of the current P; its last range is open (end = events.n). */
  ranges: number[] | undefined;
  /** Values of the current record and how many there are. */
  args: number[];
  nargs: number;
  argNum: Int8Array;
  hasStack: Uint8Array;
}

/** Decodes every record; a record cut off or malformed ends decoding (recorded in `stoppedAt`). */
export function parseLegacy(bytes: Uint8Array, base: number, minor: number): LegacyTrace {
  const t = newTrace(minor, bytes.length / 4);
  const st = newState(minor, 'all');
  decodeRecords(new Cursor(bytes, 0, base), t, st, bytes.length);
  closeRange(t, st);
  return t;
}

export function newTrace(minor: number, expectedEvents: number): LegacyTrace {
  return {
    minor,
    events: new EventTable(expectedEvents),
    procs: new Map(),
    cpuSamples: [],
    strings: new Map(),
    inlineStrings: [],
    stacks: new Map(),
    pcs: new Map(),
    ticksPerSec: 0,
  };
}

export function newState(minor: number, mode: DecodeMode, batches?: BatchSink): State {
  return {
    mode,
    batches,
    lastP: 0,
    lastG: 0,
    lastTs: 0,
    lastGs: new Map(),
    inlineIds: new Map(),
    ranges: undefined,
    args: new Array<number>(64).fill(0),
    nargs: 0,
    ...legacyTables(minor),
  };
}

/**
 * Decodes the records that start before `limit` (a cursor position); a record cut off or
 * malformed ends decoding and is recorded in `t.stoppedAt`. Returns false when it stopped so.
 */
export function decodeRecords(c: Cursor, t: LegacyTrace, st: State, limit: number): boolean {
  while (c.pos < limit) if (!(st.mode === 'events' && plainRecord(c, t, st)) && !decodeOne(c, t, st)) return false;
  return true;
}

/** Types whose records `handle` takes as plain events (no batch, table, footer, sample or text). */
const plainTypes = new Uint8Array(64).fill(1);
for (const typ of [E.EvBatch, E.EvFrequency, E.EvStack, E.EvString, E.EvTimerGoroutine, E.EvCPUSample, E.EvUserLog])
  plainTypes[typ] = 0;

/**
 * The common record of a batch re-read (an event with its values inline, well formed), decoded
 * without the general path's checks; false leaves the cursor for `decodeOne`.
 */
function plainRecord(c: Cursor, t: LegacyTrace, st: State): boolean {
  const buf = c.buf;
  const at = c.pos;
  const b = buf[at]!;
  const typ = b & 0x3f;
  const narg = (b >> 6) + 1;
  if (narg > 3 || st.argNum[typ] !== narg || !plainTypes[typ] || st.ranges === undefined) return false;
  const args = st.args;
  let p = at + 1;
  for (let k = 0; k < narg; k++) {
    let value = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      const x = buf[p++];
      if (x === undefined || i === 10) return false;
      value += (x & 0x7f) * scale;
      if (x < 0x80) break;
      scale *= 128;
    }
    args[k] = value;
  }
  c.pos = p;
  st.nargs = narg;
  handle(typ, args, '', t, st, c.base + at);
  return true;
}

/** Decodes the record at the cursor; false (and `t.stoppedAt`) when it is cut off or malformed. */
export function decodeOne(c: Cursor, t: LegacyTrace, st: State): boolean {
  const start = c.pos;
  try {
    readRecord(c, t, st);
    return true;
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    t.stoppedAt = new FormatError('go-trace', err.code, err.message, { offset: c.base + start });
    return false;
  }
}

function readRecord(c: Cursor, t: LegacyTrace, st: State): void {
  const at = c.base + c.pos;
  const b = c.byte();
  const typ = b & 0x3f;
  const narg = (b >> 6) + 1;
  const want = st.argNum[typ]!;
  if (want < 0 && typ !== E.EvString && typ !== E.EvStack)
    throw c.error('gotrace.bad-event', `unknown legacy event type ${typ}`);
  if (typ === E.EvString) return readString(c, t, st.mode !== 'events');
  const args = st.args;
  let n = 0;
  if (narg <= 3) for (; n < narg; n++) args[n] = c.uvarint();
  else {
    const len = c.uvarint();
    if (len > 2048) throw c.error('gotrace.bad-event', `length-prefixed record of ${len} bytes`);
    const end = c.pos + len;
    if (end > c.buf.length) throw c.error('gotrace.truncated', 'record cut off');
    while (c.pos < end) args[n++] = c.uvarint();
    if (c.pos !== end) throw c.error('gotrace.bad-varint', 'varint crosses the record length');
  }
  st.nargs = n;
  const sarg = typ === E.EvUserLog ? readStr(c) : '';
  if (typ !== E.EvBatch && st.ranges === undefined) throw c.error('gotrace.bad-event', 'event before the first batch');
  if (typ === E.EvStack) return st.mode === 'events' ? undefined : addStack(c, t, args.slice(0, n));
  if (n !== want) throw c.error('gotrace.bad-event', `${legacySpec(typ)?.name ?? typ} has ${n} values`);
  handle(typ, args, sarg, t, st, at);
  if (st.batches && typ !== E.EvBatch && typ !== E.EvFrequency && typ !== E.EvTimerGoroutine && typ !== E.EvCPUSample)
    st.batches.event(c.base + c.pos);
}

/** Ends the current P's open range at the table's end. */
function closeRange(t: LegacyTrace, st: State): void {
  if (st.ranges) st.ranges[st.ranges.length - 1] = t.events.n;
}

function startBatch(t: LegacyTrace, st: State, args: number[], offset: number): void {
  closeRange(t, st);
  st.lastGs.set(st.lastP, st.lastG);
  st.lastP = idOf(args[0]!);
  st.lastG = st.lastGs.get(st.lastP) ?? 0;
  st.lastTs = args[1]!;
  st.batches?.start(st.lastP, offset);
  let ranges = t.procs.get(st.lastP);
  if (!ranges) t.procs.set(st.lastP, (ranges = []));
  ranges.push(t.events.n, t.events.n);
  st.ranges = ranges;
}

function handle(typ: number, args: number[], sarg: string, t: LegacyTrace, st: State, at: number): void {
  const ev = t.events;
  switch (typ) {
    case E.EvBatch:
      return startBatch(t, st, args, at);
    case E.EvFrequency:
      t.ticksPerSec = args[0]!;
      return;
    case E.EvTimerGoroutine:
      return;
    case E.EvCPUSample: {
      // [dt, real ts, p, g, stack]: the sample's own time replaces the batch clock.
      if (st.mode === 'events') return; // the index pass holds the samples
      closeRange(t, st);
      const i = ev.push(typ, idOf(args[2]!), args[3]!, args[1]!);
      ev.setStack(i, args[4]!);
      t.cpuSamples.push(i);
      st.ranges!.push(ev.n, ev.n);
      return;
    }
  }
  if (st.mode === 'index') {
    if (typ === E.EvUserLog) inlineId(t, st, sarg); // ids in file order, as the whole-input read gives them
    if (typ === E.EvGoSysExit && args[3] !== 0) st.batches?.syscallExit(args[3]!);
    return;
  }
  st.lastTs += args[0]!;
  const i = ev.push(typ, st.lastP, st.lastG, st.lastTs);
  const values = st.nargs - 1;
  for (let k = 1; k <= values; k++) {
    if (k === values && st.hasStack[typ]) ev.setStack(i, args[k]!);
    else ev.setArg(i, k - 1, args[k]!);
  }
  goroutineOf(typ, i, ev, st);
  if (typ === E.EvUserLog) ev.setArg(i, 2, inlineId(t, st, sarg));
}

/** The goroutine an event belongs to, and the P's running goroutine after it (parseEvent). */
function goroutineOf(typ: number, i: number, ev: EventTable, st: State): void {
  switch (typ) {
    case E.EvGoStart:
    case E.EvGoStartLocal:
    case E.EvGoStartLabel:
      st.lastG = ev.a0[i]!;
      ev.setG(i, st.lastG);
      return;
    case E.EvGoEnd:
    case E.EvGoStop:
    case E.EvGoSched:
    case E.EvGoPreempt:
    case E.EvGoSleep:
    case E.EvGoBlock:
    case E.EvGoBlockSend:
    case E.EvGoBlockRecv:
    case E.EvGoBlockSelect:
    case E.EvGoBlockSync:
    case E.EvGoBlockCond:
    case E.EvGoBlockNet:
    case E.EvGoSysBlock:
    case E.EvGoBlockGC:
      st.lastG = 0;
      return;
    case E.EvGoSysExit:
    case E.EvGoWaiting:
    case E.EvGoInSyscall:
      ev.setG(i, ev.a0[i]!);
  }
}

function inlineId(t: LegacyTrace, st: State, s: string): number {
  let id = st.inlineIds.get(s);
  if (id === undefined) {
    id = t.inlineStrings.length;
    st.inlineIds.set(s, id);
    t.inlineStrings.push(s);
  }
  return id;
}
