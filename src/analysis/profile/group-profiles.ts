// Groups the profiles of every run by detected kind (never by file name) and picks the sample
// types to diff: all of them, except CPU's `samples` column, which only repeats `cpu` ÷ period.
// CPU samples recorded in a Go trace form a group of their own (`trace-cpu`), so a run that has
// both a CPU profile and a trace does not count its samples twice.

import type { ArtifactContent, Run } from '../../model/artifact.js';
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
      const profile = profileOf(artifact.content);
      if (!profile) continue;
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

function profileOf(content: ArtifactContent): Profile | undefined {
  if (content.type === 'profile') return content.profile;
  if (content.type === 'go-trace') return content.profile;
  return undefined;
}

function groupKey(profile: Profile): string {
  return profile.kind === 'other' || profile.kind === 'folded'
    ? `${profile.kind}:${profile.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(',')}`
    : profile.kind;
}

function diffedTypes(profile: Profile): ValueType[] {
  if (profile.kind === 'cpu' || profile.kind === 'trace-cpu') return profile.sampleTypes.filter((t) => t.type !== 'samples');
  return profile.sampleTypes;
}
