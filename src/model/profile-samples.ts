// A profile's samples in columns: every value in one typed array, every stack one node of a
// tree of locations (profile-stacks.ts), and each sample's labels as an index into a table of
// distinct label sets. A 475k-sample heap profile is then a handful of arrays instead of ~2
// million small objects, which the garbage collector would otherwise walk again and again
// (docs/formats.md, pprof).

import type { Label, Sample } from './profile.js';
import { nodeDepths, readStack, StackNodeTable, trimmed, type StackNodes } from './profile-stacks.js';

export { maxNarrowLocations } from './profile-stacks.js';

export interface SampleColumns {
  count: number;
  /** Values per sample: the profile's number of sample types. */
  width: number;
  /**
   * Sample `s`'s value of sample type `t` is `values[s * width + t]`: 32-bit integers while every
   * value is one (Go's heap profiles: half the memory), else 64-bit floats.
   */
  values: Int32Array | Float64Array;
  /**
   * Sample `s`'s stack is node `stack[s]` of `nodes` and its callers up to the root: leaf first,
   * `nodes.location[n]` for `n = stack[s]; n > 0; n = nodes.parent[n]`. Subsets share `nodes`.
   */
  stack: Int32Array;
  nodes: StackNodes;
  /** Sample `s`'s labels are `labelSets[labelSet[s]]`; set 0 is the empty one. */
  labelSet: Int32Array;
  labelSets: Label[][];
}

/** Appends samples to growing columns; label sets are interned by their content. */
export class SampleColumnsBuilder {
  private count = 0;
  private values: Int32Array | Float64Array;
  /** `values` holds floats: some value was not a 32-bit integer. */
  private wide = false;
  private stack: Int32Array;
  /** The current sample's locations, leaf first. */
  private frames: Int32Array | Uint16Array;
  private frameCountNow = 0;
  private readonly nodes: StackNodeTable;
  private labelSet: Int32Array;
  private readonly labelSets: Label[][] = [[]];
  private readonly labelSetIds = new Map<string, number>();

  /**
   * `capacity` samples and `nodeCapacity` distinct stack nodes fit before the columns grow;
   * `narrow`: every location index is below 65,536, so nodes take 16 bits from the start.
   */
  constructor(
    readonly width: number,
    capacity = 64,
    nodeCapacity = capacity * 2,
    narrow = false,
  ) {
    this.values = new Int32Array(Math.max(1, capacity * width));
    this.stack = new Int32Array(Math.max(1, capacity));
    this.frames = narrow ? new Uint16Array(64) : new Int32Array(64);
    this.nodes = new StackNodeTable(nodeCapacity, narrow);
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
    if (this.frameCountNow === this.frames.length) this.reserveFrames(1);
    this.frames[this.frameCountNow++] = location;
  }

  /**
   * Room for `n` more locations of the current sample: the array to write them into from
   * `frameCount`, then `setFrameCount`. For readers that write a packed field in place.
   */
  reserveFrames(n: number): Int32Array | Uint16Array {
    const needed = this.frameCountNow + n;
    if (needed > this.frames.length) {
      const into = this.frames instanceof Uint16Array ? new Uint16Array(needed * 2) : new Int32Array(needed * 2);
      into.set(this.frames.subarray(0, this.frameCountNow));
      this.frames = into;
    }
    return this.frames;
  }

  /** Locations of the current sample so far. */
  get frameCount(): number {
    return this.frameCountNow;
  }

  setFrameCount(frames: number): void {
    this.frameCountNow = frames;
  }

  /** Sets the current sample's values (missing ones are 0). */
  setValues(values: ArrayLike<number>): void {
    this.reserveSample();
    const at = this.count * this.width;
    for (let t = 0; t < this.width; t++) this.store(at + t, values[t] ?? 0);
  }

  /** Adds to the current sample's value of type `t`. */
  addValue(t: number, value: number): void {
    this.reserveSample();
    const at = this.count * this.width + t;
    this.store(at, (this.values[at] as number) + value);
  }

  private store(at: number, value: number): void {
    if (!this.wide && (value | 0) !== value) {
      this.values = Float64Array.from(this.values);
      this.wide = true;
    }
    this.values[at] = value;
  }

