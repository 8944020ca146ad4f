// Builds the differential flame graph of one profile kind and sample type from base and head
// runs: a mean call tree per side, base normalised to head, the two trees combined (paths gone
// in head kept as ghost frames), tiny frames merged into `other`, then laid out root first.

import type { Normalization } from '../../model/config.js';
import type { Profile, ValueType } from '../../model/profile.js';
import { changeColour } from './colour-scale.js';
import { frameChange, type FlameFrame, type FlameGraph, type FrameKind } from './flame-graph.js';
import type { StackTrie } from '../../model/stack-trie.js';
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

interface DiffNode {
  name: string;
  kind: FrameKind;
  merged: number;
  head: number;
  base: number;
  headSelf: number;
  baseSelf: number;
  /** Layout width: head, plus room for the ghosts of paths gone below it. */
  width: number;
  children: DiffNode[];
}

export function buildFlameGraph(input: FlameGraphInput): FlameGraph {
  return buildFlameGraphs({ ...input, sampleTypes: [input.sampleType] })[0] as FlameGraph;
}

export function buildFlameGraphs(input: FlameGraphsInput): FlameGraph[] {
  const names = input.sampleTypes.map((t) => t.type);
  const headTree = stackTreeOf(input.head, names);
  const baseTree = stackTreeOf(input.base, names);
  return input.sampleTypes.map((sampleType, t) => {
    const { baseScale, description } = normalise({ ...input, sampleType }, headTree.totalOf(0, t), baseTree.totalOf(0, t));
    const scale = { t, head: 1 / Math.max(1, input.head.length), base: baseScale / Math.max(1, input.base.length) };
    const root = combine('all', { tree: headTree, node: 0 }, { tree: baseTree, node: 0 }, scale);
    const minFrameShare = input.minFrameShare ?? 0.001;
    mergeTiny(root, root.width * minFrameShare);
    const frames: FlameFrame[] = [];
    layout(root, 0, 0, -1, frames);
    const maxChange = {
      self: frames.reduce((m, f) => Math.max(m, Math.abs(frameChange(f, 'self'))), 0),
      total: frames.reduce((m, f) => Math.max(m, Math.abs(frameChange(f, 'total'))), 0),
    };
    for (const f of frames) f.colour = { self: changeColour(frameChange(f, 'self'), maxChange.self), total: changeColour(frameChange(f, 'total'), maxChange.total) };
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
function normalise(input: FlameGraphInput, headSum: number, baseSum: number): { baseScale: number; description: string } {
  const runs = `mean per run (${input.base.length} base, ${input.head.length} head)`;
  if (input.normalization === 'per-second') {
    const baseSeconds = meanOver(input.base, (p) => p.durationNanos);
    const headSeconds = meanOver(input.head, (p) => p.durationNanos);
    if (baseSeconds > 0 && headSeconds > 0) return { baseScale: headSeconds / baseSeconds, description: `${runs}; base rescaled to head's profile duration (per second)` };
  }
  if (input.normalization === 'none') return { baseScale: 1, description: `${runs}; not normalised` };
  const baseTotal = input.base.length ? baseSum / input.base.length : 0;
  const headTotal = input.head.length ? headSum / input.head.length : 0;
  const scale = baseTotal > 0 && headTotal > 0 ? headTotal / baseTotal : 1;
  return { baseScale: scale, description: `${runs}; base scaled ×${scale.toFixed(3)} to head's total, so shares are compared` };
}

interface Scale {
  /** The sample type column. */
  t: number;
  head: number;
  base: number;
}

/** A node of one side's tree; `node` −1 when the path is not in that side. */
interface SideNode {
  tree: StackTrie;
  node: number;
}

/** Combines head and base nodes of the same path; a path only in base becomes a ghost. */
function combine(name: string, head: SideNode, base: SideNode, scale: Scale): DiffNode {
  const value = (side: SideNode, of: 'totalOf' | 'selfOf'): number => (side.node < 0 ? 0 : side.tree[of](side.node, scale.t));
  const h = value(head, 'totalOf') * scale.head;
  const b = value(base, 'totalOf') * scale.base;
  const names = new Set<string>();
  for (const side of [head, base]) {
    if (side.node < 0) continue;
    for (const child of side.tree.children(side.node)) if (side.tree.totalOf(child, scale.t) !== 0) names.add(side.tree.name(child));
  }
  const childOf = (side: SideNode, n: string): SideNode => ({ tree: side.tree, node: side.node < 0 ? -1 : side.tree.childNamed(side.node, n) });
  const children = [...names].sort(compareNames).map((n) => combine(n, childOf(head, n), childOf(base, n), scale));
  const gone = h === 0 && b !== 0;
  const ghostRoom = children.reduce((sum, c) => sum + (c.kind === 'gone' ? c.width : c.width - c.head), 0);
  return {
    name,
    kind: gone ? 'gone' : 'frame',
    merged: 1,
    head: h,
    base: b,
    headSelf: value(head, 'selfOf') * scale.head,
    baseSelf: value(base, 'selfOf') * scale.base,
    width: gone ? b : h + ghostRoom,
    children,
  };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Replaces the children narrower than `minWidth` of every node by one `other` frame. */
function mergeTiny(node: DiffNode, minWidth: number): void {
  const tiny = node.children.filter((c) => c.width < minWidth);
  if (tiny.length > 0) {
    const sum = (f: (c: DiffNode) => number): number => tiny.reduce((s, c) => s + f(c), 0);
    const other: DiffNode = {
      name: `other (${tiny.length} small frame${tiny.length === 1 ? '' : 's'})`,
      kind: 'other',
      merged: sum((c) => c.merged),
      head: sum((c) => c.head),
      base: sum((c) => c.base),
      // An `other` frame hides its subtrees, so its own change is theirs in total.
      headSelf: sum((c) => c.head),
      baseSelf: sum((c) => c.base),
      width: sum((c) => c.width),
      children: [],
    };
    node.children = [...node.children.filter((c) => c.width >= minWidth), other];
  }
  for (const child of node.children) mergeTiny(child, minWidth);
}

function layout(node: DiffNode, depth: number, x: number, parent: number, frames: FlameFrame[]): void {
  const index = frames.length;
  const { name, kind, merged, head, base, headSelf, baseSelf, width } = node;
  frames.push({ name, depth, x, width, parent, kind, merged, head, base, headSelf, baseSelf, colour: { self: '', total: '' } });
  let offset = x;
  for (const child of node.children) {
    layout(child, depth + 1, offset, index, frames);
    offset += child.width;
  }
}
