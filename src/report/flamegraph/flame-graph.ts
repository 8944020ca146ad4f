// The renderer-neutral differential flame graph: frames laid out root first (an icicle), widths
// from head, each frame carrying base and head totals and self values, and a colour per
// colouring mode. The SVG and HTML renderers draw exactly this; nothing else decides layout.

import type { ValueType } from '../../model/profile.js';

/** `frame`: in head; `gone`: in base only (a ghost, width = base); `other`: merged tiny frames. */
export type FrameKind = 'frame' | 'gone' | 'other';

export type ColourBy = 'self' | 'total';

export interface FlameFrame {
  name: string;
  depth: number;
  /** Left edge and width in value units of the layout (root width = `FlameGraph.layoutTotal`). */
  x: number;
  width: number;
  /** Index of the parent frame, −1 for the root. */
  parent: number;
  kind: FrameKind;
  /** How many frames an `other` frame stands for. */
  merged: number;
  head: number;
  base: number;
  headSelf: number;
  baseSelf: number;
  /** Fill colour when colouring by self change and by total change. */
  colour: Record<ColourBy, string>;
}

export interface FlameGraph {
  /** Profile kind, e.g. `cpu`, `allocs`. */
  kind: string;
  sampleType: ValueType;
  /** One line saying how base was made comparable with head. */
  normalization: string;
  baseRuns: number;
  headRuns: number;
  /** Mean per head run, and base after normalisation (equal under `total`). */
  headTotal: number;
  baseTotal: number;
  layoutTotal: number;
  /** Frames narrower than this share of the layout were merged into `other`. */
  minFrameShare: number;
  /** The symmetric colour scale: ±this is full red / full blue. */
  maxChange: Record<ColourBy, number>;
  /** Preorder: every parent before its children; frames[0] is the root. */
  frames: FlameFrame[];
}

export function frameChange(frame: FlameFrame, by: ColourBy): number {
  return by === 'self' ? frame.headSelf - frame.baseSelf : frame.head - frame.base;
}
