// Ordering rules for ranges, GC, metrics and user annotations (v2), ported from Go's
// internal/trace/order.go (advanceGC*, advanceGoRange*, advanceUser*, advanceAnnotation).
// GC events share one global sequence counter; STW and mark-assist ranges belong to a goroutine.

import { broken, need, userGo, type BaseEvent, type Ctx, type Handler, type OrderState } from './order-v2-state.js';
import { v2Type as T } from './spec-v2.js';

type O = OrderState;

function annotation(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  userGo(cur, 'annotation');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function heapMetric(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  need(cur, true, true, undefined, 'heap metric');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function gcActive(o: O, ev: BaseEvent, gen: number, cur: Ctx): Ctx | undefined {
  const seq = ev.args[0]!;
  if (gen === o.initialGen) {
    if (o.gcState !== 'undetermined') throw broken('GCActive in the first generation is not the first GC event');
    o.gcSeq = seq;
    o.gcState = 'running';
    o.emit(ev.typ, cur, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return undefined;
  if (o.gcState !== 'running') throw broken('GCActive while no GC is running');
  o.gcSeq = seq;
  userGo(cur, 'GCActive');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function gcBegin(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  const seq = ev.args[0]!;
  if (o.gcState === 'undetermined') {
    o.gcSeq = seq;
    o.gcState = 'running';
    o.emit(ev.typ, cur, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return undefined;
  if (o.gcState === 'running') throw broken('GCBegin while a GC is running');
  o.gcSeq = seq;
  o.gcState = 'running';
  userGo(cur, 'GCBegin');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function gcEnd(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx | undefined {
  const seq = ev.args[0]!;
  if (seq !== o.gcSeq + 1) return undefined;
  if (o.gcState !== 'running') throw broken('GCEnd while no GC is known to run');
  o.gcSeq = seq;
  o.gcState = 'idle';
  userGo(cur, 'GCEnd');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function sweepBegin(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  need(cur, true, true, undefined, 'GCSweepBegin');
  const ps = o.procState(cur.p, 'GCSweepBegin');
  if (ps.sweeping) throw broken('GCSweepBegin while already sweeping');
  ps.sweeping = true;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function sweepActive(o: O, ev: BaseEvent, gen: number, cur: Ctx): Ctx {
  const ps = o.procState(ev.args[0]!, 'GCSweepActive');
  if (gen === o.initialGen) {
    if (ps.sweeping) throw broken('GCSweepActive twice in the first generation');
    ps.sweeping = true;
  } else if (!ps.sweeping) throw broken('GCSweepActive for a proc that is not sweeping');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function sweepEnd(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  need(cur, true, true, undefined, 'GCSweepEnd');
  const ps = o.procState(cur.p, 'GCSweepEnd');
  if (!ps.sweeping) throw broken('GCSweepEnd without GCSweepBegin');
  ps.sweeping = false;
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function rangeStart(typ: number): number {
  return typ === T.STWEnd || typ === T.STWBegin ? T.STWBegin! : T.GCMarkAssistBegin!;
}

/** Index of the in-flight range of this start type (and description, when given), or -1. */
function findRange(ranges: { typ: number; desc: number }[] | undefined, typ: number, desc?: number): number {
  if (!ranges) return -1;
  for (let i = 0; i < ranges.length; i++) {
    if (ranges[i]!.typ === typ && (desc === undefined || ranges[i]!.desc === desc)) return i;
  }
  return -1;
}

function goRangeBegin(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  userGo(cur, 'range begin');
  const desc = ev.typ === T.STWBegin ? ev.args[0]! : 0;
  const gs = o.goState(cur.g, 'range begin');
  const typ = rangeStart(ev.typ);
  if (findRange(gs.ranges, typ, desc) >= 0) throw broken('range begun twice');
  (gs.ranges ??= []).push({ typ, desc });
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function goRangeActive(o: O, ev: BaseEvent, gen: number, cur: Ctx): Ctx {
  const gs = o.goState(ev.args[0]!, 'GCMarkAssistActive');
  const typ = T.GCMarkAssistBegin!;
  const has = findRange(gs.ranges, typ) >= 0;
  if (gen === o.initialGen) {
    if (has) throw broken('mark assist active twice in the first generation');
    (gs.ranges ??= []).push({ typ, desc: 0 });
  } else if (!has) throw broken('GCMarkAssistActive for a goroutine not assisting');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function goRangeEnd(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  userGo(cur, 'range end');
  const gs = o.goState(cur.g, 'range end');
  const typ = rangeStart(ev.typ);
  const idx = findRange(gs.ranges, typ);
  if (idx < 0) throw broken('range end without its begin');
  const ranges = gs.ranges ?? [];
  const desc = ranges[idx]!.desc;
  ranges[idx] = ranges[ranges.length - 1]!;
  ranges.pop();
  o.emit(ev.typ, cur, ev.time, ev.typ === T.STWEnd ? [desc] : ev.args);
  return cur;
}

function taskBegin(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  const id = ev.args[0]!;
  const name = o.strings().get(ev.args[2]!);
  if (name === undefined && ev.args[2] !== 0) throw broken(`task ${id} names unknown string ${ev.args[2]}`);
  o.tasks.set(id, name ?? '');
  userGo(cur, 'UserTaskBegin');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function taskEnd(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  const id = ev.args[0]!;
  const name = o.tasks.get(id) ?? '';
  o.tasks.delete(id);
  userGo(cur, 'UserTaskEnd');
  o.emit(ev.typ, cur, ev.time, ev.args, undefined, name);
  return cur;
}

function region(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  userGo(cur, 'user region');
  o.goState(cur.g, 'user region');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

function allocFree(o: O, ev: BaseEvent, _gen: number, cur: Ctx): Ctx {
  need(cur, true, undefined, undefined, 'experimental event');
  o.emit(ev.typ, cur, ev.time, ev.args);
  return cur;
}

const experimental = ['Span', 'SpanAlloc', 'SpanFree', 'HeapObject', 'HeapObjectAlloc', 'HeapObjectFree'];

export const handlersTail: [string, Handler][] = [
  ['ProcsChange', annotation],
  ['GoLabel', annotation],
  ['UserLog', annotation],
  ['HeapAlloc', heapMetric],
  ['HeapGoal', heapMetric],
  ['GCActive', gcActive],
  ['GCBegin', gcBegin],
  ['GCEnd', gcEnd],
  ['GCSweepActive', sweepActive],
  ['GCSweepBegin', sweepBegin],
  ['GCSweepEnd', sweepEnd],
  ['STWBegin', goRangeBegin],
  ['STWEnd', goRangeEnd],
  ['GCMarkAssistActive', goRangeActive],
  ['GCMarkAssistBegin', goRangeBegin],
  ['GCMarkAssistEnd', goRangeEnd],
  ['UserTaskBegin', taskBegin],
  ['UserTaskEnd', taskEnd],
  ['UserRegionBegin', region],
  ['UserRegionEnd', region],
  ...[...experimental, 'GoroutineStack', 'GoroutineStackAlloc', 'GoroutineStackFree'].map((name): [string, Handler] => [
    name,
    allocFree,
  ]),
];
