// A profile's stacks as a tree of locations: one node per distinct root-to-leaf path, each node
// its location and its caller's node, so a sample's stack is one node id. Stacks share their
// root end: a 487k-sample Go heap profile has 15.8 M frames but 1.4 M nodes, 8 MB here against
// 32 MB as one array of every stack (docs/formats.md, pprof).

/** The nodes of a profile's stacks; read a stack with `readStack` or by walking `parent`. */
export interface StackNodes {
  /** Nodes in use; node 0 is the root (the empty stack) and has no location. */
  count: number;
  /** Node `n`'s location index. */
  location: Int32Array | Uint16Array;
  /** Node `n`'s caller node (0 for an outermost frame; −1 for the root). */
  parent: Int32Array;
  /** The depth of the deepest node: room enough for any stack read with `readStack`. */
  maxDepth: number;
}

/** Up to this many locations, nodes take 16 bits for their location. */
export const maxNarrowLocations = 0x10000;
/** Beyond this, the typed arrays would not fit a V8 heap anyway. */
const maxNodes = 2 ** 28;

/** Node `node`'s stack, leaf first, into `into` (at least `maxDepth` long): its depth. */
export function readStack(nodes: StackNodes, node: number, into: Int32Array): number {
  const { location, parent } = nodes;
  let n = 0;
  for (let at = node; at > 0; at = parent[at] as number) into[n++] = location[at] as number;
  return n;
}

/** Each node's depth (the root's is 0): parents come before their children. */
export function nodeDepths(nodes: StackNodes): Int32Array {
  const depth = new Int32Array(nodes.count);
  for (let n = 1; n < nodes.count; n++) depth[n] = (depth[nodes.parent[n] as number] as number) + 1;
  return depth;
}

/**
 * Grows a tree of stack nodes. Each node's first child is kept beside it (most nodes have one,
 * and a new node's children are all new: no lookup); later children are found through one
 * open-addressing table from (caller node, location) to node.
 */
export class StackNodeTable {
  private size = 1;
  private maxDepth = 0;
  private location: Int32Array | Uint16Array;
  private parent: Int32Array;
  /** Each node's first child (0: none yet). */
  private first: Int32Array;
  /** Node ids of the children that are not first (0: free), at load ≤ 3/4. */
  private slots = new Int32Array(0);
  private hashed = 0;
  /** 32 − log2(slots): the hash's high bits pick the slot. */
  private shift = 0;
  /** The last stack inserted, root first, and the node after each of its frames. */
  private previous = new Int32Array(64);
  private previousNodes = new Int32Array(64);
  private previousDepth = 0;

  /** `narrow`: every location index is below 65,536 (16 bits a node). */
  constructor(capacity = 1024, narrow = false) {
    const nodes = Math.max(16, capacity);
    this.location = narrow ? new Uint16Array(nodes) : new Int32Array(nodes);
    this.parent = new Int32Array(nodes);
    this.first = new Int32Array(nodes);
    this.parent[0] = -1;
    // About a third of a profile's nodes are not the first child of their caller.
    this.setSlots(slotsFor(nodes >>> 1));
  }

  /** A table holding copies of `nodes`, to add to. */
  static of(nodes: StackNodes): StackNodeTable {
    const table = new StackNodeTable(nodes.count, nodes.location instanceof Uint16Array);
    table.location.set(nodes.location.subarray(0, nodes.count));
    table.parent.set(nodes.parent.subarray(0, nodes.count));
    table.size = nodes.count;
    table.maxDepth = nodes.maxDepth;
    for (let n = 1; n < nodes.count; n++) table.link(n);
    return table;
  }

  /**
   * The node of the stack `frames[0 .. depth)`, leaf first, added when new. A stack that starts
   * like the previous one (most share their root end) is looked up from where they part.
   */
  insert(frames: Int32Array | Uint16Array, depth: number): number {
    if (depth > this.previous.length) this.growPrevious(depth);
    const previous = this.previous;
    const previousNodes = this.previousNodes;
    const common = Math.min(depth, this.previousDepth);
    let j = 0;
    while (j < common && frames[depth - 1 - j] === previous[j]) j++;
    let node = j > 0 ? (previousNodes[j - 1] as number) : 0;
    for (; j < depth; j++) {
      const location = frames[depth - 1 - j] as number;
      node = this.child(node, location);
      previous[j] = location;
      previousNodes[j] = node;
    }
    this.previousDepth = depth;
    if (depth > this.maxDepth) this.maxDepth = depth;
    return node;
  }

