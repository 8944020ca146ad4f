// Ordering rules for procs and goroutines (v2), ported from Go's internal/trace/order.go
// (advanceProc*, advanceGo*). A handler returns the thread's new context, or undefined when the
// event cannot happen yet (its sequence number or state is not reached).

import { GoState, wireGoStatus } from './events.js';
import {
  broken,
  G,
  need,
  no,
  P,
  succeeds,
  advanceTo,
  userGo,
  type BaseEvent,
  type Ctx,
  type OrderState as OrderV2,
} from './order-v2-state.js';
import { v2Type as T } from './spec-v2.js';

export function procStatus(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const pid = ev.args[0]!;
  const status = ev.args[1]!;
  const s = o.pStates.get(pid);
  if (s) {
    const promoted = status === P.abandoned && (s.status === P.syscall || s.status === P.abandoned);
    if (!promoted && s.status !== status) throw broken(`inconsistent status for proc ${pid}`);
    advanceTo(s, gen, 0);
  } else {
    o.pStates.set(pid, { status, gen, n: 0, sweeping: false });
  }
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (status === P.running || status === P.syscall) cur.p = pid;
  return cur;
}

export function procStart(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const pid = ev.args[0]!;
  const n = ev.args[1]!;
  const s = o.pStates.get(pid);
  if (!s || s.status !== P.idle || !succeeds(gen, n, s) || cur.p !== no) return undefined;
  need(cur, true, false, undefined, 'ProcStart');
  s.status = P.running;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.p = pid;
  return cur;
}

export function procStop(o: OrderV2, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  const s = o.procState(cur.p, 'ProcStop');
  if (s.status !== P.running && s.status !== P.syscall) throw broken('ProcStop for a proc that is not running');
  need(cur, true, true, undefined, 'ProcStop');
  s.status = P.idle;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.p = no;
  return cur;
}

export function procSteal(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const pid = ev.args[0]!;
  const n = ev.args[1]!;
  const s = o.pStates.get(pid);
  if (!s || (s.status !== P.syscall && s.status !== P.abandoned) || !succeeds(gen, n, s)) return undefined;
  need(cur, true, undefined, undefined, 'ProcSteal');
  const old = s.status;
  s.status = P.idle;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (old === P.abandoned) return cur;
  const mid = ev.args[2]!;
  if (mid === cur.m) {
    cur.p = no;
    return cur;
  }
  const victim = o.mStates.get(mid);
  if (victim) victim.p = no;
  return cur;
}

export function goStatus(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const gid = ev.args[0]!;
  const mid = ev.args[1]! >= 2 ** 63 ? no : ev.args[1]!;
  const status = ev.args[2]!;
  let from = wireGoStatus[status] ?? GoState.undetermined;
  const s = o.gStates.get(gid);
  if (s) {
    if (s.status !== status) throw broken(`inconsistent status for goroutine ${gid}`);
    advanceTo(s, gen, 0);
  } else if (gen === o.initialGen) {
    o.gStates.set(gid, { status, gen, n: 0, ranges: undefined });
    from = GoState.undetermined;
  } else {
    throw broken(`status for new goroutine ${gid} after the first generation`);
  }
  let evCtx = cur;
  let newG = cur.g;
  if (status === G.running) newG = gid;
  else if (status === G.syscall) {
    if (mid === cur.m) newG = gid;
    else {
      const ms = o.mStates.get(mid);
      evCtx = { g: ms ? ms.g : cur.g, p: cur.p, m: mid };
      if (!ms) o.mStates.set(mid, { g: gid, p: no });
    }
  }
  o.emit(ev.typ, evCtx, ev.time, ev.args, from);
  cur.g = newG;
  return cur;
}

