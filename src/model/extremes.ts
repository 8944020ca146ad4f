// Largest and smallest of many numbers with a loop: `Math.max(...xs)` passes every value as an
// argument and throws a RangeError beyond ~130k of them (docs/reliability.md, "spread").

/** The largest value (NaN when one is NaN, as Math.max), or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let first = true;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (first || v > max) max = v;
    first = false;
  }
  return max;
}

/** The smallest value (NaN when one is NaN, as Math.min), or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  let first = true;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (first || v < min) min = v;
    first = false;
  }
  return min;
}

/** Appends every item of `items` to `target` (instead of `target.push(...items)`). */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
