// Which Go profile a decoded profile.proto is, from its sample types (formats.md B3). Block and
// mutex profiles share their sample types; mutex stacks start at the unlock that released the
// contended lock (or at the runtime's lost-contention marker), so leaf functions tell them apart.

import type { Profile, ProfileKind } from '../../model/profile.js';

const mutexLeaf = /(^|\.)(\(\*(RW)?Mutex\)\.R?Unlock|unlock\w*|_LostContendedRuntimeLock|_LostContendedLock)$/;

export function inferProfileKind(profile: Omit<Profile, 'kind'>): ProfileKind {
  const types = profile.sampleTypes.map((t) => t.type).join(',');
  if (types === 'samples,cpu') return 'cpu';
  if (types === 'alloc_objects,alloc_space,inuse_objects,inuse_space') {
    return profile.defaultSampleType === 'alloc_space' ? 'allocs' : 'heap';
  }
  if (types === 'contentions,delay') return hasUnlockLeaf(profile) ? 'mutex' : 'block';
  if (types === 'goroutine') return 'goroutine';
  if (types === 'threadcreate') return 'threadcreate';
  return 'other';
}

function hasUnlockLeaf(profile: Omit<Profile, 'kind'>): boolean {
  const { count, stack, nodes } = profile.samples;
  for (let s = 0; s < count; s++) {
    const leaf = stack[s] as number;
    if (leaf === 0) continue;
    const line = profile.locations[nodes.location[leaf] as number]?.lines[0];
    const name = line ? profile.functions[line.functionIndex]?.name : undefined;
    if (name !== undefined && mutexLeaf.test(name)) return true;
  }
  return false;
}
