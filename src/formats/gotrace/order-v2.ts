// Go's partial-order rules for v2 events, ported from /usr/lib/go-1.26/src/internal/trace/order.go:
// an event may be emitted only when its goroutine/proc sequence numbers and states allow it; the
// reader tries the other threads otherwise. Emitting also tracks each thread's goroutine and proc,
// which is the context every event reports. Handlers are a table keyed by event type.

import { PagedMap } from './paged-map.js';
import { handlersTail } from './order-v2-ranges.js';
import * as sched from './order-v2-sched.js';
import {
  broken,
  no,
  type BaseEvent,
  type Ctx,
  type Emit,
  type GState,
  type Handler,
  type OrderState,
  type PState,
} from './order-v2-state.js';
import { v2Type as T } from './spec-v2.js';

export type { BaseEvent, Ctx, Emit } from './order-v2-state.js';

export class OrderV2 implements OrderState {
  readonly gStates = new PagedMap<GState>();
  readonly pStates = new Map<number, PState>();
  readonly mStates = new Map<number, { g: number; p: number }>();
  readonly tasks = new Map<number, string>();
  gcSeq = 0;
  gcState: 'undetermined' | 'idle' | 'running' = 'undetermined';
  initialGen = 0;
  private readonly scratch: Ctx = { g: no, p: no, m: no };

  constructor(
    readonly emit: Emit,
    readonly strings: () => ReadonlyMap<number, string>,
  ) {}

  /** Emits `ev` (from thread m) when the ordering allows it; false means "try another thread". */
  advance(ev: BaseEvent, m: number, gen: number, cache?: { ms?: { g: number; p: number } }): boolean {
    if (this.initialGen === 0) this.initialGen = gen;
    let ms = m === no ? undefined : (cache?.ms ?? this.mStates.get(m));
    if (m !== no && !ms) {
      ms = { g: no, p: no };
      this.mStates.set(m, ms);
    }
    if (cache && ms) cache.ms = ms; // thread states are never replaced, so the cursor may keep it
    // One context object reused for every event: handlers emit it (the sink copies the fields)
    // and then update it in place to the thread's context after the event.
    const cur = this.scratch;
    cur.g = ms ? ms.g : no;
    cur.p = ms ? ms.p : no;
    cur.m = m;
    const handler = handlers[ev.typ];
    if (!handler) throw broken(`no ordering rule for event type ${ev.typ}`);
    const next = handler(this, ev, gen, cur);
    if (next === undefined) return false;
    if (ms) {
      ms.p = next.p;
      ms.g = next.g;
    }
    return true;
  }

  goState(id: number, what: string): GState {
    const s = this.gStates.get(id);
    if (!s) throw broken(`${what} for unknown goroutine ${id}`);
    return s;
  }

  procState(id: number, what: string): PState {
    const s = this.pStates.get(id);
    if (!s) throw broken(`${what} for unknown proc ${id}`);
    return s;
  }
}

const handlers: (Handler | undefined)[] = new Array<Handler | undefined>(256);
const table: [string, Handler][] = [
  ['ProcStatus', sched.procStatus],
  ['ProcStart', sched.procStart],
  ['ProcStop', sched.procStop],
  ['ProcSteal', sched.procSteal],
  ['GoStatus', sched.goStatus],
  ['GoStatusStack', sched.goStatus],
  ['GoCreate', sched.goCreate],
  ['GoCreateBlocked', sched.goCreate],
  ['GoCreateSyscall', sched.createSyscall],
  ['GoDestroySyscall', sched.destroySyscall],
  ['GoStart', sched.goStart],
  ['GoDestroy', sched.goStopExec],
  ['GoStop', sched.goStopExec],
  ['GoBlock', sched.goStopExec],
  ['GoUnblock', sched.goUnblock],
  ['GoSwitch', sched.goSwitch],
  ['GoSwitchDestroy', sched.goSwitch],
  ['GoSyscallBegin', sched.syscallBegin],
  ['GoSyscallEnd', sched.syscallEnd],
  ['GoSyscallEndBlocked', sched.syscallEndBlocked],
];
for (const [name, h] of [...table, ...handlersTail]) handlers[T[name]!] = h;
