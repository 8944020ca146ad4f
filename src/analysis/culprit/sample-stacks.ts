// Each location's frames as function keys, leaf first (inlined frames innermost first), in one
// array with offsets, so that attribution can walk a sample's stack from a frame towards its
// callers without a copy of the stack per sample. Memoised per profile object.

import type { Profile } from '../../model/profile.js';
import { functionKeys } from '../profile/function-keys.js';

export interface SampleStacks {
  /** Function keys (names), indexed by the numbers in `frames`. */
  keys: string[];
  /** Location `l`'s key indexes, leaf first, are `frames[frameStart[l] .. frameStart[l + 1])`. */
  frameStart: Int32Array;
  frames: Int32Array;
}

const memo = new WeakMap<Profile, SampleStacks>();

export function sampleStacks(profile: Profile): SampleStacks {
  const known = memo.get(profile);
  if (known) return known;
  const { framesOfLocation: rootToLeaf, keys } = functionKeys(profile);
  const frameStart = new Int32Array(rootToLeaf.length + 1);
  for (let l = 0; l < rootToLeaf.length; l++)
    frameStart[l + 1] = (frameStart[l] as number) + (rootToLeaf[l] as Int32Array).length;
  const frames = new Int32Array(frameStart[rootToLeaf.length] as number);
  rootToLeaf.forEach((ofLocation, l) => {
    // functionKeys lists a location's frames caller first; a stack here is leaf first.
    for (let i = 0; i < ofLocation.length; i++) frames[(frameStart[l + 1] as number) - 1 - i] = ofLocation[i] as number;
  });
  const result = { keys, frameStart, frames };
  memo.set(profile, result);
  return result;
}

/** The key indexes of sample `s`'s stack, leaf first, into `into` (cleared first). */
export function stackKeys(profile: Profile, stacks: SampleStacks, s: number, into: number[] = []): number[] {
  into.length = 0;
  const { stack, nodes } = profile.samples;
  for (let n = stack[s] as number; n > 0; n = nodes.parent[n] as number) {
    const l = nodes.location[n] as number;
    for (let f = stacks.frameStart[l] as number; f < (stacks.frameStart[l + 1] as number); f++)
      into.push(stacks.frames[f] as number);
  }
  return into;
}

/** The key names of sample `s`'s stack, leaf first. */
export function stackNames(profile: Profile, stacks: SampleStacks, s: number): string[] {
  return stackKeys(profile, stacks, s).map((k) => stacks.keys[k] as string);
}
