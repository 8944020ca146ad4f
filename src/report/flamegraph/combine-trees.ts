// Combines the head and base call trees of one sample type into the differential tree that is
// laid out: paths gone in head kept as ghosts, and children narrower than `minWidth` merged into
// one `other` frame per parent. Widths are computed first, once per node and without building
// anything; then only the frames that will be drawn are built (a few thousand of the ~580k
// nodes of a large heap profile), so the cost is one pass over the trees.

import type { StackTrie } from '../../model/stack-trie.js';
import type { FlameFrame } from './flame-graph.js';

/** A frame before layout: `width` is head plus room for the ghosts of paths gone below it. */
export type DiffNode = Pick<
  FlameFrame,
  'name' | 'kind' | 'merged' | 'head' | 'base' | 'headSelf' | 'baseSelf' | 'width'
> & {
  children: DiffNode[];
};

export interface Scale {
  /** The sample type column. */
  t: number;
  head: number;
  base: number;
}

/** A node of each side's tree for the same path; −1 where the path is not in that side. */
interface Pair {
  head: number;
  base: number;
}

export class TreeCombiner {
  /** Width of the path ending at each head node (NaN: not computed yet). */
  private readonly widths: Float64Array;
  /** Each side's name ids ranked in the order of their names, over both sides. */
  private readonly headRank: Int32Array;
  private readonly baseRank: Int32Array;

  constructor(
    private readonly headTree: StackTrie,
    private readonly baseTree: StackTrie,
    private readonly scale: Scale,
  ) {
    this.widths = new Float64Array(headTree.size).fill(NaN);
    [this.headRank, this.baseRank] = nameRanks(headTree.nameList, baseTree.nameList);
  }

  /** The laid-out tree from the roots, with frames narrower than `share` of it merged. */
  combine(share: number): DiffNode {
    const root = { head: 0, base: 0 };
    return this.build('all', root, this.width(root) * share);
  }

  private h(pair: Pair): number {
    return pair.head < 0 ? 0 : this.headTree.totalOf(pair.head, this.scale.t) * this.scale.head;
  }

  private b(pair: Pair): number {
    return pair.base < 0 ? 0 : this.baseTree.totalOf(pair.base, this.scale.t) * this.scale.base;
  }

  /** Head plus the room of the ghosts below (a ghost is as wide as its base value). */
  private width(pair: Pair): number {
    return this.directWidth(pair) ?? this.computeWidth(pair);
  }

  /** The width when it needs no walk below: one side only, or memoised. */
  private directWidth(pair: Pair): number | undefined {
    const h = this.h(pair);
    if (pair.head < 0 || h === 0) return this.b(pair);
    if (pair.base < 0) return h;
    const memo = this.widths[pair.head] ?? NaN;
    return Number.isNaN(memo) ? undefined : memo;
  }

