// A call tree kept in columns: one node per distinct root-to-leaf path of frame names, with the
// total and self value of several sample types per node, in typed arrays, and one open-addressing
// hash table from (parent, name) to child. A 360k-sample heap profile makes ~580k nodes: ~70 bytes each here,
// against ~700 as an object with a Map and two arrays per node. Used for flame graphs and folded
// stacks, where the same tree of a large profile is walked several times.

import type { Profile } from './profile.js';

/** Beyond this, the typed arrays would not fit a V8 heap anyway. */
const maxNodes = 2 ** 28;

export class StackTrie {
  readonly types: number;
  /** Node 0 is the root. */
  size = 1;
  /** 1 where some sample's stack ends. */
  ends: Uint8Array;
  private totals: Float64Array;
  private selfs: Float64Array;
  /** Totals are the sums of self over each subtree, summed when first read after an addition. */
  private totalsStale = false;
  private nameOf: Int32Array;
  private parentOf: Int32Array;
  /** Each node's first child (0: none yet); later children are in `slots`. */
  private firstChild: Int32Array;
  private readonly names: string[] = [];
  private readonly nameIds = new Map<string, number>();
  /**
   * Open addressing, three entries a slot: node id + 1 (0: free), then its parent and name id,
   * so a probe reads one cache line instead of the node columns. Holds the children that are
   * not their parent's first (most nodes have one child, and a new node's children are new).
   */
  private slots = new Int32Array(3 * 2048);
  /** Nodes in `slots`. */
  private hashed = 0;
  private childStart: Int32Array | undefined;
  private childIds: Int32Array | undefined;

  constructor(types: number, capacity = 1024) {
    this.types = types;
    this.totals = new Float64Array(capacity * types);
    this.selfs = new Float64Array(capacity * types);
    this.ends = new Uint8Array(capacity);
    this.nameOf = new Int32Array(capacity).fill(-1);
    this.parentOf = new Int32Array(capacity).fill(-1);
    this.firstChild = new Int32Array(capacity);
  }

  /**
   * Adds every sample of `profile` with a non-zero value in one of `columns` (−1: that type is
   * absent, counted as 0); `framesOf[location]` are the location's frame names, root first.
   * Only the node where a sample's stack ends takes its values; totals are summed later.
   */
  addProfile(profile: Profile, columns: readonly number[], framesOf: readonly (readonly string[])[]): void {
    const types = this.types;
    const values = new Float64Array(types);
    const frameIds = framesOf.map((frames) => Int32Array.from(frames, (name) => this.nameId(name)));
    const { count, width, values: sampleValues, stack, nodes } = profile.samples;
    const { location: locationOf, parent } = nodes;
    // The node reached by each stack node of the profile (−1: not yet): a stack is walked from
    // its leaf up to the first node already reached, then down from there.
    const reached = new Int32Array(nodes.count).fill(-1);
    reached[0] = 0;
    const path = new Int32Array(nodes.maxDepth);
    // Most samples add a node or two: room for one each saves the first rounds of doubling.
    this.reserve(this.size + count);
    for (let s = 0; s < count; s++) {
      let any = false;
      for (let t = 0; t < types; t++) {
        const c = columns[t] as number;
        values[t] = c < 0 ? 0 : (sampleValues[s * width + c] as number);
        if (values[t] !== 0) any = true;
      }
      if (!any) continue;
      let depth = 0;
      let from = stack[s] as number;
      for (; (reached[from] as number) < 0; from = parent[from] as number) path[depth++] = from;
      let node = reached[from] as number;
      while (depth > 0) {
        const at = path[--depth] as number;
        const ids = frameIds[locationOf[at] as number];
        if (ids) for (let k = 0; k < ids.length; k++) node = this.child(node, ids[k] as number);
        reached[at] = node;
      }
      const at = node * types;
      for (let t = 0; t < types; t++) this.selfs[at + t] = (this.selfs[at + t] as number) + (values[t] as number);
      this.ends[node] = 1;
    }
    this.totalsStale = true;
    this.childStart = undefined;
    this.childIds = undefined;
  }

  name(node: number): string {
    return this.names[this.nameOf[node] as number] ?? '';
  }

  /** The id of node `node`'s name, an index into `nameList` (−1 for the root). */
  nameIdOf(node: number): number {
    return this.nameOf[node] as number;
  }

  /** Every name, by id. */
  get nameList(): readonly string[] {
    return this.names;
  }

  totalOf(node: number, type: number): number {
    if (this.totalsStale) this.sumTotals();
    return this.totals[node * this.types + type] as number;
  }

  selfOf(node: number, type: number): number {
    return this.selfs[node * this.types + type] as number;
  }

