// Each sample's stack as function keys, leaf first (inlined frames innermost first), so that
// attribution can walk from a frame towards its callers. Memoised per profile object.

import type { Profile } from '../../model/profile.js';
import { functionKeys } from '../profile/function-keys.js';

export interface SampleStacks {
  /** Function keys (names), indexed by the numbers in `stacks`. */
  keys: string[];
  /** Per sample, the key indexes of its frames, leaf first. */
  stacks: Int32Array[];
}

const memo = new WeakMap<Profile, SampleStacks>();

export function sampleStacks(profile: Profile): SampleStacks {
  const known = memo.get(profile);
  if (known) return known;
  const { framesOfLocation: rootToLeaf, keys } = functionKeys(profile);
  // functionKeys lists a location's frames caller first; a stack here is leaf first.
  const framesOfLocation = rootToLeaf.map((frames) => frames.slice().reverse());
  const stacks = profile.samples.map((sample) => {
    let length = 0;
    for (const l of sample.locations) length += framesOfLocation[l]?.length ?? 0;
    const stack = new Int32Array(length);
    let at = 0;
    for (const l of sample.locations) {
      const frames = framesOfLocation[l];
      if (!frames) continue;
      stack.set(frames, at);
      at += frames.length;
    }
    return stack;
  });
  const result = { keys, stacks };
  memo.set(profile, result);
  return result;
}
