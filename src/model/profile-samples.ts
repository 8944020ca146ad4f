// A profile's samples in columns: every value in one Float64Array, every stack in one Int32Array
// with offsets, and each sample's labels as an index into a table of distinct label sets. A
// 475k-sample heap profile is then a handful of arrays instead of ~2 million small objects, which
// the garbage collector would otherwise walk again and again (docs/formats.md, pprof).

import type { Label, Sample } from './profile.js';

/** Up to this many locations, stacks take 16 bits a location. */
export const maxNarrowLocations = 0x10000;

export interface SampleColumns {
  count: number;
  /** Values per sample: the profile's number of sample types. */
  width: number;
  /** Sample `s`'s value of sample type `t` is `values[s * width + t]`. */
  values: Float64Array;
  /**
   * Sample `s`'s location indexes (leaf first) are `locations[stackStart[s] .. stackEnd[s])`.
   * Start and end are separate so a subset of the samples can share `locations` (filterSamples).
   */
  stackStart: Int32Array;
  stackEnd: Int32Array;
  /** 16 bits a location when the profile has fewer than 65,536 locations (Go's do): half the memory. */
  locations: Int32Array | Uint16Array;
  /** Sample `s`'s labels are `labelSets[labelSet[s]]`; set 0 is the empty one. */
  labelSet: Int32Array;
  labelSets: Label[][];
}

/** Appends samples to growing columns; label sets are interned by their content. */
export class SampleColumnsBuilder {
  private count = 0;
  private values: Float64Array;
  /** Offsets of every sample's stack and of the end of the last one (`count + 1` entries). */
  private offsets: Int32Array;
  private locations: Int32Array | Uint16Array;
  private labelSet: Int32Array;
  private frames = 0;
  private readonly labelSets: Label[][] = [[]];
  private readonly labelSetIds = new Map<string, number>();

  /**
   * `capacity` samples and `frameCapacity` locations fit before the columns grow; `narrow`: every
   * location index is below 65,536, so stacks take 16 bits from the start.
   */
  constructor(
    readonly width: number,
    capacity = 64,
    frameCapacity = capacity * 8,
    narrow = false,
  ) {
    this.values = new Float64Array(Math.max(1, capacity * width));
    this.offsets = new Int32Array(Math.max(1, capacity) + 1);
    const frames = Math.max(16, frameCapacity);
    this.locations = narrow ? new Uint16Array(frames) : new Int32Array(frames);
    this.labelSet = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  push(sample: Sample): void {
    for (let i = 0; i < sample.locations.length; i++) this.frame(sample.locations[i] as number);
    this.setValues(sample.values);
    this.end(sample.labels.length ? this.labelSetId(sample.labels) : 0);
  }

  /** Appends a location (leaf first) to the current sample. */
  frame(location: number): void {
    if (this.frames === this.locations.length) this.reserveFrames(1);
    this.locations[this.frames++] = location;
  }

  /**
   * Room for `n` more locations of the current sample: the array to write them into from
   * `frameCount`, then `setFrameCount`. For readers that write a packed field in place.
   */
  reserveFrames(n: number): Int32Array | Uint16Array {
    if (this.frames + n > this.locations.length)
      this.locations = grown(this.locations, Math.max(this.locations.length * 2, this.frames + n));
    return this.locations;
  }

  get frameCount(): number {
    return this.frames;
  }

  setFrameCount(frames: number): void {
    this.frames = frames;
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
    this.offsets[this.count] = this.frames;
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

  /** `locationCount`: how many locations the profile has (the 16-bit form is used below 65,536). */
  build(locationCount = Infinity): SampleColumns {
    const offsets = trimmed(this.offsets, this.count + 1);
    return {
      count: this.count,
      width: this.width,
      values: trimmed(this.values, this.count * this.width),
      // One array for both: sample s ends where sample s + 1 starts.
      stackStart: offsets.subarray(0, this.count),
      stackEnd: offsets.subarray(1, this.count + 1),
      locations:
        locationCount <= maxNarrowLocations && this.locations instanceof Int32Array
          ? new Uint16Array(this.locations.subarray(0, this.frames))
          : trimmed(this.locations, this.frames),
      labelSet: trimmed(this.labelSet, this.count),
      labelSets: this.labelSets,
    };
  }

  /** Room for the current sample (index `count`) and the stack offset after it. */
  private reserveSample(): void {
    if (this.count < this.labelSet.length) return;
    const capacity = this.labelSet.length * 2;
    this.values = grown(this.values, capacity * this.width);
    this.offsets = grown(this.offsets, capacity + 1);
    this.labelSet = grown(this.labelSet, capacity);
  }
}

/** The first `length` entries: a view when little would be wasted, else a copy without the slack. */
function trimmed<T extends Float64Array | Int32Array | Uint16Array>(from: T, length: number): T {
  if (from.length - length <= from.length >>> 3) return from.subarray(0, length) as T;
  return from.slice(0, length) as T;
}

function grown<T extends Float64Array | Int32Array | Uint16Array>(from: T, length: number): T {
  const into = (
    from instanceof Float64Array
      ? new Float64Array(length)
      : from instanceof Uint16Array
        ? new Uint16Array(length)
        : new Int32Array(length)
  ) as T;
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
  const at = s * columns.width;
  return {
    locations: Array.from(columns.locations.subarray(columns.stackStart[s], columns.stackEnd[s])),
    values: Array.from(columns.values.subarray(at, at + columns.width)),
    labels: columns.labelSets[columns.labelSet[s] as number] ?? [],
  };
}

/** The samples whose `keep` is true, in order, sharing the stacks' array; the same object when all are kept. */
export function filterSamples(columns: SampleColumns, keep: (s: number) => boolean): SampleColumns {
  const kept = new Uint8Array(columns.count);
  let count = 0;
  for (let s = 0; s < columns.count; s++) if (keep(s)) count += kept[s] = 1;
  if (count === columns.count) return columns;
  const { width } = columns;
  const out: SampleColumns = {
    ...columns,
    count,
    values: new Float64Array(count * width),
    stackStart: new Int32Array(count),
    stackEnd: new Int32Array(count),
    labelSet: new Int32Array(count),
  };
  let to = 0;
  for (let s = 0; s < columns.count; s++) {
    if (kept[s] === 0) continue;
    out.stackStart[to] = columns.stackStart[s] as number;
    out.stackEnd[to] = columns.stackEnd[s] as number;
    out.labelSet[to] = columns.labelSet[s] as number;
    out.values.set(columns.values.subarray(s * width, (s + 1) * width), to * width);
    to++;
  }
  return out;
}

/**
 * Cuts every stack deeper than `maxDepth` at the root end (stacks are leaf first), in place:
 * how many were cut and the deepest one's depth before the cut.
 */
export function cutStacks(columns: SampleColumns, maxDepth: number): { cut: number; deepest: number } {
  let cut = 0;
  let deepest = 0;
  const limit = Math.max(0, maxDepth);
  for (let s = 0; s < columns.count; s++) {
    const depth = (columns.stackEnd[s] as number) - (columns.stackStart[s] as number);
    if (depth <= limit) continue;
    // The builder's stackEnd shares its array with stackStart: the first cut gets its own copy.
    if (cut === 0) columns.stackEnd = columns.stackEnd.slice();
    cut++;
    deepest = Math.max(deepest, depth);
    columns.stackEnd[s] = (columns.stackStart[s] as number) + limit;
  }
  return { cut, deepest };
}
