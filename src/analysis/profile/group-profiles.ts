// Groups the profiles of every run by detected kind (never by file name) and picks the sample
// types to diff: all of them, except CPU's `samples` column, which only repeats `cpu` ÷ period.

import type { Run } from '../../model/artifact.js';
import type { Profile, ProfileKind, ValueType } from '../../model/profile.js';
import type { RunProfiles } from './compare-runs.js';

export interface ProfileGroup {
  kind: ProfileKind;
  sampleTypes: ValueType[];
  base: RunProfiles[];
  head: RunProfiles[];
}

export function groupProfiles(base: readonly Run[], head: readonly Run[]): ProfileGroup[] {
  const groups = new Map<string, ProfileGroup>();
  const add = (run: Run, side: 'base' | 'head'): void => {
    const byKey = new Map<string, Profile[]>();
    for (const artifact of run.artifacts) {
      if (artifact.content.type !== 'profile') continue;
      const profile = artifact.content.profile;
      const key = groupKey(profile);
      byKey.set(key, [...(byKey.get(key) ?? []), profile]);
      if (!groups.has(key)) groups.set(key, { kind: profile.kind, sampleTypes: diffedTypes(profile), base: [], head: [] });
    }
    for (const [key, profiles] of byKey) groups.get(key)?.[side].push({ run: run.id, profiles });
  };
  base.forEach((run) => add(run, 'base'));
  head.forEach((run) => add(run, 'head'));
  return [...groups.values()];
}

function groupKey(profile: Profile): string {
  return profile.kind === 'other' || profile.kind === 'folded'
    ? `${profile.kind}:${profile.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(',')}`
    : profile.kind;
}

function diffedTypes(profile: Profile): ValueType[] {
  if (profile.kind === 'cpu') return profile.sampleTypes.filter((t) => t.type !== 'samples');
  return profile.sampleTypes;
}