  /** Ends the current sample with label set `labelSet` (0: none). */
  end(labelSet = 0): void {
    this.reserveSample();
    this.labelSet[this.count] = labelSet;
    this.stack[this.count] = this.nodes.insert(this.frames, this.frameCountNow);
    this.frameCountNow = 0;
    this.count++;
  }

  /**
   * The stack node of `location` called from node `parent` (0: the root), added when new: for
   * producers that map another profile's nodes (`endAt`); `depth` is that node's depth.
   */
  stackNode(parent: number, location: number, depth: number): number {
    this.nodes.noteDepth(depth);
    return this.nodes.child(parent, location);
  }

  /** Ends the current sample with the stack of node `node` (from `stackNode`) instead of its frames. */
  endAt(node: number, labelSet = 0): void {
    this.reserveSample();
    this.labelSet[this.count] = labelSet;
    this.stack[this.count] = node;
    this.frameCountNow = 0;
    this.count++;
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
    return {
      count: this.count,
      width: this.width,
      values: trimmed(this.values, this.count * this.width),
      stack: trimmed(this.stack, this.count),
      nodes: this.nodes.build(locationCount),
      labelSet: trimmed(this.labelSet, this.count),
      labelSets: this.labelSets,
    };
  }

  /** Room for the current sample (index `count`). */
  private reserveSample(): void {
    if (this.count < this.labelSet.length) return;
    const capacity = this.labelSet.length * 2;
    this.values = grown(this.values, capacity * this.width);
    this.stack = grown(this.stack, capacity);
    this.labelSet = grown(this.labelSet, capacity);
  }
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
  const into = new Int32Array(columns.nodes.maxDepth);
  const depth = readStack(columns.nodes, columns.stack[s] as number, into);
  return {
    locations: Array.from(into.subarray(0, depth)),
    values: Array.from(columns.values.subarray(at, at + columns.width)),
    labels: columns.labelSets[columns.labelSet[s] as number] ?? [],
  };
}

/** The samples whose `keep` is true, in order, sharing the stacks' nodes; the same object when all are kept. */
export function filterSamples(columns: SampleColumns, keep: (s: number) => boolean): SampleColumns {
  const kept = new Uint8Array(columns.count);
  let count = 0;
  for (let s = 0; s < columns.count; s++) if (keep(s)) count += kept[s] = 1;
  if (count === columns.count) return columns;
  const { width } = columns;
  const out: SampleColumns = {
    ...columns,
    count,
    values: columns.values instanceof Int32Array ? new Int32Array(count * width) : new Float64Array(count * width),
    stack: new Int32Array(count),
    labelSet: new Int32Array(count),
  };
  const { values } = columns;
  let to = 0;
  for (let s = 0; s < columns.count; s++) {
    if (kept[s] === 0) continue;
    out.stack[to] = columns.stack[s] as number;
    out.labelSet[to] = columns.labelSet[s] as number;
    for (let t = 0; t < width; t++) out.values[to * width + t] = values[s * width + t] as number;
    to++;
  }
  return out;
}

/**
 * Cuts every stack deeper than `maxDepth` at the root end (stacks are leaf first), in place:
 * how many were cut and the deepest one's depth before the cut.
 */
export function cutStacks(columns: SampleColumns, maxDepth: number): { cut: number; deepest: number } {
  const limit = Math.max(0, maxDepth);
  if (columns.nodes.maxDepth <= limit) return { cut: 0, deepest: 0 };
  const depths = nodeDepths(columns.nodes);
  const table = StackNodeTable.of(columns.nodes);
  const frames = new Int32Array(columns.nodes.maxDepth);
  let cut = 0;
  let deepest = 0;
  for (let s = 0; s < columns.count; s++) {
    const depth = depths[columns.stack[s] as number] as number;
    if (depth <= limit) continue;
    cut++;
    deepest = Math.max(deepest, depth);
    readStack(columns.nodes, columns.stack[s] as number, frames);
    columns.stack[s] = table.insert(frames, limit);
  }
  columns.nodes = table.build();
  columns.nodes.maxDepth = limit;
  return { cut, deepest };
}
