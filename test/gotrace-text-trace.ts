// Text traces → v2 trace bytes, in the text form of Go's own trace tests
// (/usr/lib/go-1.26/src/internal/trace/testdata/tests/*.test, written by Go's `gotraceraw`):
//
//   -- expect --             SUCCESS, or FAILURE "what Go's reader says"
//   -- trace --
//   Trace Go1.22             the header
//   EventBatch gen=1 m=0 time=0 size=21      (written as stated; left out: the events' length)
//   ProcStatus dt=0 p=0 pstatus=1            one event per line, arguments by name
//   String id=1                              a string; its text on the next line:
//   	data="whatever"
//   Stack id=2 nframes=1                     a stack; one frame per following line:
//   	pc=1 func=3 file=4 line=5
//
// perfgate's own cases add `# comment` lines and an optional `-- summary --` section: a JSON
// subset of the GoTraceSummary the reader must produce. Argument names and order come from
// src/formats/gotrace/spec-v2.ts, so a case reads like the wire format it encodes.

import { v2Events, v2Structural as S } from '../src/formats/gotrace/spec-v2.js';

export interface TextTraceCase {
  /** `SUCCESS`, or the text Go's reader fails with (quoted after FAILURE). */
  expect: { ok: true } | { ok: false; goError: string };
  /** A JSON subset of the summary, when the case states one. */
  summary?: Record<string, unknown>;
  bytes: Uint8Array;
}

/** Timed events and the structural records that carry arguments, by name. */
const specs = new Map<string, { type: number; args: readonly string[] }>([
  ...v2Events.map((e) => [e.name, { type: e.type, args: ['dt', ...e.args] }] as const),
  ['Stack', { type: S.stack, args: ['id', 'nframes'] }],
  ['String', { type: S.string, args: ['id'] }],
  ['CPUSample', { type: S.cpuSample, args: ['time', 'm', 'p', 'g', 'stack'] }],
  ['Frequency', { type: S.frequency, args: ['freq'] }],
  ['ClockSnapshot', { type: S.clockSnapshot, args: ['dt', 'mono', 'sec', 'nsec'] }],
  ['Stacks', { type: S.stacks, args: [] }],
  ['Strings', { type: S.strings, args: [] }],
  ['CPUSamples', { type: S.cpuSamples, args: [] }],
  ['Sync', { type: S.sync, args: [] }],
]);

/** Go's argument names where spec-v2.ts names them differently. */
const goArgNames = new Map([['procs_value', 'procs']]);

export function uvarint(value: bigint, out: number[]): void {
  let v = value;
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? low | 0x80 : low);
  } while (v > 0n);
}

/** `key=value` pairs of one line (values are decimal integers, or a quoted string for data=). */
function fields(words: readonly string[], at: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq <= 0) throw new Error(`${at}: expected key=value, got '${w}'`);
    map.set(w.slice(0, eq), w.slice(eq + 1));
  }
  return map;
}

function integer(map: Map<string, string>, key: string, at: string): bigint {
  const v = map.get(key);
  if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${at}: '${key}' needs a non-negative integer`);
  return BigInt(v);
}

class Encoder {
  readonly out: number[] = [];
  private batch: { gen: bigint; m: bigint; time: bigint; size?: bigint; payload: number[] } | undefined;

  header(line: string): void {
    const m = /^Trace Go1\.(\d+)$/.exec(line);
    if (!m) throw new Error(`first trace line must be 'Trace Go1.NN', not '${line}'`);
    const text = `go 1.${m[1]} trace`;
    for (let i = 0; i < 16; i++) this.out.push(i < text.length ? text.charCodeAt(i) : 0);
  }

  line(line: string, at: string): void {
    if (line.trim().startsWith('data=')) return this.stringData(line.trim().slice('data='.length), at);
    const [name = '', ...words] = line.trim().split(/\s+/);
    if (name === 'EventBatch') return this.startBatch(fields(words, at), at);
    if (name === 'EndOfGeneration') {
      this.endBatch();
      this.out.push(S.endOfGeneration);
      return;
    }
    if (name.startsWith('pc=')) return this.frame(fields([name, ...words], at), at);
    const spec = specs.get(name);
    if (!spec) throw new Error(`${at}: unknown event '${name}'`);
    if (!this.batch) throw new Error(`${at}: '${name}' outside an EventBatch`);
    const args = fields(words, at);
    for (const [goName, ours] of goArgNames) {
      const v = args.get(goName);
      if (v === undefined) continue;
      args.set(ours, v);
      args.delete(goName);
    }
    for (const key of args.keys())
      if (!spec.args.includes(key)) throw new Error(`${at}: ${name} has no argument '${key}'`);
    this.batch.payload.push(spec.type);
    for (const key of spec.args) uvarint(integer(args, key, at), this.batch.payload);
  }

  private stringData(quoted: string, at: string): void {
    const text = JSON.parse(quoted) as unknown; // Go's %q of plain text is valid JSON
    if (typeof text !== 'string' || !this.batch) throw new Error(`${at}: data= needs a quoted string inside a batch`);
    const bytes = new TextEncoder().encode(text);
    uvarint(BigInt(bytes.length), this.batch.payload);
    for (const b of bytes) this.batch.payload.push(b);
  }

  private frame(f: Map<string, string>, at: string): void {
    if (!this.batch) throw new Error(`${at}: a frame outside an EventBatch`);
    for (const key of ['pc', 'func', 'file', 'line']) uvarint(integer(f, key, at), this.batch.payload);
  }

  private startBatch(f: Map<string, string>, at: string): void {
    this.endBatch();
    const size = f.has('size') ? integer(f, 'size', at) : undefined;
    this.batch = { gen: integer(f, 'gen', at), m: integer(f, 'm', at), time: integer(f, 'time', at), payload: [] };
    if (size !== undefined) this.batch.size = size;
  }

  endBatch(): void {
    const b = this.batch;
    if (!b) return;
    // A stated size is written as stated: Go's cases cut batches short on purpose.
    const size = b.size ?? BigInt(b.payload.length);
    this.out.push(S.eventBatch);
    for (const v of [b.gen, b.m, b.time, size]) uvarint(v, this.out);
    for (const byte of b.payload) this.out.push(byte);
    this.batch = undefined;
  }
}

/** Splits a `-- name --` sectioned text into its sections. */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const head = /^-- (\w+) --$/.exec(line);
    if (head) out.set(head[1] ?? '', (current = []));
    else if (current && line.trim() !== '' && !line.startsWith('#')) current.push(line);
  }
  return out;
}

export function parseTextTrace(text: string, name: string): TextTraceCase {
  const parts = sections(text);
  const expectLine = parts.get('expect')?.[0] ?? '';
  const failure = /^FAILURE "(.*)"$/.exec(expectLine);
  if (expectLine !== 'SUCCESS' && !failure) throw new Error(`${name}: -- expect -- must say SUCCESS or FAILURE "…"`);
  const lines = parts.get('trace') ?? [];
  const enc = new Encoder();
  enc.header(lines[0] ?? '');
  lines.slice(1).forEach((line, i) => enc.line(line, `${name}: trace line ${i + 2}`));
  enc.endBatch();
  const summary = parts.get('summary');
  return {
    expect: failure ? { ok: false, goError: failure[1] ?? '' } : { ok: true },
    ...(summary ? { summary: JSON.parse(summary.join('\n')) as Record<string, unknown> } : {}),
    bytes: new Uint8Array(enc.out),
  };
}
