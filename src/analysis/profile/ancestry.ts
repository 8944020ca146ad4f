// Which of a few functions call which (directly or not), read off the stacks of some profiles.
// Used to report the ancestors of a regressed function as context rather than as findings.

import type { Profile } from '../../model/profile.js';
import { functionKeys } from './function-keys.js';

/** For each function key in `keys`, the keys of `keys` that appear above it in some stack. */
export function ancestorsAmong(profiles: readonly Profile[], keys: ReadonlySet<string>): Map<string, Set<string>> {
  const ancestors = new Map<string, Set<string>>();
  if (keys.size < 2) return ancestors;
  for (const profile of profiles) {
    const { framesOfLocation, keys: names } = functionKeys(profile);
    const { count, stackStart, stackEnd, locations } = profile.samples;
    for (let s = 0; s < count; s++) {
      const onStack: string[] = []; // root first
      for (let i = (stackEnd[s] as number) - 1; i >= (stackStart[s] as number); i--) {
        for (const key of framesOfLocation[locations[i] as number] ?? []) {
          const name = names[key] ?? '';
          if (keys.has(name)) onStack.push(name);
        }
      }
      onStack.forEach((name, depth) => {
        for (const above of onStack.slice(0, depth)) {
          if (above === name) continue;
          const set = ancestors.get(name) ?? new Set<string>();
          set.add(above);
          ancestors.set(name, set);
        }
      });
    }
  }
  return ancestors;
}
