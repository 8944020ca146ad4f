// Runtime cost classes: runtime frames fold into a few rows, named after Go's runtime/metrics
// CPU classes where one matches (`/cpu/classes/gc/mark/assist`, …; docs/report-schema.md). A
// CPU sample is classed by its stack: the profiler and GC work first (anywhere on the stack),
// then the outermost runtime entry point (allocation, locks, scheduling, system calls).

export type CostClassId =
  | 'gc-mark-assist'
  | 'gc-mark-background'
  | 'gc-pause'
  | 'gc-sweep'
  | 'scavenge'
  | 'allocation'
  | 'scheduling'
  | 'locks'
  | 'syscalls'
  | 'profiler'
  | 'pseudo-frames';

export interface CostClass {
  id: CostClassId;
  /** The runtime/metrics name when one matches, else our own. */
  metric: string;
  label: string;
  /** GC classes are explained by the GC and goroutine health findings. */
  gc: boolean;
}

export const costClasses: Record<CostClassId, CostClass> = {
  'gc-mark-assist': { id: 'gc-mark-assist', metric: '/cpu/classes/gc/mark/assist', label: 'GC mark assist', gc: true },
  'gc-mark-background': {
    id: 'gc-mark-background',
    metric: '/cpu/classes/gc/mark/dedicated',
    label: 'GC background mark',
    gc: true,
  },
  'gc-pause': { id: 'gc-pause', metric: '/cpu/classes/gc/pause', label: 'GC pauses', gc: true },
  'gc-sweep': { id: 'gc-sweep', metric: 'gc/sweep', label: 'GC sweep', gc: true },
  scavenge: { id: 'scavenge', metric: '/cpu/classes/scavenge/total', label: 'heap scavenger', gc: true },
  allocation: { id: 'allocation', metric: 'runtime/allocation', label: 'memory allocation', gc: false },
  scheduling: { id: 'scheduling', metric: 'runtime/scheduling', label: 'scheduling and preemption', gc: false },
  locks: { id: 'locks', metric: 'runtime/locks', label: 'locks and futex', gc: false },
  syscalls: { id: 'syscalls', metric: 'runtime/syscalls', label: 'system calls', gc: false },
  profiler: { id: 'profiler', metric: 'runtime/profiler', label: 'the profiler itself', gc: false },
  'pseudo-frames': { id: 'pseudo-frames', metric: 'runtime/pseudo-frames', label: 'profiler pseudo-frames', gc: false },
};

const anywhere: [RegExp, CostClassId][] = [
  [/^runtime\/pprof\.|^runtime\.(\(\*profBuf\)|sigprof|traceAdvance|traceReader)|^runtime\/trace\./, 'profiler'],
  [/^runtime\._(GC|System|ExternalCode|VDSO|LostExternalCode|LostSIGPROFDuringAtomic64)$/, 'pseudo-frames'],
  [/^runtime\._LostContendedRuntimeLock$/, 'locks'],
  [/^runtime\.(gcAssistAlloc|deductAssistCredit)/, 'gc-mark-assist'],
  [/^runtime\.gcBgMarkWorker/, 'gc-mark-background'],
  [/^runtime\.(stopTheWorld|startTheWorld|gcStart|gcMarkDone|gcMarkTermination|forEachP|gcStopTheWorld)/, 'gc-pause'],
  [/^runtime\.(bgsweep|sweepone|\(\*sweepLocked\)|\(\*mspan\)\.sweep)/, 'gc-sweep'],
  [/^runtime\.(bgscavenge|\(\*scavengerState\)|\(\*pageAlloc\)\.scavenge)/, 'scavenge'],
];

const entry: [RegExp, CostClassId][] = [
  [
    /^runtime\.(mallocgc|newobject|makeslice|makemap|growslice|makechan|newarray|rawstring|rawbyteslice|concatstring|slicebytetostring|mapassign|convT|mallocgcLarge|mallocgcSmall)/,
    'allocation',
  ],
  [
    /^(runtime\.(lock|unlock|lock2|unlock2|lockWithRank|unlockWithRank|futex|semacquire|semrelease|procyield|osyield)|sync\.\(\*(Mutex|RWMutex)\)\.(lockSlow|unlockSlow|rUnlockSlow)|sync\.runtime_Sem|internal\/sync\.)/,
    'locks',
  ],
  [
    /^runtime\.(schedule|findRunnable|mcall|park_m|gopark|goready|ready|asyncPreempt|newproc|gosched|morestack|newstack|goexit0|wakep|startm|stopm|notesleep|runqgrab|execute|chanrecv|chansend|selectgo)/,
    'scheduling',
  ],
  [
    /^(syscall\.|internal\/runtime\/syscall\.|runtime\/internal\/syscall\.|runtime\.(write1|read|usleep|nanosleep|madvise|mmap|sysMmap|entersyscall|exitsyscall))/,
    'syscalls',
  ],
];

/** The class of one CPU sample, from its frame names (leaf first); undefined when none applies. */
export function classOfStack(namesLeafFirst: readonly string[]): CostClassId | undefined {
  for (const [pattern, id] of anywhere) {
    for (const name of namesLeafFirst) if (pattern.test(name)) return id;
  }
  for (let i = namesLeafFirst.length - 1; i >= 0; i--) {
    const name = namesLeafFirst[i] as string;
    for (const [pattern, id] of entry) if (pattern.test(name)) return id;
  }
  return undefined;
}
