// The call tree of some profiles: one node per distinct root-to-leaf path of function keys
// (inlined frames are frames of their own, as in pprof), with the path's total and self value
// for each of several sample types at once, so a heap profile's four columns take one pass.

import { functionKeys } from '../../analysis/profile/function-keys.js';
import type { Profile } from '../../model/profile.js';

export interface StackNode {
  name: string;
  /** Per sample type, in the order the tree was built with. */
  total: Float64Array;
  self: Float64Array;
  children: Map<string, StackNode>;
}

export function newStackNode(name: string, types: number): StackNode {
  return { name, total: new Float64Array(types), self: new Float64Array(types), children: new Map() };
}

/** Adds every sample of `profile` to `root`, for the sample types named in `sampleTypes`. */
export function addToStackTree(root: StackNode, profile: Profile, sampleTypes: readonly string[]): void {
  const columns = sampleTypes.map((type) => profile.sampleTypes.findIndex((t) => t.type === type));
  if (columns.every((c) => c < 0)) return;
  const { framesOfLocation, keys } = functionKeys(profile);
  const framesOf = framesOfLocation.map((frames) => Array.from(frames, (k) => keys[k] ?? ''));
  const types = columns.length;
  const values = new Float64Array(types);
  for (const sample of profile.samples) {
    let any = false;
    for (let t = 0; t < types; t++) {
      const c = columns[t] as number;
      values[t] = c < 0 ? 0 : (sample.values[c] as number);
      if (values[t] !== 0) any = true;
    }
    if (!any) continue;
    addValues(root.total, values);
    let node = root;
    for (let i = sample.locations.length - 1; i >= 0; i--) {
      for (const name of framesOf[sample.locations[i] as number] ?? []) {
        let child = node.children.get(name);
        if (!child) {
          child = newStackNode(name, types);
          node.children.set(name, child);
        }
        addValues(child.total, values);
        node = child;
      }
    }
    addValues(node.self, values);
  }
}

function addValues(into: Float64Array, values: Float64Array): void {
  for (let t = 0; t < values.length; t++) into[t] = (into[t] as number) + (values[t] as number);
}
