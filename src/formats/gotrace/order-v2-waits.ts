// What a v2 event that cannot happen yet waits for, and what an event that happened may have
// changed: the keys under which the reader parks a blocked thread (frontier-parked.ts), so that each
// event wakes only the threads it can unblock instead of every thread being retried after every
// event. A handler in order-v2-sched.ts or order-v2-ranges.ts answers "not yet" only on the
// conditions named here (docs/formats-gotrace.md §3.7):
//   g<id>:<n> / p<id>:<n>  the goroutine or proc must reach sequence number n first;
//   g<id>:* / p<id>:*      any change of that goroutine or proc (a state, not a number, is awaited);
//   m<id>                  the thread's own goroutine and proc (another thread may take its proc);
//   gc<n>                  the GC sequence must reach n;
//   any                    an event type with no known condition: retried after every event.

import { no, type BaseEvent, type OrderState } from './order-v2-state.js';
import { v2Type as T } from './spec-v2.js';

export const anyChange = 'any';

function types(...names: string[]): Set<number> {
  const out = new Set<number>();
  for (const name of names) {
    const t = T[name];
    if (t !== undefined) out.add(t);
  }
  return out;
}

const awaitsProcSeq = types('ProcStart', 'ProcSteal');
const awaitsGoSeq = types('GoStart', 'GoUnblock');
const awaitsSwitch = types('GoSwitch', 'GoSwitchDestroy');
const awaitsProcState = types('GoSyscallEndBlocked');
const gcTypes = types('GCActive', 'GCBegin', 'GCEnd');
const goroutineArg = types(
  'GoStatus',
  'GoStatusStack',
  'GoCreate',
  'GoCreateBlocked',
  'GoCreateSyscall',
  'GoStart',
  'GoUnblock',
  'GoSwitch',
  'GoSwitchDestroy',
  'GCMarkAssistActive',
);
const procArg = types('ProcStatus', 'ProcStart', 'ProcSteal', 'GCSweepActive');
const goStatusTypes = types('GoStatus', 'GoStatusStack');

/** The keys a blocked event of thread `m` (running goroutine `g` on proc `p`) waits under. */
export function waitKeys(ev: BaseEvent, m: number, g: number, p: number): string[] {
  const a = ev.args;
  const keys = [`m${m}`];
  if (awaitsProcSeq.has(ev.typ)) keys.push(`p${a[0]}:${(a[1] ?? 0) - 1}`);
  else if (awaitsGoSeq.has(ev.typ)) keys.push(`g${a[0]}:${(a[1] ?? 0) - 1}`);
  else if (awaitsSwitch.has(ev.typ)) keys.push(`g${a[0]}:${(a[1] ?? 0) - 1}`, `g${g}:*`);
  else if (awaitsProcState.has(ev.typ)) keys.push(`p${p}:*`);
  else if (gcTypes.has(ev.typ)) keys.push(`gc${(a[0] ?? 0) - 1}`);
  else keys.push(anyChange);
  return keys;
}

/** What one event, just ordered, may have changed. */
export interface Change {
  typ: number;
  arg0: number;
  arg1: number;
  arg2: number;
  m: number;
  /** The thread's goroutine and proc before and after the event. */
  gBefore: number;
  pBefore: number;
  gAfter: number;
  pAfter: number;
}

/** The keys that `change` may satisfy, given the ordering state after it. */
export function changedKeys(c: Change, o: OrderState): string[] {
  const keys = [`m${c.m}`, anyChange];
  const goroutine = (id: number): void => {
    if (id === no) return;
    keys.push(`g${id}:*`);
    const s = o.gStates.get(id);
    if (s) keys.push(`g${id}:${s.n}`);
  };
  const proc = (id: number): void => {
    if (id === no) return;
    keys.push(`p${id}:*`);
    const s = o.pStates.get(id);
    if (s) keys.push(`p${id}:${s.n}`);
  };
  goroutine(c.gBefore);
  goroutine(c.gAfter);
  proc(c.pBefore);
  proc(c.pAfter);
  if (goroutineArg.has(c.typ)) goroutine(c.arg0);
  if (procArg.has(c.typ)) proc(c.arg0);
  if (c.typ === T.ProcSteal) keys.push(`m${c.arg2}`);
  if (goStatusTypes.has(c.typ)) keys.push(`m${c.arg1}`);
  if (gcTypes.has(c.typ)) keys.push(`gc${o.gcSeq}`);
  return keys;
}