  /** Records a stack of `depth` added by `child` (insert records its own). */
  noteDepth(depth: number): void {
    if (depth > this.maxDepth) this.maxDepth = depth;
  }

  /** The child of `parent` at `location`, added when new. */
  child(parent: number, location: number): number {
    const first = this.first[parent] as number;
    if (first === 0) return this.add(parent, location);
    if (this.location[first] === location) return first;
    const slot = this.slotOf(parent, location);
    const found = this.slots[slot] as number;
    return found > 0 ? found : this.add(parent, location);
  }

  /** The nodes, without slack; 16-bit locations when `locationCount` allows. */
  build(locationCount = Infinity): StackNodes {
    const narrow = locationCount <= maxNarrowLocations && this.location instanceof Int32Array;
    return {
      count: this.size,
      location: narrow ? new Uint16Array(this.location.subarray(0, this.size)) : trimmed(this.location, this.size),
      parent: trimmed(this.parent, this.size),
      maxDepth: this.maxDepth,
    };
  }

  private add(parent: number, location: number): number {
    if (this.size >= maxNodes) throw new RangeError(`stacks of more than ${maxNodes} distinct paths`);
    if (this.size === this.parent.length) this.grow(this.size * 2);
    const node = this.size++;
    this.location[node] = location;
    this.parent[node] = parent;
    this.link(node);
    return node;
  }

  /** Makes node `node` findable from its caller: its first child, or in the table. */
  private link(node: number): void {
    const parent = this.parent[node] as number;
    if (this.first[parent] === 0) {
      this.first[parent] = node;
      return;
    }
    this.slots[this.slotOf(parent, this.location[node] as number)] = node;
    if (++this.hashed * 4 > this.slots.length * 3) this.rehash(this.slots.length * 2);
  }

  private growPrevious(depth: number): void {
    const length = Math.max(depth, this.previous.length * 2);
    const previous = new Int32Array(length);
    const nodes = new Int32Array(length);
    previous.set(this.previous);
    nodes.set(this.previousNodes);
    this.previous = previous;
    this.previousNodes = nodes;
  }

  /** The slot holding node (parent, location), or the free slot where it belongs. */
  private slotOf(parent: number, location: number): number {
    const slots = this.slots;
    const parents = this.parent;
    const locations = this.location;
    const mask = slots.length - 1;
    // Multiplicative hashing; the high bits are the well mixed ones.
    let slot = Math.imul(Math.imul(parent, 0x85ebca77) ^ location, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const found = slots[slot] as number;
      if (found === 0 || (parents[found] === parent && locations[found] === location)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private setSlots(length: number): void {
    this.slots = new Int32Array(length);
    this.shift = 32 - Math.log2(length);
  }

  /** The table at `length` slots, with every node that is not its caller's first child. */
  private rehash(length: number): void {
    this.setSlots(length);
    for (let n = 1; n < this.size; n++) {
      const parent = this.parent[n] as number;
      if (this.first[parent] !== n) this.slots[this.slotOf(parent, this.location[n] as number)] = n;
    }
  }

  private grow(capacity: number): void {
    const location = this.location instanceof Uint16Array ? new Uint16Array(capacity) : new Int32Array(capacity);
    location.set(this.location);
    const parent = new Int32Array(capacity);
    parent.set(this.parent);
    const first = new Int32Array(capacity);
    first.set(this.first);
    this.location = location;
    this.parent = parent;
    this.first = first;
  }
}

/** A power of two with room for `nodes` at load 3/4. */
function slotsFor(nodes: number): number {
  let slots = 1024;
  while (nodes * 4 > slots * 3) slots *= 2;
  return slots;
}

/** The first `length` entries: a view when little would be wasted, else a copy without the slack. */
export function trimmed<T extends Float64Array | Int32Array | Uint16Array>(from: T, length: number): T {
  if (from.length - length <= from.length >>> 3) return from.subarray(0, length) as T;
  return from.slice(0, length) as T;
}