  /** The child of `node` named `name`, or −1. */
  childNamed(node: number, name: string): number {
    const id = this.nameIds.get(name);
    if (id === undefined) return -1;
    const first = this.firstChild[node] as number;
    if (first > 0 && this.nameOf[first] === id) return first;
    const found = this.slots[this.slotOf(node, id)] as number;
    return found - 1;
  }

  /** The children of `node`, in the order they were first seen. */
  children(node: number): Int32Array {
    if (!this.childStart || !this.childIds) this.buildChildLists();
    const start = this.childStart as Int32Array;
    return (this.childIds as Int32Array).subarray(start[node], start[node + 1]);
  }

  /** Children in one array, grouped by parent (a parent's children in node order, which is first-seen order). */
  private buildChildLists(): void {
    const start = new Int32Array(this.size + 1);
    for (let n = 1; n < this.size; n++) {
      const p = this.parentOf[n] as number;
      start[p + 1] = (start[p + 1] as number) + 1;
    }
    for (let n = 0; n < this.size; n++) start[n + 1] = (start[n + 1] as number) + (start[n] as number);
    const next = start.slice(0, this.size);
    const ids = new Int32Array(Math.max(0, this.size - 1));
    for (let n = 1; n < this.size; n++) {
      const p = this.parentOf[n] as number;
      const at = next[p] as number;
      next[p] = at + 1;
      ids[at] = n;
    }
    this.childStart = start;
    this.childIds = ids;
  }

  /** Each node's total: its self plus its children's totals (a child's id is above its parent's). */
  private sumTotals(): void {
    const types = this.types;
    this.totals.set(this.selfs);
    for (let n = this.size - 1; n > 0; n--) {
      const from = n * types;
      const into = (this.parentOf[n] as number) * types;
      for (let t = 0; t < types; t++)
        this.totals[into + t] = (this.totals[into + t] as number) + (this.totals[from + t] as number);
    }
    this.totalsStale = false;
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
    const first = this.firstChild[node] as number;
    if (first === 0) {
      const child = this.newNode(node, nameId);
      this.firstChild[node] = child;
      return child;
    }
    if (this.nameOf[first] === nameId) return first;
    const slot = this.slotOf(node, nameId);
    const found = this.slots[slot] as number;
    if (found > 0) return found - 1;
    const child = this.newNode(node, nameId);
    this.slots[slot] = child + 1;
    this.slots[slot + 1] = node;
    this.slots[slot + 2] = nameId;
    if (++this.hashed * 2 > this.slots.length / 3) this.rehash(this.slots.length * 2);
    return child;
  }

  /** Room for `nodes` nodes without growing or rehashing. */
  private reserve(nodes: number): void {
    const capacity = Math.min(nodes, maxNodes);
    if (capacity > this.ends.length) this.grow(capacity);
    // Room in the table for half of them (the others are first children) at load 1/2.
    let slots = this.slots.length;
    while (capacity > slots / 3) slots *= 2;
    if (slots > this.slots.length) this.rehash(slots);
  }

  /** The slot (index of its first entry) holding the child (parent, nameId), or the free slot where it belongs. */
  private slotOf(parent: number, nameId: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(nameId + 1, 0x85ebca77)) & mask;
    for (;;) {
      const at = slot * 3;
      const found = slots[at] as number;
      if (found === 0 || (slots[at + 1] === parent && slots[at + 2] === nameId)) return at;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length);
    this.hashed = 0;
    for (let n = 1; n < this.size; n++) {
      const parent = this.parentOf[n] as number;
      if (this.firstChild[parent] === n) continue;
      this.hashed++;
      const nameId = this.nameOf[n] as number;
      const at = this.slotOf(parent, nameId);
      this.slots[at] = n + 1;
      this.slots[at + 1] = parent;
      this.slots[at + 2] = nameId;
    }
  }

  private newNode(parent: number, nameId: number): number {
    if (this.size >= maxNodes) throw new RangeError(`a call tree of more than ${maxNodes} nodes`);
    if (this.size === this.ends.length) this.grow(this.ends.length * 2);
    const node = this.size++;
    this.nameOf[node] = nameId;
    this.parentOf[node] = parent;
    return node;
  }

  private grow(capacity: number): void {
    const types = this.types;
    this.totals = copyInto(new Float64Array(capacity * types), this.totals);
    this.selfs = copyInto(new Float64Array(capacity * types), this.selfs);
    this.ends = copyInto(new Uint8Array(capacity), this.ends);
    this.nameOf = copyInto(new Int32Array(capacity), this.nameOf);
    this.parentOf = copyInto(new Int32Array(capacity), this.parentOf);
    this.firstChild = copyInto(new Int32Array(capacity), this.firstChild);
  }
}

function copyInto<T extends Float64Array | Int32Array | Uint8Array>(into: T, from: T): T {
  into.set(from);
  return into;
}
