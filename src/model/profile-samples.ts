// A profile's samples in columns: every value in one Float64Array, every stack in one Int32Array
// with offsets, and each sample's labels as an index into a table of distinct label sets. A
// 475k-sample heap profile is then a handful of arrays instead of ~2 million small objects, which
// the garbage collector would otherwise walk again and again.

import type { Label, Sample } from './profile.js';

export interface SampleColumns {
  count: number;
  /** Values per sample: the profile's number of sample types. */
  width: number;
  /** Sample `s`'s value of sample type `t` is `values[s * width + t]`. */
  values: Float64Array;
  /** Sample `s`'s location indexes (leaf first) are `locations[stackStart[s] .. stackStart[s + 1])`. */
  stackStart: Int32Array;
  locations: Int32Array;
  /** Sample `s`'s labels are `labelSets[labelSet[s]]`; set 0 is the empty one. */
  labelSet: Int32Array;
  labelSets: Label[][];
}

/** Appends samples to growing columns; label sets are interned by their content. */
export class SampleColumnsBuilder {
  private count = 0;
  private values: Float64Array;
  private stackStart: Int32Array;
  private locations: Int32Array;
  private labelSet: Int32Array;
  private frames = 0;
  private readonly labelSets: Label[][] = [[]];
  private readonly labelSetIds = new Map<string, number>();

  /** `capacity` samples and `frameCapacity` locations fit before the columns grow. */
  constructor(
    readonly width: number,
    capacity = 64,
    frameCapacity = capacity * 8,
  ) {
    this.values = new Float64Array(Math.max(1, capacity * width));
    this.stackStart = new Int32Array(capacity + 1);
    this.locations = new Int32Array(Math.max(16, frameCapacity));
    this.labelSet = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** Starts a sample: then `frame` per location (leaf first), `value` per sample type, and `end`. */
  push(sample: Sample): void {
    for (let i = 0; i < sample.locations.length; i++) this.frame(sample.locations[i] as number);
    this.setValues(sample.values);
    this.end(sample.labels.length ? this.labelSetId(sample.labels) : 0);
  }

  frame(location: number): void {
    if (this.frames === this.locations.length) this.locations = grown(this.locations, this.frames * 2);
    this.locations[this.frames++] = location;
  }

  /** Sets the current sample's values (missing ones are 0). */
  setValues(values: ArrayLike<number>): void {
    this.reserveSample();
    const at = this.count * this.width;
    for (let t = 0; t < this.width; t++) this.values[at + t] = values[t] ?? 0;
  }

  /** Adds to the current sample's value of type `t`. */
  addValue(t: number, value: number): void {
    this.reserveSample();
    const at = this.count * this.width + t;
    this.values[at] = (this.values[at] as number) + value;
  }

  /** Ends the current sample with label set `labelSet` (0: none). */
  end(labelSet = 0): void {
    this.reserveSample();
    this.labelSet[this.count] = labelSet;
    this.count++;
    this.stackStart[this.count] = this.frames;
  }

  /** The id of a label set, interned. */
  labelSetId(labels: readonly Label[]): number {
    if (labels.length === 0) return 0;
    const key = JSON.stringify(labels.map((l) => [l.key, l.str, l.num, l.numUnit]));
    let id = this.labelSetIds.get(key);
    if (id === undefined) {
      id = this.labelSets.push(labels.slice()) - 1;
      this.labelSetIds.set(key, id);
    }
    return id;
  }

  build(): SampleColumns {
    return {
      count: this.count,
      width: this.width,
      values: trimmed(this.values, this.count * this.width),
      stackStart: trimmed(this.stackStart, this.count + 1),
      locations: trimmed(this.locations, this.frames),
      labelSet: trimmed(this.labelSet, this.count),
      labelSets: this.labelSets,
    };
  }

  /** Room for the current sample (index `count`) and the stack offset after it. */
  private reserveSample(): void {
    if (this.count < this.labelSet.length) return;
    const capacity = this.labelSet.length * 2;
    this.values = grown(this.values, capacity * this.width);
    this.stackStart = grown(this.stackStart, capacity + 1);
    this.labelSet = grown(this.labelSet, capacity);
  }
}

/** The first `length` entries: the array itself when that is all of it, else a copy (no slack kept). */
function trimmed<T extends Float64Array | Int32Array>(from: T, length: number): T {
  return from.length === length ? from : (from.slice(0, length) as T);
}

function grown<T extends Float64Array | Int32Array>(from: T, length: number): T {
  const into = new (from.constructor as new (n: number) => T)(length);
  into.set(from);
  return into;
}

export function sampleColumnsOf(samples: readonly Sample[], width: number): SampleColumns {
  const builder = new SampleColumnsBuilder(width, samples.length);
  for (const sample of samples) builder.push(sample);
  return builder.build();
}

/** Sample `s` as an object (copies; for tests and rare readers, not for loops over every sample). */
export function sampleAt(
  columns: SampleColumns,
  s: number,
): { locations: number[]; values: number[]; labels: Label[] } {
  const start = columns.stackStart[s] as number;
  const end = columns.stackStart[s + 1] as number;
  const at = s * columns.width;
  return {
    locations: Array.from(columns.locations.subarray(start, end)),
    values: Array.from(columns.values.subarray(at, at + columns.width)),
    labels: columns.labelSets[columns.labelSet[s] as number] ?? [],
  };
}

/** The samples whose `keep` is true, in order; the same object when all are kept. */
export function filterSamples(columns: SampleColumns, keep: (s: number) => boolean): SampleColumns {
  const builder = new SampleColumnsBuilder(columns.width, columns.count);
  let kept = 0;
  for (let s = 0; s < columns.count; s++) {
    if (!keep(s)) continue;
    kept++;
    for (let i = columns.stackStart[s] as number; i < (columns.stackStart[s + 1] as number); i++)
      builder.frame(columns.locations[i] as number);
    builder.setValues(columns.values.subarray(s * columns.width, (s + 1) * columns.width));
    builder.end(columns.labelSet[s]);
  }
  if (kept === columns.count) return columns;
  const built = builder.build();
  return { ...built, labelSets: columns.labelSets };
}

/**
 * Cuts every stack deeper than `maxDepth` at the root end (stacks are leaf first), in place:
 * how many were cut and the deepest one's depth before the cut.
 */
export function cutStacks(columns: SampleColumns, maxDepth: number): { cut: number; deepest: number } {
  let cut = 0;
  let deepest = 0;
  let to = 0;
  let from = 0;
  const { stackStart, locations } = columns;
  for (let s = 0; s < columns.count; s++) {
    const end = stackStart[s + 1] as number;
    const depth = end - from;
    const kept = Math.min(depth, Math.max(0, maxDepth));
    if (kept < depth) {
      cut++;
      deepest = Math.max(deepest, depth);
    }
    if (to !== from) locations.copyWithin(to, from, from + kept);
    stackStart[s] = to;
    to += kept;
    from = end;
  }
  stackStart[columns.count] = to;
  if (to < locations.length) columns.locations = locations.slice(0, to);
  return { cut, deepest };
}
