// Reads one v2 generation from the stream: its batches (by size, without decoding events), its
// string and stack tables, CPU samples and clock. Generations end at a batch of the next
// generation (Go 1.22–1.25, the "spill") or at the EndOfGeneration byte (1.26).
// Spec: /usr/lib/go-1.26/src/internal/trace/{batch.go,generation.go}; docs/formats-gotrace.md §3.1–3.3.

import { FormatError } from '../../model/format-error.js';
import type { ByteStream } from './byte-stream.js';
import { Cursor, idOf, utf8 } from './cursor.js';
import { maxBatchSize, maxFramesPerStack, maxStringSize, v2Structural as S } from './spec-v2.js';

export interface Batch {
  gen: number;
  m: number;
  time: number;
  data: Uint8Array;
  /** Experiment id for experimental batches, 0 otherwise. */
  exp: number;
  /** Absolute file offset of the payload. */
  offset: number;
  endOfGeneration: boolean;
}

export interface Frame {
  pc: number;
  funcId: number;
  fileId: number;
  line: number;
}

export interface CpuSample {
  time: number;
  m: number;
  p: number;
  g: number;
  stack: number;
}

export interface Generation {
  gen: number;
  minTs: number;
  /** Nanoseconds per clock unit, exactly as Go computes it (`1 / (freq / 1e9)`). */
  nsPerUnit: number;
  strings: Map<number, string>;
  stacks: Map<number, number[]>;
  frames: Map<number, Frame>;
  cpuSamples: CpuSample[];
  /** Ordinary event batches by thread, threads in order of first appearance. */
  batches: Map<number, Batch[]>;
  clockSnapshots: number;
}

const fail = (code: string, detail: string, offset: number): FormatError =>
  new FormatError('go-trace', code, detail, { offset });

/** Reads the next batch, or undefined at a clean end of input. */
export async function readBatch(stream: ByteStream): Promise<Batch | undefined> {
  if (!(await stream.ensure(1))) return undefined;
  await stream.ensure(48);
  const start = stream.offset;
  const c = new Cursor(stream.view(), 0, start);
  const typ = c.byte();
  const blank = { gen: 0, m: -1, time: 0, data: new Uint8Array(0), exp: 0, offset: start };
  if (typ === S.endOfGeneration) {
    stream.skip(1);
    return { ...blank, endOfGeneration: true };
  }
  if (typ !== S.eventBatch && typ !== S.experimentalBatch) {
    throw fail('gotrace.bad-batch', `expected a batch header, found byte 0x${typ.toString(16)}`, start);
  }
  const exp = typ === S.experimentalBatch ? c.byte() : 0;
  const gen = c.uvarint();
  const m = idOf(c.uvarint());
  const time = c.uvarint();
  const size = c.uvarint();
  if (size > maxBatchSize) throw fail('gotrace.bad-batch', `batch size ${size} exceeds ${maxBatchSize}`, start);
  const headerLen = c.pos;
  if (!(await stream.ensure(headerLen + size))) {
    throw fail('gotrace.truncated', `batch of ${size} bytes cut off after ${stream.available - headerLen}`, start);
  }
  const data = stream.view().subarray(headerLen, headerLen + size);
  stream.skip(headerLen + size);
  return { gen, m, time, data, exp, offset: start + headerLen, endOfGeneration: false };
}

export function emptyGeneration(gen: number): Generation {
  return {
    gen,
    minTs: 0,
    nsPerUnit: 0,
    strings: new Map(),
    stacks: new Map(),
    frames: new Map(),
    cpuSamples: [],
    batches: new Map(),
    clockSnapshots: 0,
  };
}

/** Files one batch of the generation: tables are decoded now, event batches kept for later. */
export function addBatch(g: Generation, b: Batch, minor: number): void {
  if (g.minTs === 0 || b.time < g.minTs) g.minTs = b.time;
  if (b.exp !== 0 || b.data.length === 0) {
    if (b.exp === 0) pushBatch(g, b);
    return; // experimental batches: skipped (their payload is per-experiment)
  }
  const first = b.data[0];
  const c = new Cursor(b.data, 1, b.offset);
  if (first === S.strings) readStrings(g, c);
  else if (first === S.stacks) readStacks(g, c);
  else if (first === S.cpuSamples) readCpuSamples(g, c);
  else if (first === S.frequency && minor < 25) readSync(g, new Cursor(b.data, 0, b.offset), b.time);
  else if (first === S.sync && minor >= 25) readSync(g, c, b.time);
  else pushBatch(g, b);
}

