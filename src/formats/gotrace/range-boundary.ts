// What the summary of a run of generations cannot decide by itself when the run does not start
// the file (the parallel reader, docs/formats-gotrace.md §3.8): intervals that end here but began
// earlier. Each set holds the ids whose state the earlier runs hold and this run replaced; each
// list holds, in event order, the ends that the earlier state must pair. Structured-clonable.

/** A goroutine or task id and the time of its event. */
export type IdTime = [id: number, time: number];

export class BoundaryLog {
  /** Goroutines whose first transition here was not a creation. */
  readonly goroutines = new Set<number>();
  /** Goroutine intervals closed here that began earlier. */
  readonly closes: [id: number, from: number, time: number][] = [];
  /** Goroutines with a stop-the-world begun or ended here; the ends of earlier ones. */
  readonly stw = new Set<number>();
  readonly stwEnds: IdTime[] = [];
  /** The same for mark assists. */
  readonly assist = new Set<number>();
  readonly assistEnds: IdTime[] = [];
  /** Task ids begun or ended here (summary counts); ends of earlier tasks. */
  readonly tasks = new Set<number>();
  readonly taskEnds: IdTime[] = [];
  /** The same for the annotation statistics, which pair tasks on their own. */
  readonly annotationTasks = new Set<number>();
  readonly annotationTaskEnds: IdTime[] = [];
  /** Region ends (goroutine, time) that found the goroutine's region stack empty here. */
  readonly regionEnds: IdTime[] = [];

  /** True the first time `id` is seen in `set` (and records it). */
  firstTouch(set: Set<number>, id: number): boolean {
    if (set.has(id)) return false;
    set.add(id);
    return true;
  }
}

/** A BoundaryLog after a trip through structured clone (methods gone). */
export type BoundaryData = Omit<BoundaryLog, 'firstTouch'>;
