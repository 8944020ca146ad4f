// The annotation statistics of a run of generations read on its own thread, as plain data, and
// their merge into the statistics of the runs before it: equal to one AnnotationBuilder fed every
// event (docs/formats-gotrace.md §3.8). Tasks and regions begun earlier and ended in the run are
// paired here from the run's BoundaryLog.

import { maxAnnotationTypes, type AnnotationBuilder, type RegionType, type TaskType } from './annotations.js';
import type { DurationData } from './duration-sample.js';
import type { BoundaryData } from './range-boundary.js';

export interface AnnotationsData {
  tasks: [name: string, count: number, durations: DurationData][];
  regions: [name: string, count: number, durations: DurationData, perGoroutine: Map<number, number>][];
  logs: Map<string, number>;
  openTasks: [id: number, name: string, t: number][];
  openRegions: [g: number, stack: [name: string, t: number][]][];
}

/** Thrown when the runs cannot be merged exactly: the caller reads the file in one thread instead. */
export class NotStitchable extends Error {}

export function exportAnnotations(a: AnnotationBuilder): AnnotationsData {
  const taskNames = new Map<TaskType, string>();
  const regionNames = new Map<RegionType, string>();
  const tasks: AnnotationsData['tasks'] = [];
  for (const [name, type] of a.tasks) {
    taskNames.set(type, name);
    tasks.push([name, type.stats.count, type.durations]);
  }
  const regions: AnnotationsData['regions'] = [];
  for (const [name, type] of a.regions) {
    regionNames.set(type, name);
    regions.push([name, type.stats.count, type.durations, type.perGoroutine]);
  }
  const openTasks: AnnotationsData['openTasks'] = [];
  for (const [id, open] of a.openTasks) openTasks.push([id, taskNames.get(open.type) ?? '', open.t]);
  const openRegions: AnnotationsData['openRegions'] = [];
  for (const [g, stack] of a.openRegions) {
    if (stack.length > 0)
      openRegions.push([g, stack.map((o): [string, number] => [regionNames.get(o.type) ?? '', o.t])]);
  }
  return { tasks, regions, logs: a.logs, openTasks, openRegions };
}

/** Merges a later run `x` (with its boundary log, when it does not start the file) into `into`. */
export function absorbAnnotations(into: AnnotationBuilder, x: AnnotationsData, boundary?: BoundaryData): void {
  checkTypeCount(into.tasks, x.tasks);
  checkTypeCount(into.regions, x.regions);
  checkTypeCount(
    into.logs,
    [...x.logs.keys()].map((name) => [name]),
  );
  if (boundary) pairEarlier(into, boundary);
  for (const [name, count, durations] of x.tasks) {
    const type = into.taskType(name);
    type.stats.count += count;
    type.durations.merge(durations);
  }
  for (const [name, count, durations, perGoroutine] of x.regions) {
    const type = into.regionType(name);
    type.stats.count += count;
    type.durations.merge(durations);
    for (const [g, n] of perGoroutine) type.perGoroutine.set(g, (type.perGoroutine.get(g) ?? 0) + n);
  }
  for (const [name, n] of x.logs) into.logs.set(name, (into.logs.get(name) ?? 0) + n);
  for (const [id, name, t] of x.openTasks) into.openTasks.set(id, { type: into.taskType(name), t });
  for (const [g, stack] of x.openRegions) {
    let open = into.openRegions.get(g);
    if (!open) into.openRegions.set(g, (open = []));
    for (const [name, t] of stack) open.push({ type: into.regionType(name), t });
  }
}

/** Ends in the later run of tasks and regions that the earlier runs left open. */
function pairEarlier(into: AnnotationBuilder, boundary: BoundaryData): void {
  for (const [id, time] of boundary.annotationTaskEnds) {
    const open = into.openTasks.get(id);
    if (!open) continue;
    into.openTasks.delete(id);
    open.type.durations.add(time - open.t);
  }
  for (const id of boundary.annotationTasks) into.openTasks.delete(id); // begun again or ended there
  for (const [g, time] of boundary.regionEnds) {
    const open = into.openRegions.get(g)?.pop();
    if (open) open.type.durations.add(time - open.t);
  }
}

/** Past the type cap, which names fall into the catch-all depends on the order: not merged. */
function checkTypeCount(known: ReadonlyMap<string, unknown>, names: readonly [string, ...unknown[]][]): void {
  let count = known.size;
  for (const [name] of names) if (!known.has(name)) count++;
  if (count > maxAnnotationTypes - 1) throw new NotStitchable('annotation types reach the cap');
}
