// The call tree of some profiles for flame graphs: one node per distinct root-to-leaf path of
// function keys (inlined frames are frames of their own, as in pprof), with the path's total and
// self value for each of several sample types at once, so a heap profile's four columns take one
// pass. Kept in columns (src/model/stack-trie.ts): a large profile's tree is ~60 bytes a node.

import { functionKeys } from '../../analysis/profile/function-keys.js';
import type { Profile } from '../../model/profile.js';
import { StackTrie } from '../../model/stack-trie.js';

/** The tree of `runs` (summed over runs and profiles) for the sample types named in `sampleTypes`. */
export function stackTreeOf(runs: readonly (readonly Profile[])[], sampleTypes: readonly string[]): StackTrie {
  const trie = new StackTrie(sampleTypes.length);
  for (const run of runs) for (const profile of run) addToStackTree(trie, profile, sampleTypes);
  return trie;
}

/** Adds every sample of `profile` to `trie`, for the sample types named in `sampleTypes`. */
export function addToStackTree(trie: StackTrie, profile: Profile, sampleTypes: readonly string[]): void {
  const columns = sampleTypes.map((type) => profile.sampleTypes.findIndex((t) => t.type === type));
  if (columns.every((c) => c < 0)) return;
  const { framesOfLocation, keys } = functionKeys(profile);
  // Frames of each location, caller first (function-keys.ts), as names.
  const framesOf = framesOfLocation.map((frames) => Array.from(frames, (k) => keys[k] ?? ''));
  trie.addProfile(profile, columns, framesOf);
}