  /**
   * Post-order over the paths both sides share, with an explicit stack: stacks are as deep as
   * `max-stack-depth` (4096), deeper than the call stack allows for recursion.
   */
  private computeWidth(start: Pair): number {
    interface Open {
      pair: Pair;
      children: Pair[];
      next: number;
      ghostRoom: number;
    }
    const open = (pair: Pair): Open => ({ pair, children: this.children(pair), next: 0, ghostRoom: 0 });
    const stack: Open[] = [open(start)];
    let done = NaN;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.children.length) {
        const child = top.children[top.next]!;
        const w = this.directWidth(child);
        if (w === undefined) {
          stack.push(open(child));
          continue;
        }
        top.next++;
        top.ghostRoom += this.h(child) === 0 ? w : w - this.h(child);
        continue;
      }
      stack.pop();
      done = this.h(top.pair) + top.ghostRoom;
      this.widths[top.pair.head] = done;
    }
    return done;
  }

  /** The children with a value on either side, sorted by name (a side's children have distinct names). */
  private children(pair: Pair): (Pair & { name: string })[] {
    const head = this.ranked(this.headTree, pair.head, this.headRank);
    const base = this.ranked(this.baseTree, pair.base, this.baseRank);
    const out: (Pair & { name: string })[] = [];
    let i = 0;
    let j = 0;
    while (i < head.length || j < base.length) {
      const h = head[i];
      const b = base[j];
      if (h && (!b || h.rank < b.rank)) {
        out.push({ name: this.headTree.name(h.node), head: h.node, base: -1 });
        i++;
      } else if (b && (!h || b.rank < h.rank)) {
        out.push({ name: this.baseTree.name(b.node), head: -1, base: b.node });
        j++;
      } else if (h && b) {
        out.push({ name: this.headTree.name(h.node), head: h.node, base: b.node });
        i++;
        j++;
      }
    }
    return out;
  }

  /** The children of `node` with a value, in the order of their names. */
  private ranked(tree: StackTrie, node: number, rank: Int32Array): { node: number; rank: number }[] {
    if (node < 0) return [];
    const t = this.scale.t;
    const out: { node: number; rank: number }[] = [];
    for (const child of tree.children(node))
      if (tree.totalOf(child, t) !== 0) out.push({ node: child, rank: rank[tree.nameIdOf(child)] as number });
    return out.sort((a, b) => a.rank - b.rank);
  }

  /** The frames to draw, breadth by breadth with an explicit queue (stacks are too deep to recurse). */
  private build(name: string, pair: Pair, minWidth: number): DiffNode {
    const root = this.node(name, pair);
    const pending: { node: DiffNode; pair: Pair }[] = [{ node: root, pair }];
    for (let i = 0; i < pending.length; i++) {
      const { node, pair: at } = pending[i]!;
      const tiny: Tiny[] = [];
      for (const child of this.children(at)) {
        const width = this.width(child);
        if (width < minWidth) {
          tiny.push({ head: this.h(child), base: this.b(child), width });
          continue;
        }
        const built = this.node(child.name, child);
        node.children.push(built);
        pending.push({ node: built, pair: child });
      }
      if (tiny.length > 0) node.children.push(otherFrame(tiny));
    }
    return root;
  }

  private node(name: string, pair: Pair): DiffNode {
    const h = this.h(pair);
    const b = this.b(pair);
    const self = (tree: StackTrie, node: number, factor: number): number =>
      node < 0 ? 0 : tree.selfOf(node, this.scale.t) * factor;
    return {
      name,
      kind: h === 0 && b !== 0 ? 'gone' : 'frame',
      merged: 1,
      head: h,
      base: b,
      headSelf: self(this.headTree, pair.head, this.scale.head),
      baseSelf: self(this.baseTree, pair.base, this.scale.base),
      width: this.width(pair),
      children: [],
    };
  }
}

/** For each side, its name ids' ranks in the sorted names of both sides (equal names, equal ranks). */
function nameRanks(head: readonly string[], base: readonly string[]): [Int32Array, Int32Array] {
  const distinct = new Set(head);
  for (const name of base) distinct.add(name);
  const sorted = Array.from(distinct).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(sorted.map((name, i) => [name, i]));
  const ranks = (names: readonly string[]) => Int32Array.from(names, (name) => rankOf.get(name) ?? -1);
  return [ranks(head), ranks(base)];
}

type Tiny = Pick<DiffNode, 'head' | 'base' | 'width'>;

/** One frame for the merged tiny children; it hides their subtrees, so its self is their total. */
function otherFrame(tiny: Tiny[]): DiffNode {
  const sum = (f: (c: Tiny) => number): number => tiny.reduce((s, c) => s + f(c), 0);
  return {
    name: `other (${tiny.length} small frame${tiny.length === 1 ? '' : 's'})`,
    kind: 'other',
    merged: tiny.length,
    head: sum((c) => c.head),
    base: sum((c) => c.base),
    headSelf: sum((c) => c.head),
    baseSelf: sum((c) => c.base),
    width: sum((c) => c.width),
    children: [],
  };
}