function pushBatch(g: Generation, b: Batch): void {
  const list = g.batches.get(b.m);
  if (list) list.push(b);
  else g.batches.set(b.m, [b]);
}

function readStrings(g: Generation, c: Cursor): void {
  while (c.remaining > 0) {
    if (c.byte() !== S.string) throw c.error('gotrace.bad-table', 'expected a string record');
    const id = c.uvarint();
    const len = c.uvarint();
    if (len > maxStringSize) throw c.error('gotrace.bad-table', `string of ${len} bytes exceeds ${maxStringSize}`);
    const text = utf8(c.bytes(len));
    if (g.strings.has(id)) throw c.error('gotrace.bad-table', `string id ${id} defined twice`);
    g.strings.set(id, text);
  }
}

function readStacks(g: Generation, c: Cursor): void {
  while (c.remaining > 0) {
    if (c.byte() !== S.stack) throw c.error('gotrace.bad-table', 'expected a stack record');
    const id = c.uvarint();
    const n = c.uvarint();
    if (n > maxFramesPerStack) throw c.error('gotrace.bad-table', `stack of ${n} frames exceeds ${maxFramesPerStack}`);
    const pcs: number[] = [];
    for (let i = 0; i < n; i++) {
      const pc = c.uvarint();
      const funcId = c.uvarint();
      const fileId = c.uvarint();
      const line = c.uvarint();
      pcs.push(pc);
      if (!g.frames.has(pc)) g.frames.set(pc, { pc, funcId, fileId, line });
    }
    if (g.stacks.has(id)) throw c.error('gotrace.bad-table', `stack id ${id} defined twice`);
    g.stacks.set(id, pcs);
  }
}

function readCpuSamples(g: Generation, c: Cursor): void {
  while (c.remaining > 0) {
    if (c.byte() !== S.cpuSample) throw c.error('gotrace.bad-table', 'expected a CPU sample record');
    const time = c.uvarint();
    const m = idOf(c.uvarint());
    const p = idOf(c.uvarint());
    const graw = c.uvarint();
    const stack = c.uvarint();
    g.cpuSamples.push({ time, m, p, g: graw === 0 ? -1 : idOf(graw), stack });
  }
}

/** Frequency batch (< 1.25: `08 freq`) or sync batch (≥ 1.25: frequency and clock snapshot). */
function readSync(g: Generation, c: Cursor, batchTime: number): void {
  while (c.remaining > 0) {
    const ev = c.byte();
    if (ev === S.frequency) {
      if (g.nsPerUnit !== 0) throw c.error('gotrace.bad-clock', 'two frequency events in one generation');
      const freq = c.uvarint();
      g.nsPerUnit = 1 / (freq / 1e9);
    } else if (ev === S.clockSnapshot) {
      if (g.clockSnapshots++ > 0) throw c.error('gotrace.bad-clock', 'two clock snapshots in one generation');
      c.uvarint(); // dt from the batch time
      c.uvarint(); // monotonic ns
      c.uvarint(); // wall seconds
      c.uvarint(); // wall nanoseconds
      void batchTime;
    } else {
      throw c.error('gotrace.bad-clock', `unexpected event ${ev} in a sync batch`);
    }
  }
}

/** Converts CPU sample clock units to ns and sorts them by time (Go: fixUpCPUSamples). */
export function finishGeneration(g: Generation, minor: number, offset: number): void {
  if (g.nsPerUnit === 0 || !Number.isFinite(g.nsPerUnit)) {
    throw fail('gotrace.bad-clock', `generation ${g.gen} has no frequency`, offset);
  }
  if (minor >= 25 && g.clockSnapshots === 0) {
    throw fail('gotrace.bad-clock', `generation ${g.gen} has no clock snapshot`, offset);
  }
  for (const s of g.cpuSamples) s.time = Math.trunc(s.time * g.nsPerUnit);
  g.cpuSamples.sort((a, b) => a.time - b.time);
}
