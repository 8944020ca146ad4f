// The call tree of some profiles for one sample type: one node per distinct root-to-leaf path of
// function keys (inlined frames are frames of their own, as in pprof), with the path's total
// and self value. Values are multiplied by `scale` as they are added (a mean per run, say).

import { functionKeys } from '../../analysis/profile/function-keys.js';
import type { Profile } from '../../model/profile.js';

export interface StackNode {
  name: string;
  total: number;
  self: number;
  children: Map<string, StackNode>;
}

export function newStackNode(name: string): StackNode {
  return { name, total: 0, self: 0, children: new Map() };
}

/** Adds every sample of `profile`'s `sampleType` column to `root`. */
export function addToStackTree(root: StackNode, profile: Profile, sampleType: string, scale: number): void {
  const column = profile.sampleTypes.findIndex((t) => t.type === sampleType);
  if (column < 0) return;
  const { keyOfFunction, keys } = functionKeys(profile);
  const framesOf = profile.locations.map((loc) => loc.lines.map((l) => keys[keyOfFunction[l.functionIndex] as number] as string).reverse());
  for (const sample of profile.samples) {
    const value = (sample.values[column] as number) * scale;
    if (value === 0) continue;
    root.total += value;
    let node = root;
    for (let i = sample.locations.length - 1; i >= 0; i--) {
      for (const name of framesOf[sample.locations[i] as number] ?? []) {
        let child = node.children.get(name);
        if (!child) {
          child = newStackNode(name);
          node.children.set(name, child);
        }
        child.total += value;
        node = child;
      }
    }
    node.self += value;
  }
}

/** Σ of the sample type over a profile's samples. */
export function profileTotal(profile: Profile, sampleType: string): number {
  const column = profile.sampleTypes.findIndex((t) => t.type === sampleType);
  if (column < 0) return 0;
  let total = 0;
  for (const sample of profile.samples) total += sample.values[column] as number;
  return total;
}
