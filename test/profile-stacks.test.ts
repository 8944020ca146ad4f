// Stacks kept as a tree of locations (src/model/profile-stacks.ts): samples that share their root
// end share nodes, each sample reads back its own stack, and cutting deep stacks keeps the leaf end.

import { describe, expect, it } from 'vitest';
import { cutStacks, filterSamples, sampleAt, sampleColumnsOf } from '../src/model/profile-samples.js';
import { nodeDepths, readStack } from '../src/model/profile-stacks.js';

/** Stacks leaf first: [leaf, …, root]. */
const stacks = [[3, 2, 1, 0], [4, 2, 1, 0], [3, 2, 1, 0], [5, 1, 0], [], [9, 8, 7, 6, 5, 1, 0]];
const columns = () =>
  sampleColumnsOf(
    stacks.map((locations, i) => ({ locations, values: [i + 1], labels: [] })),
    1,
  );

describe('stacks as a tree of locations', () => {
  it('reads back every stack, leaf first, in sample order', () => {
    const c = columns();
    expect(stacks.map((_, s) => sampleAt(c, s).locations)).toEqual(stacks);
    expect(c.nodes.maxDepth).toBe(7);
  });

  it('gives one node per distinct root-to-leaf path', () => {
    const c = columns();
    // 0, 0>1, 0>1>2, …>3, …>4, 0>1>5, then 6, 7, 8, 9 under 0>1>5: ten nodes and the root.
    expect(c.nodes.count).toBe(11);
    expect(c.stack[0]).toBe(c.stack[2]);
    expect(c.stack[4]).toBe(0);
    const depths = nodeDepths(c.nodes);
    expect(Array.from(c.stack, (node) => depths[node])).toEqual(stacks.map((s) => s.length));
  });

  it('filters samples sharing the nodes', () => {
    const c = columns();
    const kept = filterSamples(c, (s) => s % 2 === 1);
    expect(kept.nodes).toBe(c.nodes);
    expect([0, 1, 2].map((s) => sampleAt(kept, s).locations)).toEqual([stacks[1], stacks[3], stacks[5]]);
    expect([0, 1, 2].map((s) => sampleAt(kept, s).values)).toEqual([[2], [4], [6]]);
  });

  it('cuts stacks deeper than the limit at the root end', () => {
    const c = columns();
    expect(cutStacks(c, 3)).toEqual({ cut: 4, deepest: 7 });
    expect(stacks.map((_, s) => sampleAt(c, s).locations)).toEqual(stacks.map((s) => s.slice(0, 3)));
    const into = new Int32Array(c.nodes.maxDepth);
    expect(readStack(c.nodes, c.stack[5] as number, into)).toBe(3);
    expect(cutStacks(c, 3)).toEqual({ cut: 0, deepest: 0 });
  });
});
