// Groups the profiles of every run by detected kind (never by file name) and picks the sample
// types to diff: all of them, except CPU's `samples` column, which only repeats `cpu` ÷ period.
// CPU samples recorded in a Go trace form a group of their own (`trace-cpu`), so a run that has
// both a CPU profile and a trace does not count its samples twice. Heap and allocs profiles are
// one group (the same data with another default type); for the tests, without runtime/pprof's
// own allocations.

import type { ArtifactContent, Run } from '../../model/artifact.js';
import type { Profile, ProfileKind, ValueType } from '../../model/profile.js';
import { filterSamples } from '../../model/profile-samples.js';
import type { RunProfiles } from './compare-runs.js';
import { functionKeys } from './function-keys.js';

export interface ProfileGroup {
  kind: ProfileKind;
  sampleTypes: ValueType[];
  base: RunProfiles[];
  head: RunProfiles[];
}

/** `forTests`: leave runtime/pprof's own allocations out (analysis); flame graphs keep every sample. */
export function groupProfiles(
  base: readonly Run[],
  head: readonly Run[],
  options: { forTests?: boolean } = {},
): ProfileGroup[] {
  const groups = new Map<string, ProfileGroup>();
  const add = (run: Run, side: 'base' | 'head'): void => {
    const byKey = new Map<string, Profile[]>();
    const hasHeap = run.artifacts.some((a) => a.content.type === 'profile' && a.content.profile.kind === 'heap');
    for (const artifact of run.artifacts) {
      const found = profileOf(artifact.content);
      // A heap and an allocs profile of one run are the same data: the heap one is diffed, once.
      if (!found || (hasHeap && found.kind === 'allocs')) continue;
      const profile = options.forTests ? withoutProfilerAllocations(found) : found;
      const key = groupKey(profile);
      byKey.set(key, [...(byKey.get(key) ?? []), profile]);
      if (!groups.has(key))
        groups.set(key, { kind: profile.kind, sampleTypes: diffedTypes(profile), base: [], head: [] });
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
  if (profile.kind === 'allocs') return 'heap';
  return profile.kind === 'other' || profile.kind === 'folded'
    ? `${profile.kind}:${profile.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(',')}`
    : profile.kind;
}

function diffedTypes(profile: Profile): ValueType[] {
  if (profile.kind === 'cpu' || profile.kind === 'trace-cpu')
    return profile.sampleTypes.filter((t) => t.type !== 'samples');
  return profile.sampleTypes;
}

const profilerFree = new WeakMap<Profile, Profile>();

/**
 * A heap or allocs profile without the samples that runtime/pprof itself allocated (writing the
 * CPU profile, building this one): the profiler's own allocations are never tested.
 */
function withoutProfilerAllocations(profile: Profile): Profile {
  if (profile.kind !== 'heap' && profile.kind !== 'allocs') return profile;
  const known = profilerFree.get(profile);
  if (known) return known;
  const { keys, framesOfLocation } = functionKeys(profile);
  const ownKey = keys.map((k) => k.startsWith('runtime/pprof.'));
  const ownLocation = framesOfLocation.map((frames) => frames.some((k) => ownKey[k] === true));
  // A node is the profiler's when its location or one of its callers' is (callers come first).
  const { stack, nodes } = profile.samples;
  const ownNode = new Uint8Array(nodes.count);
  for (let n = 1; n < nodes.count; n++)
    ownNode[n] = ownNode[nodes.parent[n] as number] === 1 || ownLocation[nodes.location[n] as number] === true ? 1 : 0;
  const samples = filterSamples(profile.samples, (s) => ownNode[stack[s] as number] === 0);
  const result = samples === profile.samples ? profile : { ...profile, samples };
  profilerFree.set(profile, result);
  return result;
}
