// The records of a legacy trace that fill its tables rather than carry events: strings, the
// user log's trailing text, and stacks with their frames (docs/formats-gotrace.md §2.3).
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/parser.go (readRawEvent, parseEvent).

import { utf8, type Cursor } from '../cursor.js';
import type { LegacyTrace } from './parse.js';

/** `keep`: false when re-reading a batch whose strings the index pass already holds. */
export function readString(c: Cursor, t: LegacyTrace, keep: boolean): void {
  const id = c.uvarint();
  const len = c.uvarint();
  if (id === 0 || len === 0 || len > 1e6) throw c.error('gotrace.bad-table', 'bad string record');
  if (!keep) return void c.bytes(len);
  if (t.strings.has(id)) throw c.error('gotrace.bad-table', `string id ${id} defined twice`);
  t.strings.set(id, utf8(c.bytes(len)));
}

export function readStr(c: Cursor): string {
  const len = c.uvarint();
  if (len > 1e6) throw c.error('gotrace.bad-event', 'string too long');
  return utf8(c.bytes(len));
}

export function addStack(c: Cursor, t: LegacyTrace, args: number[]): void {
  const id = args[0] ?? 0;
  const size = args[1] ?? 0;
  if (args.length < 2 || size > 1000 || args.length !== 2 + 4 * size)
    throw c.error('gotrace.bad-table', 'bad stack record');
  if (id === 0 || size === 0) return;
  const pcs: number[] = [];
  for (let i = 0; i < size; i++) {
    const pc = args[2 + i * 4]!;
    pcs.push(pc);
    if (!t.pcs.has(pc)) t.pcs.set(pc, { fn: args[3 + i * 4]!, file: args[4 + i * 4]!, line: args[5 + i * 4]! });
  }
  t.stacks.set(id, pcs);
}
