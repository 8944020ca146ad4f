// The user's own annotations in a Go execution trace (runtime/trace NewTask, WithRegion,
// StartRegion, Log): tasks and regions by type with durations, logs by category. Regions pair on
// a per-goroutine stack as Go's internal/trace order.go does (an end with an empty stack began
// before the trace); a task's duration needs its begin and end inside the trace. Checked against
// Go's parser by fixtures/_gen/gotracestat (fixtures/README.md).

import type { GoTraceAnnotations, GoTraceRegionStats, GoTraceTaskStats } from '../../model/go-trace-summary.js';
import { DurationSample } from './duration-sample.js';
import type { TraceEvent } from './events.js';
import type { BoundaryLog } from './range-boundary.js';
import { v2Type as T } from './spec-v2.js';

/** Distinct task types, region types and log categories kept; the rest are counted under `otherType`. */
export const maxAnnotationTypes = 1000;
export const otherType = '(other types)';

export interface TaskType {
  stats: GoTraceTaskStats;
  durations: DurationSample;
}

export interface RegionType {
  stats: GoTraceRegionStats;
  durations: DurationSample;
  perGoroutine: Map<number, number>;
}

export class AnnotationBuilder {
  // Read and merged by summary-stitch.ts when generations are read in parallel.
  readonly tasks = new Map<string, TaskType>();
  readonly regions = new Map<string, RegionType>();
  readonly logs = new Map<string, number>();
  readonly openTasks = new Map<number, { type: TaskType; t: number }>();
  readonly openRegions = new Map<number, { type: RegionType; t: number }[]>();

  /** `boundary`: see SummaryBuilder; ends of tasks and regions begun earlier are logged there. */
  constructor(private readonly boundary?: BoundaryLog) {}

  /** Takes any event; only the five user annotation events count. */
  event(ev: TraceEvent): void {
    if (ev.typ === T.UserTaskBegin) this.taskBegin(ev);
    else if (ev.typ === T.UserTaskEnd) this.taskEnd(ev);
    else if (ev.typ === T.UserRegionBegin) this.regionBegin(ev);
    else if (ev.typ === T.UserRegionEnd) this.regionEnd(ev);
    else if (ev.typ === T.UserLog) this.log(ev);
  }

  private taskBegin(ev: TraceEvent): void {
    const type = this.taskType(ev.strings.get(ev.args[2] ?? 0) ?? '');
    type.stats.count++;
    this.boundary?.annotationTasks.add(ev.args[0] ?? 0);
    this.openTasks.set(ev.args[0] ?? 0, { type, t: ev.time });
  }

  private taskEnd(ev: TraceEvent): void {
    const id = ev.args[0] ?? 0;
    const open = this.openTasks.get(id);
    if (!open) {
      const b = this.boundary; // else it began before the trace
      if (b?.firstTouch(b.annotationTasks, id)) b.annotationTaskEnds.push([id, ev.time]);
      return;
    }
    this.openTasks.delete(id);
    open.type.durations.add(ev.time - open.t);
  }

  private regionBegin(ev: TraceEvent): void {
    const type = this.regionType(ev.strings.get(ev.args[1] ?? 0) ?? '');
    type.stats.count++;
    type.perGoroutine.set(ev.g, (type.perGoroutine.get(ev.g) ?? 0) + 1);
    const stack = this.openRegions.get(ev.g);
    if (stack) stack.push({ type, t: ev.time });
    else this.openRegions.set(ev.g, [{ type, t: ev.time }]);
  }

  private regionEnd(ev: TraceEvent): void {
    const open = this.openRegions.get(ev.g)?.pop();
    if (open) open.type.durations.add(ev.time - open.t);
    else this.boundary?.regionEnds.push([ev.g, ev.time]); // else it began before the trace
  }

  private log(ev: TraceEvent): void {
    const category = this.bounded(this.logs, ev.strings.get(ev.args[1] ?? 0) ?? '');
    this.logs.set(category, (this.logs.get(category) ?? 0) + 1);
  }

  /** The type named `name` (or the catch-all type once there are too many), created if new. */
  taskType(name: string): TaskType {
    const key = this.bounded(this.tasks, name);
    let type = this.tasks.get(key);
    if (!type) {
      const durations = new DurationSample();
      type = { stats: { count: 0, neverEnded: 0, durations: durations.summary() }, durations };
      this.tasks.set(key, type);
    }
    return type;
  }

  regionType(name: string): RegionType {
    const key = this.bounded(this.regions, name);
    let type = this.regions.get(key);
    if (!type) {
      const durations = new DurationSample();
      const stats = { count: 0, unended: 0, goroutines: 0, maxPerGoroutine: 0, durations: durations.summary() };
      type = { stats, durations, perGoroutine: new Map() };
      this.regions.set(key, type);
    }
    return type;
  }

  /** The name itself while fewer than maxAnnotationTypes are known, else the catch-all type. */
  private bounded(known: ReadonlyMap<string, unknown>, name: string): string {
    return known.has(name) || known.size < maxAnnotationTypes - 1 ? name : otherType;
  }

  /** Final statistics once the stream has ended; keys sorted so summaries are stable. */
  finish(): GoTraceAnnotations {
    for (const open of this.openTasks.values()) open.type.stats.neverEnded++;
    for (const stack of this.openRegions.values()) for (const open of stack) open.type.stats.unended++;
    const out: GoTraceAnnotations = { tasks: {}, regions: {}, logs: {} };
    for (const [name, type] of sortedEntries(this.tasks)) {
      out.tasks[name] = { ...type.stats, durations: type.durations.summary() };
    }
    for (const [name, type] of sortedEntries(this.regions)) {
      let most = 0;
      for (const n of type.perGoroutine.values()) most = Math.max(most, n);
      const durations = type.durations.summary();
      out.regions[name] = { ...type.stats, goroutines: type.perGoroutine.size, maxPerGoroutine: most, durations };
    }
    for (const [name, count] of sortedEntries(this.logs)) out.logs[name] = count;
    return out;
  }
}

function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
