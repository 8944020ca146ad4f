// The state the v2 reader carries from one generation to the next, written out canonically so two
// readers can be compared at a generation boundary: the sequential reader's state after generation
// n-1 against that of a reader that started fresh at n-1 (the parallel reader's warm-up). Equal
// states order every later generation identically (docs/formats-gotrace.md §3.8). Task names are
// left out: they only label UserTaskEnd events, which the summary pairs by task id itself.

import type { V2Reader } from './reader-v2.js';

export function orderSnapshot(reader: V2Reader): string {
  const o = reader.orderState;
  const goroutines: [number, number, number, number, number[]][] = [];
  o.gStates.forEach((s, id) => {
    const ranges: number[] = [];
    for (const r of s.ranges ?? []) ranges.push(r.typ, r.desc);
    goroutines.push([id, s.status, s.gen, s.n, ranges]);
  });
  goroutines.sort((a, b) => a[0] - b[0]);
  const procs = [...o.pStates].sort(([a], [b]) => a - b);
  const threads = [...o.mStates].sort(([a], [b]) => a - b);
  return JSON.stringify({
    lastTs: reader.lastTime,
    gc: [o.gcSeq, o.gcState],
    goroutines,
    procs: procs.map(([id, s]) => [id, s.status, s.gen, s.n, s.sweeping]),
    threads: threads.map(([id, s]) => [id, s.g, s.p]),
  });
}
