// The legacy (headers 1.11–1.21) event table as data: arguments after the timestamp, whether
// the last value is a stack id, and the first header version that has the event. Records are
// self-delimiting (2-bit argument count or a length prefix); the table gives their meaning.
// Spec: /usr/lib/go-1.26/src/internal/trace/internal/tracev1/parser.go; docs/formats-gotrace.md §2.3–2.4.

export interface LegacyEventSpec {
  type: number;
  name: string;
  args: readonly string[];
  stack: boolean;
  since: number;
}

export const legacyEvents: readonly LegacyEventSpec[] = [
  { type: 1, name: 'Batch', args: ['p', 'ticks'], stack: false, since: 5 }, // no timestamp delta
  { type: 2, name: 'Frequency', args: ['freq'], stack: false, since: 5 }, // no timestamp delta
  { type: 3, name: 'Stack', args: ['id', 'siz'], stack: false, since: 5 }, // then siz × {pc, func, file, line}
  { type: 4, name: 'Gomaxprocs', args: ['procs'], stack: true, since: 5 },
  { type: 5, name: 'ProcStart', args: ['thread'], stack: false, since: 5 },
  { type: 6, name: 'ProcStop', args: [], stack: false, since: 5 },
  { type: 7, name: 'GCStart', args: ['seq'], stack: true, since: 5 },
  { type: 8, name: 'GCDone', args: [], stack: false, since: 5 },
  { type: 9, name: 'STWStart', args: ['kindid'], stack: false, since: 5 },
  { type: 10, name: 'STWDone', args: [], stack: false, since: 5 },
  { type: 11, name: 'GCSweepStart', args: [], stack: true, since: 5 },
  { type: 12, name: 'GCSweepDone', args: ['swept', 'reclaimed'], stack: false, since: 5 },
  { type: 13, name: 'GoCreate', args: ['g', 'stack'], stack: true, since: 5 },
  { type: 14, name: 'GoStart', args: ['g', 'seq'], stack: false, since: 5 },
  { type: 15, name: 'GoEnd', args: [], stack: false, since: 5 },
  { type: 16, name: 'GoStop', args: [], stack: true, since: 5 }, // blocked forever
  { type: 17, name: 'GoSched', args: [], stack: true, since: 5 },
  { type: 18, name: 'GoPreempt', args: [], stack: true, since: 5 },
  { type: 19, name: 'GoSleep', args: [], stack: true, since: 5 },
  { type: 20, name: 'GoBlock', args: [], stack: true, since: 5 },
  { type: 21, name: 'GoUnblock', args: ['g', 'seq'], stack: true, since: 5 },
  { type: 22, name: 'GoBlockSend', args: [], stack: true, since: 5 },
  { type: 23, name: 'GoBlockRecv', args: [], stack: true, since: 5 },
  { type: 24, name: 'GoBlockSelect', args: [], stack: true, since: 5 },
  { type: 25, name: 'GoBlockSync', args: [], stack: true, since: 5 },
  { type: 26, name: 'GoBlockCond', args: [], stack: true, since: 5 },
  { type: 27, name: 'GoBlockNet', args: [], stack: true, since: 5 },
  { type: 28, name: 'GoSysCall', args: [], stack: true, since: 5 },
  { type: 29, name: 'GoSysExit', args: ['g', 'seq', 'ts'], stack: false, since: 5 }, // ts: real exit time
  { type: 30, name: 'GoSysBlock', args: [], stack: false, since: 5 },
  { type: 31, name: 'GoWaiting', args: ['g'], stack: false, since: 5 }, // blocked at trace start
  { type: 32, name: 'GoInSyscall', args: ['g'], stack: false, since: 5 }, // in a syscall at trace start
  { type: 33, name: 'HeapAlloc', args: ['mem'], stack: false, since: 5 },
  { type: 34, name: 'HeapGoal', args: ['mem'], stack: false, since: 5 },
  { type: 35, name: 'TimerGoroutine', args: ['g'], stack: false, since: 5 }, // no timestamp delta
  { type: 36, name: 'FutileWakeup', args: [], stack: false, since: 5 },
  { type: 37, name: 'String', args: [], stack: false, since: 7 }, // id, len, bytes
  { type: 38, name: 'GoStartLocal', args: ['g'], stack: false, since: 7 },
  { type: 39, name: 'GoUnblockLocal', args: ['g'], stack: true, since: 7 },
  { type: 40, name: 'GoSysExitLocal', args: ['g', 'ts'], stack: false, since: 7 },
  { type: 41, name: 'GoStartLabel', args: ['g', 'seq', 'labelid'], stack: false, since: 8 },
  { type: 42, name: 'GoBlockGC', args: [], stack: true, since: 8 },
  { type: 43, name: 'GCMarkAssistStart', args: [], stack: true, since: 9 },
  { type: 44, name: 'GCMarkAssistDone', args: [], stack: false, since: 9 },
  { type: 45, name: 'UserTaskCreate', args: ['taskid', 'pid', 'typeid'], stack: true, since: 11 },
  { type: 46, name: 'UserTaskEnd', args: ['taskid'], stack: true, since: 11 },
  { type: 47, name: 'UserRegion', args: ['taskid', 'mode', 'typeid'], stack: true, since: 11 },
  { type: 48, name: 'UserLog', args: ['id', 'keyid'], stack: true, since: 11 }, // then a value string
  { type: 49, name: 'CPUSample', args: ['ts', 'p', 'g'], stack: true, since: 19 },
];

export const L = Object.fromEntries(legacyEvents.map((s) => [s.name, s.type])) as Record<string, number>;

const byType: (LegacyEventSpec | undefined)[] = [];
for (const spec of legacyEvents) byType[spec.type] = spec;

export function legacySpec(type: number): LegacyEventSpec | undefined {
  return byType[type];
}

/** Values a record of this type must carry, as Go's `argNum` counts them. */
export function legacyArgNum(spec: LegacyEventSpec): number {
  const n = spec.args.length + (spec.stack ? 1 : 0);
  return spec.type === L.Batch || spec.type === L.Frequency || spec.type === L.TimerGoroutine ? n : n + 1;
}

/** Per type for one header version: values a record carries (-1: not an event there) and stack flags. */
export function legacyTables(minor: number): { argNum: Int8Array; hasStack: Uint8Array } {
  const argNum = new Int8Array(64).fill(-1);
  const hasStack = new Uint8Array(64);
  for (const spec of legacyEvents) {
    if (spec.since > minor) continue;
    argNum[spec.type] = legacyArgNum(spec);
    hasStack[spec.type] = spec.stack ? 1 : 0;
  }
  return { argNum, hasStack };
}
