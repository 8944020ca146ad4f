// The differential profile `go tool pprof -diff_base base head` builds in memory, written out so
// users can open it themselves: head's samples plus base's samples negated and labelled
// `pprof::base=true` (pprof uses that label for percentages of the base total).

import type { Profile } from '../../model/profile.js';
import { mergeProfiles } from './merge-profiles.js';

export const diffBaseLabel = { key: 'pprof::base', str: 'true' } as const;

/**
 * Base and head are each merged over their runs (summed, as `pprof` merges several files).
 * When the sides have different numbers of runs, base is rescaled to head's run count.
 */
export function diffProfile(
  base: readonly Profile[],
  head: readonly Profile[],
  baseRuns: number,
  headRuns: number,
): Profile {
  const baseScale = -(baseRuns > 0 && headRuns > 0 ? headRuns / baseRuns : 1);
  return mergeProfiles([
    ...head.map((profile) => ({ profile })),
    ...base.map((profile) => ({ profile, scale: baseScale, labels: [{ ...diffBaseLabel }] })),
  ]);
}