export function goCreate(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  need(cur, true, true, undefined, 'GoCreate');
  const id = ev.args[0]!;
  if (o.gStates.has(id)) throw broken(`goroutine ${id} created twice`);
  const status = ev.typ === T.GoCreateBlocked ? G.waiting : G.runnable;
  o.gStates.set(id, { status, gen, n: 0, ranges: undefined });
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

export function goStopExec(o: OrderV2, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  userGo(cur, 'goroutine stop');
  const s = o.goState(cur.g, 'goroutine stop');
  if (s.status !== G.running) throw broken('stop of a goroutine that is not running');
  if (ev.typ === T.GoDestroy) o.gStates.delete(cur.g);
  else s.status = ev.typ === T.GoStop ? G.runnable : G.waiting;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  return cur;
}

export function goStart(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const gid = ev.args[0]!;
  const n = ev.args[1]!;
  const s = o.gStates.get(gid);
  if (!s || s.status !== G.runnable || !succeeds(gen, n, s)) return undefined;
  need(cur, true, true, false, 'GoStart');
  s.status = G.running;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = gid;
  return cur;
}

export function goUnblock(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const gid = ev.args[0]!;
  const n = ev.args[1]!;
  const s = o.gStates.get(gid);
  if (!s || s.status !== G.waiting || !succeeds(gen, n, s)) return undefined;
  s.status = G.runnable;
  advanceTo(s, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

export function goSwitch(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  userGo(cur, 'GoSwitch');
  const self = o.goState(cur.g, 'GoSwitch');
  if (self.status !== G.running) throw broken('GoSwitch from a goroutine that is not running');
  const nextId = ev.args[0]!;
  const n = ev.args[1]!;
  const next = o.gStates.get(nextId);
  if (!next || next.status !== G.waiting || !succeeds(gen, n, next)) return undefined;
  o.emit(ev.typ, cur, ev.time, ev.args);
  if (ev.typ === T.GoSwitch) {
    self.status = G.waiting;
    o.emit(T.GoBlock!, cur, ev.time, [0, 0]);
  } else {
    o.gStates.delete(cur.g);
    o.emit(T.GoDestroy!, cur, ev.time, []);
  }
  next.status = G.running;
  advanceTo(next, gen, n);
  o.emit(T.GoStart!, { ...cur, g: no }, ev.time, [nextId, ev.args[1]!]);
  cur.g = nextId;
  return cur;
}

export function syscallBegin(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  userGo(cur, 'GoSyscallBegin');
  const s = o.goState(cur.g, 'GoSyscallBegin');
  if (s.status !== G.running) throw broken('syscall from a goroutine that is not running');
  s.status = G.syscall;
  const ps = o.procState(cur.p, 'GoSyscallBegin');
  ps.status = P.syscall;
  const n = ev.args[0]!;
  if (!succeeds(gen, n, ps)) throw broken('GoSyscallBegin out of proc sequence');
  advanceTo(ps, gen, n);
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

export function syscallEnd(o: OrderV2, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  userGo(cur, 'GoSyscallEnd');
  const s = o.goState(cur.g, 'GoSyscallEnd');
  if (s.status !== G.syscall) throw broken('GoSyscallEnd for a goroutine not in a syscall');
  s.status = G.running;
  const ps = o.procState(cur.p, 'GoSyscallEnd');
  if (ps.status !== P.syscall) throw broken('GoSyscallEnd on a proc not in a syscall');
  ps.status = P.running;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

export function syscallEndBlocked(o: OrderV2, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  if (cur.p !== no && o.procState(cur.p, 'GoSyscallEndBlocked').status === P.syscall) return undefined;
  need(cur, true, undefined, true, 'GoSyscallEndBlocked');
  const s = o.goState(cur.g, 'GoSyscallEndBlocked');
  if (s.status !== G.syscall) throw broken('GoSyscallEndBlocked for a goroutine not in a syscall');
  s.status = G.runnable;
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  return cur;
}

export function createSyscall(o: OrderV2, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  need(cur, true, undefined, false, 'GoCreateSyscall');
  const id = ev.args[0]!;
  if (o.gStates.has(id)) throw broken(`goroutine ${id} created twice`);
  o.gStates.set(id, { status: G.syscall, gen, n: 0, ranges: undefined });
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = id;
  return cur;
}

export function destroySyscall(o: OrderV2, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  need(cur, true, undefined, true, 'GoDestroySyscall');
  const s = o.goState(cur.g, 'GoDestroySyscall');
  if (s.status !== G.syscall) throw broken('GoDestroySyscall for a goroutine not in a syscall');
  o.gStates.delete(cur.g);
  const hadP = cur.p !== no;
  if (hadP) {
    o.procState(cur.p, 'GoDestroySyscall').status = P.abandoned;
    o.emit(T.ProcSteal!, cur, ev.time, [cur.p, 0, 0]);
  }
  o.emit(ev.typ, cur, ev.time, ev.args);
  cur.g = no;
  if (hadP) cur.p = no;
  return cur;
}
