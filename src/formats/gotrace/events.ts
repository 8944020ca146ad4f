// The event shape the readers hand to the summarizer: one mutable object per emitted event,
// in Go's reader order, with Go's execution context (goroutine, proc, thread). Goroutine states
// use the numbering of Go's `trace.GoState`. Legacy traces are converted to this shape too.

export const GoState = {
  undetermined: 0,
  notExist: 1,
  runnable: 2,
  running: 3,
  waiting: 4,
  syscall: 5,
} as const;

/** Wire goroutine status (v2 `gstatus`) → GoState. */
export const wireGoStatus: readonly number[] = [
  -1,
  GoState.runnable,
  GoState.running,
  GoState.syscall,
  GoState.waiting,
];

export interface TraceEvent {
  /** v2 wire event type (legacy events are mapped onto v2 types); 0 for Sync. */
  typ: number;
  time: number;
  g: number;
  p: number;
  m: number;
  args: number[];
  /** For GoStatus: the goroutine's state before (undetermined in the first generation). */
  fromState: number;
  /** String table of the event's generation. */
  strings: ReadonlyMap<number, string>;
  /** Name of a task ended by UserTaskEnd, carried across generations. */
  taskName: string;
}

/** The one event object a reader fills in and hands to its sink for every event. */
export function reusableEvent(strings: ReadonlyMap<number, string>): TraceEvent {
  return { typ: 0, time: 0, g: -1, p: -1, m: -1, args: [], fromState: 0, strings, taskName: '' };
}

export interface EventSink {
  event(ev: TraceEvent): void;
  /** A CPU sample: its stack as frames, innermost first. */
  cpuSample(time: number, stack: readonly ResolvedFrame[]): void;
}

export interface ResolvedFrame {
  func: string;
  file: string;
  line: number;
  pc: number;
}

export const syncType = 0;
