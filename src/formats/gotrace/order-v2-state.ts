// Shared state and helpers of the v2 ordering (order-v2.ts): per goroutine, proc and thread
// status with their generation-local sequence numbers, as in Go's internal/trace/order.go.

import { FormatError } from '../../model/format-error.js';
import type { PagedMap } from './paged-map.js';

export interface BaseEvent {
  typ: number;
  time: number;
  args: number[];
}

export interface Ctx {
  g: number;
  p: number;
  m: number;
}

export type Emit = (
  typ: number,
  ctx: Ctx,
  time: number,
  args: readonly number[],
  fromState?: number,
  taskName?: string,
) => void;

/** A goroutine's or proc's sequence position: generation `gen`, number `n` inside it (plain fields, no object per event). */
export interface Sequenced {
  gen: number;
  n: number;
}
export interface GState extends Sequenced {
  status: number;
  /** In-flight ranges (STW, mark assist); most goroutines never have one. */
  ranges: { typ: number; desc: number }[] | undefined;
}
export interface PState extends Sequenced {
  status: number;
  sweeping: boolean;
}

export const P = { running: 1, idle: 2, syscall: 3, abandoned: 4 } as const;
export const G = { runnable: 1, running: 2, syscall: 3, waiting: 4 } as const;
export const no = -1;

/** Sequence number `n` of generation `gen` comes right after `s`'s. */
export function succeeds(gen: number, n: number, s: Sequenced): boolean {
  return s.gen === gen && n === s.n + 1;
}

/** Moves `s` to sequence number `n` of generation `gen`. */
export function advanceTo(s: Sequenced, gen: number, n: number): void {
  s.gen = gen;
  s.n = n;
}

export type Handler = (o: OrderState, ev: BaseEvent, gen: number, cur: Ctx) => Ctx | undefined;

export interface OrderState {
  readonly gStates: PagedMap<GState>;
  readonly pStates: Map<number, PState>;
  readonly mStates: Map<number, { g: number; p: number }>;
  readonly tasks: Map<number, string>;
  gcSeq: number;
  gcState: 'undetermined' | 'idle' | 'running';
  initialGen: number;
  readonly emit: Emit;
  readonly strings: () => ReadonlyMap<number, string>;
  goState(id: number, what: string): GState;
  procState(id: number, what: string): PState;
}

export function broken(detail: string): FormatError {
  return new FormatError('go-trace', 'gotrace.broken-order', detail);
}

function violates(has: boolean, want: boolean | undefined): boolean {
  return want !== undefined && has !== want;
}

export function need(cur: Ctx, m: boolean, p: boolean | undefined, g: boolean | undefined, what: string): void {
  if (violates(cur.m !== no, m) || violates(cur.p !== no, p) || violates(cur.g !== no, g)) {
    throw broken(`${what}: unexpected scheduling context (m=${cur.m} p=${cur.p} g=${cur.g})`);
  }
}

export function userGo(cur: Ctx, what: string): void {
  need(cur, true, true, true, what);
}
