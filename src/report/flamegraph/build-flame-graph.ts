// Builds the differential flame graph of one profile kind and sample type from base and head
// runs: a mean call tree per side, base normalised to head, the two trees combined (paths gone
// in head kept as ghost frames), tiny frames merged into `other`, then laid out root first.

import type { Normalization } from '../../model/config.js';
import type { Profile, ValueType } from '../../model/profile.js';
import { changeColour } from './colour-scale.js';
import { frameChange, type FlameFrame, type FlameGraph, type FrameKind } from './flame-graph.js';
import { addToStackTree, newStackNode, profileTotal, type StackNode } from './stack-tree.js';

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
  const type = input.sampleType.type;
  const { baseScale, description } = normalise(input);
  const headRoot = sideTree(input.head, type, 1 / Math.max(1, input.head.length));
  const baseRoot = sideTree(input.base, type, baseScale / Math.max(1, input.base.length));
  const root = combine('all', headRoot, baseRoot);
  const minFrameShare = input.minFrameShare ?? 0.001;
  mergeTiny(root, root.width * minFrameShare);
  const frames: FlameFrame[] = [];
  layout(root, 0, 0, -1, frames);
  const maxChange = {
    self: Math.max(0, ...frames.map((f) => Math.abs(frameChange(f, 'self')))),
    total: Math.max(0, ...frames.map((f) => Math.abs(frameChange(f, 'total')))),
  };
  for (const f of frames) f.colour = { self: changeColour(frameChange(f, 'self'), maxChange.self), total: changeColour(frameChange(f, 'total'), maxChange.total) };
  return {
    kind: input.kind,
    sampleType: input.sampleType,
    normalization: description,
    baseRuns: input.base.length,
    headRuns: input.head.length,
    headTotal: headRoot.total,
    baseTotal: baseRoot.total,
    layoutTotal: root.width,
    minFrameShare,
    maxChange,
    frames,
  };
}

function sideTree(runs: readonly (readonly Profile[])[], type: string, scale: number): StackNode {
  const root = newStackNode('all');
  for (const run of runs) for (const profile of run) addToStackTree(root, profile, type, scale);
  return root;
}

function meanOver(runs: readonly (readonly Profile[])[], value: (p: Profile) => number): number {
  if (runs.length === 0) return 0;
  return runs.reduce((sum, run) => sum + run.reduce((s, p) => s + value(p), 0), 0) / runs.length;
}

/** How base is scaled to compare with head, following the gate's normalisation setting. */
function normalise(input: FlameGraphInput): { baseScale: number; description: string } {
  const type = input.sampleType.type;
  const runs = `mean per run (${input.base.length} base, ${input.head.length} head)`;
  if (input.normalization === 'per-second') {
    const baseSeconds = meanOver(input.base, (p) => p.durationNanos);
    const headSeconds = meanOver(input.head, (p) => p.durationNanos);
    if (baseSeconds > 0 && headSeconds > 0) return { baseScale: headSeconds / baseSeconds, description: `${runs}; base rescaled to head's profile duration (per second)` };
  }
  if (input.normalization === 'none') return { baseScale: 1, description: `${runs}; not normalised` };
  const baseTotal = meanOver(input.base, (p) => profileTotal(p, type));
  const headTotal = meanOver(input.head, (p) => profileTotal(p, type));
  const scale = baseTotal > 0 && headTotal > 0 ? headTotal / baseTotal : 1;
  return { baseScale: scale, description: `${runs}; base scaled ×${scale.toFixed(3)} to head's total, so shares are compared` };
}

/** Combines head and base nodes of the same path; a path only in base becomes a ghost. */
function combine(name: string, head: StackNode | undefined, base: StackNode | undefined): DiffNode {
  const names = new Set([...(head?.children.keys() ?? []), ...(base?.children.keys() ?? [])]);
  const children = [...names].sort(compareNames).map((n) => combine(n, head?.children.get(n), base?.children.get(n)));
  const h = head?.total ?? 0;
  const gone = h === 0 && (base?.total ?? 0) !== 0;
  const ghostRoom = children.reduce((sum, c) => sum + (c.kind === 'gone' ? c.width : c.width - c.head), 0);
  return {
    name,
    kind: gone ? 'gone' : 'frame',
    merged: 1,
    head: h,
    base: base?.total ?? 0,
    headSelf: head?.self ?? 0,
    baseSelf: base?.self ?? 0,
    width: gone ? (base?.total ?? 0) : h + ghostRoom,
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
