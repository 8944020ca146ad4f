// Which of a few functions call which (directly or not), read off the stacks of some profiles.
// Used to report the ancestors of a regressed function as context rather than as findings.
// A recursive stack names the same function many times: each stack is reduced to its distinct
// functions first (a function's ancestors are those first seen above its deepest frame). A chain
// of thousands of distinct flagged functions still has millions of pairs, so the pairs recorded
// are capped (`maxAncestorPairs`): past it, ancestry is incomplete and the findings that rely on it
// are kept rather than explained away (docs/reliability.md).

import type { Profile } from '../../model/profile.js';
import { readStack } from '../../model/profile-stacks.js';
import { functionKeys } from './function-keys.js';

export const maxAncestorPairs = 2_000_000;

/** For each function key in `keys`, the keys of `keys` that appear above it in some stack. */
export function ancestorsAmong(profiles: readonly Profile[], keys: ReadonlySet<string>): Map<string, Set<string>> {
  const ancestors = new Map<string, Set<string>>();
  if (keys.size < 2) return ancestors;
  let pairs = 0;
  for (const profile of profiles) {
    const { framesOfLocation, keys: names } = functionKeys(profile);
    const { count, stack, nodes } = profile.samples;
    const locations = new Int32Array(nodes.maxDepth);
    for (let s = 0; s < count; s++) {
      const first = new Map<string, number>(); // insertion order: root-most occurrence first
      const deepest = new Map<string, number>();
      let depth = 0;
      for (let i = readStack(nodes, stack[s] as number, locations) - 1; i >= 0; i--) {
        for (const key of framesOfLocation[locations[i] as number] ?? []) {
          const name = names[key] ?? '';
          if (!keys.has(name)) continue;
          if (!first.has(name)) first.set(name, depth);
          deepest.set(name, depth++);
        }
      }
      if (first.size < 2) continue;
      for (const [name, at] of deepest) {
        for (const [above, from] of first) {
          if (from >= at) break;
          if (above === name) continue;
          let set = ancestors.get(name);
          if (!set) ancestors.set(name, (set = new Set<string>()));
          set.add(above);
          if (++pairs >= maxAncestorPairs) return ancestors;
        }
      }
    }
  }
  return ancestors;
}

/** For each key, the sum of `points` of the keys it is an ancestor of. */
export function pointsBelow(ancestors: ReadonlyMap<string, ReadonlySet<string>>, points: ReadonlyMap<string, number>) {
  const below = new Map<string, number>();
  for (const [other, above] of ancestors) {
    const p = points.get(other) ?? 0;
    for (const key of above) below.set(key, (below.get(key) ?? 0) + p);
  }
  return below;
}
