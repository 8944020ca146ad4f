// A parsed legacy profile → the model Profile (what `go tool pprof -proto` would write for it).

import type { Label, Location, Mapping, Profile, ProfileFunction } from '../../model/profile.js';
import { SampleColumnsBuilder } from '../../model/profile-samples.js';
import { inferProfileKind } from '../pprof/profile-kind.js';
import type { LegacyFunction, LegacyLocation, LegacyMapping, LegacyProfile } from './legacy-model.js';
import { usedLocations } from './legacy-model.js';

/** pprof's drop_frames for legacy C++ heap profiles and for contention / CPU profiles. */
const dropFramesByKind: Record<string, string> = {
  heap: [
    'calloc|cfree|malloc|free|memalign|do_memalign|(__)?posix_memalign|pvalloc|valloc|realloc',
    'tcmalloc::.*|runtime\\..*',
  ].join('|'),
  contention: 'RecordLockProfileData|(base::)?RecordLockProfileData.*|(Mutex::)?Unlock.*|(SpinLock::)?Unlock.*',
  cpu: 'ProfileData::Add|ProfileData::prof_handler|CpuProfiler::prof_handler|__pthread_sighandler|__restore',
};

export function toProfile(p: LegacyProfile): Profile {
  const locations = usedLocations(p);
  const locationIndex = new Map<LegacyLocation, number>(locations.map((l, i) => [l, i]));
  const mappingIndex = new Map<LegacyMapping, number>(p.mappings.map((m, i) => [m, i]));
  const functionIndex = new Map<LegacyFunction, number>();
  const functions: ProfileFunction[] = [];
  const modelLocations: Location[] = locations.map((l) => {
    const lines = [];
    if (l.line) {
      let fi = functionIndex.get(l.line.fn);
      if (fi === undefined) {
        const { name, filename } = l.line.fn;
        fi = functions.push({ name, systemName: name, filename, startLine: 0 }) - 1;
        functionIndex.set(l.line.fn, fi);
      }
      lines.push({ functionIndex: fi, line: l.line.line, column: 0 });
    }
    const mapping = l.mapping ? (mappingIndex.get(l.mapping) ?? -1) : -1;
    return { mappingIndex: mapping, address: l.address, lines, isFolded: false };
  });
  const samples = new SampleColumnsBuilder(p.sampleTypes.length, p.samples.length);
  for (const s of p.samples) {
    const labels: Label[] = s.bytes === undefined ? [] : [{ key: 'bytes', num: s.bytes }];
    samples.push({ locations: s.locations.map((l) => locationIndex.get(l) ?? 0), values: s.values, labels });
  }
  const profile: Omit<Profile, 'kind'> = {
    sampleTypes: p.sampleTypes,
    defaultSampleType: p.sampleTypes[p.sampleTypes.length - 1]?.type ?? '',
    samples: samples.build(modelLocations.length),
    locations: modelLocations,
    functions,
    mappings: p.mappings.map(toMapping),
    periodType: p.periodType,
    period: p.period,
    durationNanos: p.durationNanos,
    timeNanos: 0,
    comments: [],
    dropFrames: dropFramesOf(p),
    keepFrames: '',
  };
  return { kind: inferProfileKind(profile), ...profile };
}

function toMapping(m: LegacyMapping): Mapping {
  const common = { hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false };
  const where = { memoryStart: m.start, memoryLimit: m.limit, fileOffset: m.offset };
  return { ...where, filename: m.file, buildId: m.buildId, ...common };
}

function dropFramesOf(p: LegacyProfile): string {
  const types = p.sampleTypes.map((t) => t.type).join(',');
  const heap = /^(allocations,size|objects,space|inuse_objects,inuse_space|alloc_objects,alloc_space)$/;
  const goHeap = 'alloc_objects,alloc_space,inuse_objects,inuse_space';
  if (heap.test(types) || types === goHeap) {
    return dropFramesByKind['heap'] ?? '';
  }
  return types === 'contentions,delay' ? (dropFramesByKind['contention'] ?? '') : (dropFramesByKind['cpu'] ?? '');
}
