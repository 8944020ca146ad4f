// Builds the differential flame graph of one profile kind and sample type from base and head
// runs: a mean call tree per side, base normalised to head, the two trees combined (paths gone
// in head kept as ghost frames), tiny frames merged into `other`, then laid out root first.

import type { Normalization } from '../../model/config.js';
import type { Profile, ValueType } from '../../model/profile.js';
import { changeColour } from './colour-scale.js';
import { frameChange, type FlameFrame, type FlameGraph } from './flame-graph.js';
import { TreeCombiner, type DiffNode } from './combine-trees.js';
import { stackTreeOf } from './stack-tree.js';

export interface FlameGraphInput {
  kind: string;
  sampleType: ValueType;
  /** The profiles of each run, per side. */
  base: readonly (readonly Profile[])[];
  head: readonly (readonly Profile[])[];
  normalization: Normalization;
  /** Frames narrower than this share of the whole are merged into `other` (default 0.1%). */
  minFrameShare?: number;
}

/** Several sample types of the same runs: the call trees are built once for all of them. */
export type FlameGraphsInput = Omit<FlameGraphInput, 'sampleType'> & { sampleTypes: readonly ValueType[] };

export function buildFlameGraph(input: FlameGraphInput): FlameGraph {
  const [graph] = buildFlameGraphs({ ...input, sampleTypes: [input.sampleType] });
  if (!graph) throw new Error('buildFlameGraphs returned no graph for one sample type');
  return graph;
}

export function buildFlameGraphs(input: FlameGraphsInput): FlameGraph[] {
  const names = input.sampleTypes.map((t) => t.type);
  const headTree = stackTreeOf(input.head, names);
  const baseTree = stackTreeOf(input.base, names);
  return input.sampleTypes.map((sampleType, t) => {
    const { baseScale, description } = normalise(
      { ...input, sampleType },
      headTree.totalOf(0, t),
      baseTree.totalOf(0, t),
    );
    const scale = { t, head: 1 / Math.max(1, input.head.length), base: baseScale / Math.max(1, input.base.length) };
    const minFrameShare = input.minFrameShare ?? 0.001;
    const root = new TreeCombiner(headTree, baseTree, scale).combine(minFrameShare);
    const frames: FlameFrame[] = [];
    layout(root, frames);
    const maxChange = {
      self: frames.reduce((m, f) => Math.max(m, Math.abs(frameChange(f, 'self'))), 0),
      total: frames.reduce((m, f) => Math.max(m, Math.abs(frameChange(f, 'total'))), 0),
    };
    for (const f of frames)
      f.colour = {
        self: changeColour(frameChange(f, 'self'), maxChange.self),
        total: changeColour(frameChange(f, 'total'), maxChange.total),
      };
    return {
      kind: input.kind,
      sampleType,
      normalization: description,
      baseRuns: input.base.length,
      headRuns: input.head.length,
      headTotal: root.head,
      baseTotal: root.base,
      layoutTotal: root.width,
      minFrameShare,
      maxChange,
      frames,
    };
  });
}

function meanOver(runs: readonly (readonly Profile[])[], value: (p: Profile) => number): number {
  if (runs.length === 0) return 0;
  return runs.reduce((sum, run) => sum + run.reduce((s, p) => s + value(p), 0), 0) / runs.length;
}

/** How base is scaled to compare with head, following the gate's normalisation setting. */
function normalise(
  input: FlameGraphInput,
  headSum: number,
  baseSum: number,
): { baseScale: number; description: string } {
  const runs = `mean per run (${input.base.length} base, ${input.head.length} head)`;
  if (input.normalization === 'per-second') {
    const baseSeconds = meanOver(input.base, (p) => p.durationNanos);
    const headSeconds = meanOver(input.head, (p) => p.durationNanos);
    if (baseSeconds > 0 && headSeconds > 0)
      return {
        baseScale: headSeconds / baseSeconds,
        description: `${runs}; base rescaled to head's profile duration (per second)`,
      };
  }
  if (input.normalization === 'none') return { baseScale: 1, description: `${runs}; not normalised` };
  const baseTotal = input.base.length ? baseSum / input.base.length : 0;
  const headTotal = input.head.length ? headSum / input.head.length : 0;
  const scale = baseTotal > 0 && headTotal > 0 ? headTotal / baseTotal : 1;
  return {
    baseScale: scale,
    description: `${runs}; base scaled ×${scale.toFixed(3)} to head's total, so shares are compared`,
  };
}

/** Frames in depth-first order (a parent before its children, children left to right), without recursion. */
function layout(root: DiffNode, frames: FlameFrame[]): void {
  const stack: { node: DiffNode; depth: number; x: number; parent: number }[] = [
    { node: root, depth: 0, x: 0, parent: -1 },
  ];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, depth, x, parent } = top;
    const index = frames.length;
    const { name, kind, merged, head, base, headSelf, baseSelf, width } = node;
    frames.push({
      name,
      depth,
      x,
      width,
      parent,
      kind,
      merged,
      head,
      base,
      headSelf,
      baseSelf,
      colour: { self: '', total: '' },
    });
    const placed: typeof stack = [];
    let offset = x;
    for (const child of node.children) {
      placed.push({ node: child, depth: depth + 1, x: offset, parent: index });
      offset += child.width;
    }
    for (let i = placed.length - 1; i >= 0; i--) stack.push(placed[i]!); // the leftmost child comes next
  }
}
