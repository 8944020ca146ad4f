// A generated v2 trace that keeps Go's reader stuck on every event: `threads` threads each run a
// goroutine on its own proc and hold `rounds` GC events whose global sequence numbers run against
// their timestamps (within a round, the thread with the earliest event holds the last number). The
// frontier's head can never go first, so a reader that rescans every thread per event does
// threads² work per round. Text form: test/gotrace-text-trace.ts.

import { parseTextTrace } from './gotrace-text-trace.js';

export function stuckTraceText(threads: number, rounds: number): string {
  const lines = ['-- expect --', 'SUCCESS', '-- trace --', 'Trace Go1.22'];
  lines.push('EventBatch gen=1 m=18446744073709551615 time=1', 'Frequency freq=1000000000');
  lines.push('EventBatch gen=1 m=0 time=1', 'ProcStatus dt=0 p=0 pstatus=1', 'GoStatus dt=1 g=1 m=0 gstatus=2');
  lines.push('GCBegin dt=1 gc_seq=1 stack=0');
  for (let i = 1; i <= threads; i++) {
    const g = i + 1;
    const start = 10; // every thread's status events come before the first round
    lines.push(`EventBatch gen=1 m=${i} time=${start}`);
    lines.push(`ProcStatus dt=0 p=${i} pstatus=1`, `GoStatus dt=1 g=${g} m=${i} gstatus=2`);
    let last = start + 1;
    for (let r = 0; r < rounds; r++) {
      const time = 100 + r * 10 * threads + (threads - i); // later threads run earlier in the round
      const seq = 2 + r * threads + (i - 1); // ... but hold the later sequence numbers
      lines.push(
        `${seq % 2 === 1 ? 'GCBegin' : 'GCEnd'} dt=${time - last} gc_seq=${seq}${seq % 2 === 1 ? ' stack=0' : ''}`,
      );
      last = time;
    }
  }
  return `${lines.join('\n')}\n`;
}

export function stuckTraceBytes(threads: number, rounds: number): Uint8Array {
  return parseTextTrace(stuckTraceText(threads, rounds), `stuck-${threads}x${rounds}`).bytes;
}
