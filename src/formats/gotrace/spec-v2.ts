// The v2 (Go 1.22+) event table as data: one row per wire event type with its arguments in wire
// order after the timestamp delta. Arguments named `*string` are string-table ids, `stack` and
// `new_stack` stack-table ids. Spec: /usr/lib/go-1.26/src/internal/trace/tracev2/events.go;
// docs/formats-gotrace.md §3.4.

export interface V2EventSpec {
  type: number;
  name: string;
  /** Arguments after `dt`, in wire order. */
  args: readonly string[];
  /** First header minor version that has it. */
  since: number;
  /** The kind Go's reader gives it (`Event.Kind()`), for event counts. */
  kind: string;
}

const st = 'StateTransition';

/** Timed events (those that appear inside ordinary event batches). */
export const v2Events: readonly V2EventSpec[] = [
  { type: 9, name: 'ProcsChange', args: ['procs', 'stack'], since: 22, kind: 'Metric' }, // GOMAXPROCS
  { type: 10, name: 'ProcStart', args: ['p', 'p_seq'], since: 22, kind: st },
  { type: 11, name: 'ProcStop', args: [], since: 22, kind: st },
  { type: 12, name: 'ProcSteal', args: ['p', 'p_seq', 'm'], since: 22, kind: st },
  { type: 13, name: 'ProcStatus', args: ['p', 'pstatus'], since: 22, kind: st },
  { type: 14, name: 'GoCreate', args: ['new_g', 'new_stack', 'stack'], since: 22, kind: st },
  { type: 15, name: 'GoCreateSyscall', args: ['new_g'], since: 22, kind: st }, // cgo callback
  { type: 16, name: 'GoStart', args: ['g', 'g_seq'], since: 22, kind: st },
  { type: 17, name: 'GoDestroy', args: [], since: 22, kind: st },
  { type: 18, name: 'GoDestroySyscall', args: [], since: 22, kind: st },
  { type: 19, name: 'GoStop', args: ['reason_string', 'stack'], since: 22, kind: st }, // yields, stays runnable
  { type: 20, name: 'GoBlock', args: ['reason_string', 'stack'], since: 22, kind: st },
  { type: 21, name: 'GoUnblock', args: ['g', 'g_seq', 'stack'], since: 22, kind: st },
  { type: 22, name: 'GoSyscallBegin', args: ['p_seq', 'stack'], since: 22, kind: st },
  { type: 23, name: 'GoSyscallEnd', args: [], since: 22, kind: st },
  { type: 24, name: 'GoSyscallEndBlocked', args: [], since: 22, kind: st },
  { type: 25, name: 'GoStatus', args: ['g', 'm', 'gstatus'], since: 22, kind: st }, // state at generation start
  { type: 26, name: 'STWBegin', args: ['kind_string', 'stack'], since: 22, kind: 'RangeBegin' },
  { type: 27, name: 'STWEnd', args: [], since: 22, kind: 'RangeEnd' },
  { type: 28, name: 'GCActive', args: ['gc_seq'], since: 22, kind: 'RangeActive' },
  { type: 29, name: 'GCBegin', args: ['gc_seq', 'stack'], since: 22, kind: 'RangeBegin' },
  { type: 30, name: 'GCEnd', args: ['gc_seq'], since: 22, kind: 'RangeEnd' },
  { type: 31, name: 'GCSweepActive', args: ['p'], since: 22, kind: 'RangeActive' },
  { type: 32, name: 'GCSweepBegin', args: ['stack'], since: 22, kind: 'RangeBegin' },
  { type: 33, name: 'GCSweepEnd', args: ['swept_value', 'reclaimed_value'], since: 22, kind: 'RangeEnd' },
  { type: 34, name: 'GCMarkAssistActive', args: ['g'], since: 22, kind: 'RangeActive' },
  { type: 35, name: 'GCMarkAssistBegin', args: ['stack'], since: 22, kind: 'RangeBegin' },
  { type: 36, name: 'GCMarkAssistEnd', args: [], since: 22, kind: 'RangeEnd' },
  { type: 37, name: 'HeapAlloc', args: ['heapalloc_value'], since: 22, kind: 'Metric' },
  { type: 38, name: 'HeapGoal', args: ['heapgoal_value'], since: 22, kind: 'Metric' },
  { type: 39, name: 'GoLabel', args: ['label_string'], since: 22, kind: 'Label' },
  {
    type: 40,
    name: 'UserTaskBegin',
    args: ['task', 'parent_task', 'name_string', 'stack'],
    since: 22,
    kind: 'TaskBegin',
  },
  { type: 41, name: 'UserTaskEnd', args: ['task', 'stack'], since: 22, kind: 'TaskEnd' },
  { type: 42, name: 'UserRegionBegin', args: ['task', 'name_string', 'stack'], since: 22, kind: 'RegionBegin' },
  { type: 43, name: 'UserRegionEnd', args: ['task', 'name_string', 'stack'], since: 22, kind: 'RegionEnd' },
  { type: 44, name: 'UserLog', args: ['task', 'key_string', 'value_string', 'stack'], since: 22, kind: 'Log' },
  { type: 45, name: 'GoSwitch', args: ['g', 'g_seq'], since: 23, kind: st }, // coroutine switch
  { type: 46, name: 'GoSwitchDestroy', args: ['g', 'g_seq'], since: 23, kind: st },
  { type: 47, name: 'GoCreateBlocked', args: ['new_g', 'new_stack', 'stack'], since: 23, kind: st },
  { type: 48, name: 'GoStatusStack', args: ['g', 'm', 'gstatus', 'stack'], since: 23, kind: st },
  { type: 128, name: 'Span', args: ['id', 'npages_value', 'kindclass'], since: 23, kind: 'Experimental' }, // AllocFree
  { type: 129, name: 'SpanAlloc', args: ['id', 'npages_value', 'kindclass'], since: 23, kind: 'Experimental' },
  { type: 130, name: 'SpanFree', args: ['id'], since: 23, kind: 'Experimental' },
  { type: 131, name: 'HeapObject', args: ['id', 'type'], since: 23, kind: 'Experimental' },
  { type: 132, name: 'HeapObjectAlloc', args: ['id', 'type'], since: 23, kind: 'Experimental' },
  { type: 133, name: 'HeapObjectFree', args: ['id'], since: 23, kind: 'Experimental' },
  { type: 134, name: 'GoroutineStack', args: ['id', 'order'], since: 23, kind: 'Experimental' },
  { type: 135, name: 'GoroutineStackAlloc', args: ['id', 'order'], since: 23, kind: 'Experimental' },
  { type: 136, name: 'GoroutineStackFree', args: ['id'], since: 23, kind: 'Experimental' },
];

/** Structural bytes: batch headers and the first byte of structural batches. */
export const v2Structural = {
  eventBatch: 1,
  stacks: 2,
  stack: 3,
  strings: 4,
  string: 5,
  cpuSamples: 6,
  cpuSample: 7,
  frequency: 8,
  experimentalBatch: 49,
  sync: 50,
  clockSnapshot: 51,
  endOfGeneration: 52,
} as const;

export const maxBatchSize = 64 << 10;
export const maxStringSize = 1 << 10;
export const maxFramesPerStack = 128;

/** Argument count per type for one header version (undefined: not a timed event there). */
export function argCounts(minor: number): Int8Array {
  const counts = new Int8Array(256).fill(-1);
  for (const spec of v2Events) if (spec.since <= minor) counts[spec.type] = spec.args.length;
  return counts;
}

/** The reader's kind for each type, indexed by type. */
export const v2Kinds: readonly string[] = (() => {
  const kinds: string[] = new Array<string>(256).fill('');
  for (const spec of v2Events) kinds[spec.type] = spec.kind;
  return kinds;
})();

export const v2Type = Object.fromEntries(v2Events.map((s) => [s.name, s.type])) as Record<string, number>;
