// A call tree kept in columns: one node per distinct root-to-leaf path of frame names, with the
// total and self value of several sample types per node, in typed arrays, and one open-addressing
// hash table from (parent, name) to child. A 360k-sample heap profile makes ~580k nodes: ~60 bytes each here,
// against ~700 as an object with a Map and two arrays per node. Used for flame graphs and folded
// stacks, where the same tree of a large profile is walked several times.

import type { Profile } from './profile.js';

/** Beyond this, the typed arrays would not fit a V8 heap anyway. */
const maxNodes = 2 ** 28;

export class StackTrie {
  readonly types: number;
  /** Node 0 is the root. */
  size = 1;
  total: Float64Array;
  self: Float64Array;
  /** 1 where some sample's stack ends. */
  ends: Uint8Array;
  private nameOf: Int32Array;
  private parentOf: Int32Array;
  private readonly names: string[] = [];
  private readonly nameIds = new Map<string, number>();
  /** Open addressing: each slot holds a node id + 1, found by hashing its (parent, name); 0 is free. */
  private slots = new Int32Array(2048);
  private childLists: Int32Array[] | undefined;

  constructor(types: number, capacity = 1024) {
    this.types = types;
    this.total = new Float64Array(capacity * types);
    this.self = new Float64Array(capacity * types);
    this.ends = new Uint8Array(capacity);
    this.nameOf = new Int32Array(capacity).fill(-1);
    this.parentOf = new Int32Array(capacity).fill(-1);
  }

  /**
   * Adds every sample of `profile` with a non-zero value in one of `columns` (−1: that type is
   * absent, counted as 0); `framesOf[location]` are the location's frame names, root first.
   */
  addProfile(profile: Profile, columns: readonly number[], framesOf: readonly (readonly string[])[]): void {
    const types = this.types;
    const values = new Float64Array(types);
    const frameIds = framesOf.map((frames) => Int32Array.from(frames, (name) => this.nameId(name)));
    const { count, width, values: sampleValues, stackStart, stackEnd, locations } = profile.samples;
    for (let s = 0; s < count; s++) {
      let any = false;
      for (let t = 0; t < types; t++) {
        const c = columns[t] as number;
        values[t] = c < 0 ? 0 : (sampleValues[s * width + c] as number);
        if (values[t] !== 0) any = true;
      }
      if (!any) continue;
      let node = 0;
      this.addValues(this.total, node, values);
      for (let i = (stackEnd[s] as number) - 1; i >= (stackStart[s] as number); i--) {
        const ids = frameIds[locations[i] as number];
        if (!ids) continue;
        for (let k = 0; k < ids.length; k++) {
          node = this.child(node, ids[k] as number);
          this.addValues(this.total, node, values);
        }
      }
      this.addValues(this.self, node, values);
      this.ends[node] = 1;
    }
    this.childLists = undefined;
  }

  name(node: number): string {
    return this.names[this.nameOf[node] as number] ?? '';
  }

  totalOf(node: number, type: number): number {
    return this.total[node * this.types + type] as number;
  }

  selfOf(node: number, type: number): number {
    return this.self[node * this.types + type] as number;
  }

  /** The child of `node` named `name`, or −1. */
  childNamed(node: number, name: string): number {
    const id = this.nameIds.get(name);
    if (id === undefined) return -1;
    const found = this.slots[this.slotOf(node, id)] as number;
    return found - 1;
  }

  /** The children of `node`, in the order they were first seen. */
  children(node: number): Int32Array {
    this.childLists ??= this.buildChildLists();
    return this.childLists[node] as Int32Array;
  }

  private buildChildLists(): Int32Array[] {
    const counts = new Int32Array(this.size);
    for (let n = 1; n < this.size; n++) {
      const p = this.parentOf[n] ?? 0;
      counts[p] = (counts[p] ?? 0) + 1;
    }
    const lists = Array.from(counts, (count) => new Int32Array(count));
    counts.fill(0);
    for (let n = 1; n < this.size; n++) {
      const p = this.parentOf[n] ?? 0;
      const at = counts[p] ?? 0;
      counts[p] = at + 1;
      (lists[p] as Int32Array)[at] = n;
    }
    return lists;
  }

  private nameId(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.nameIds.set(name, id);
    }
    return id;
  }

  private child(node: number, nameId: number): number {
    const slot = this.slotOf(node, nameId);
    const found = this.slots[slot] as number;
    if (found > 0) return found - 1;
    const child = this.newNode(node, nameId);
    this.slots[slot] = child + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return child;
  }

  /** The slot holding the child (parent, nameId), or the free slot where it belongs. */
  private slotOf(parent: number, nameId: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(nameId + 1, 0x85ebca77)) & mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found === 0 || (this.parentOf[found - 1] === parent && this.nameOf[found - 1] === nameId)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let n = 1; n < this.size; n++)
      this.slots[this.slotOf(this.parentOf[n] as number, this.nameOf[n] as number)] = n + 1;
  }

  private newNode(parent: number, nameId: number): number {
    if (this.size >= maxNodes) throw new RangeError(`a call tree of more than ${maxNodes} nodes`);
    if (this.size === this.ends.length) this.grow();
    const node = this.size++;
    this.nameOf[node] = nameId;
    this.parentOf[node] = parent;
    return node;
  }

  private grow(): void {
    const capacity = this.ends.length * 2;
    const types = this.types;
    this.total = copyInto(new Float64Array(capacity * types), this.total);
    this.self = copyInto(new Float64Array(capacity * types), this.self);
    this.ends = copyInto(new Uint8Array(capacity), this.ends);
    this.nameOf = copyInto(new Int32Array(capacity), this.nameOf);
    this.parentOf = copyInto(new Int32Array(capacity), this.parentOf);
  }

  private addValues(into: Float64Array, node: number, values: Float64Array): void {
    const at = node * this.types;
    for (let t = 0; t < values.length; t++) into[at + t] = (into[at + t] as number) + (values[t] as number);
  }
}

function copyInto<T extends Float64Array | Int32Array | Uint8Array>(into: T, from: T): T {
  into.set(from);
  return into;
}
