// Each sample's stack as function keys, leaf first (inlined frames innermost first), so that
// attribution can walk from a frame towards its callers. In columns like the samples themselves
// (one Int32Array and offsets, model/profile-samples.ts). Memoised per profile object.

import type { Profile } from '../../model/profile.js';
import { functionKeys } from '../profile/function-keys.js';

export interface SampleStacks {
  /** Function keys (names), indexed by the numbers in `frames`. */
  keys: string[];
  /** Sample `s`'s key indexes, leaf first, are `frames[stackStart[s] .. stackStart[s + 1])`. */
  stackStart: Int32Array;
  frames: Int32Array;
}

const memo = new WeakMap<Profile, SampleStacks>();

export function sampleStacks(profile: Profile): SampleStacks {
  const known = memo.get(profile);
  if (known) return known;
  const { framesOfLocation: rootToLeaf, keys } = functionKeys(profile);
  // functionKeys lists a location's frames caller first; a stack here is leaf first.
  const framesOfLocation = rootToLeaf.map((frames) => frames.slice().reverse());
  const { count, stackStart: locationStart, locations } = profile.samples;
  const stackStart = new Int32Array(count + 1);
  let length = 0;
  for (let i = 0; i < locations.length; i++) length += framesOfLocation[locations[i] as number]?.length ?? 0;
  const frames = new Int32Array(length);
  let at = 0;
  for (let s = 0; s < count; s++) {
    stackStart[s] = at;
    for (let i = locationStart[s] as number; i < (locationStart[s + 1] as number); i++) {
      const ofLocation = framesOfLocation[locations[i] as number];
      if (!ofLocation) continue;
      frames.set(ofLocation, at);
      at += ofLocation.length;
    }
  }
  stackStart[count] = at;
  const result = { keys, stackStart, frames };
  memo.set(profile, result);
  return result;
}

/** The key names of sample `s`'s stack, leaf first. */
export function stackNames(stacks: SampleStacks, s: number): string[] {
  const names: string[] = [];
  for (let i = stacks.stackStart[s] as number; i < (stacks.stackStart[s + 1] as number); i++)
    names.push(stacks.keys[stacks.frames[i] as number] as string);
  return names;
}
