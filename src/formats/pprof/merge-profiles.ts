// Merges profiles of one kind (the runs of one side, or base and head) into one Profile, the
// way `go tool pprof` merges several files: tables are unioned (equal functions, locations and
// mappings shared) and samples concatenated, each side's values scaled and labelled as asked.

import type { Label, Location, Mapping, Profile, ProfileFunction } from '../../model/profile.js';
import { maxNarrowLocations, SampleColumnsBuilder, type SampleColumns } from '../../model/profile-samples.js';
import { nodeDepths } from '../../model/profile-stacks.js';

export interface MergeInput {
  profile: Profile;
  /** Multiplies every value (−1 for a diff base); results are rounded to integers. */
  scale?: number;
  /** Labels added to every sample of this profile. */
  labels?: Label[];
}

/** The merged profile has the sample types of the first input; others are matched by type name. */
export function mergeProfiles(inputs: readonly MergeInput[]): Profile {
  const first = inputs[0]?.profile;
  if (!first) throw new RangeError('mergeProfiles needs at least one profile');
  const width = first.sampleTypes.length;
  const samples = new SampleColumnsBuilder(
    width,
    inputs.reduce((n, { profile }) => n + profile.samples.count, 0),
    inputs.reduce((n, { profile }) => n + profile.samples.nodes.count, 0),
    inputs.reduce((n, { profile }) => n + profile.locations.length, 0) <= maxNarrowLocations,
  );
  const merged: Profile = {
    ...first,
    locations: [],
    functions: [],
    mappings: [],
    comments: [],
    durationNanos: 0,
  };
  const functionIds = new Map<string, number>();
  const mappingIds = new Map<string, number>();
  const locationIds = new Map<string, number>();
  for (const { profile, scale = 1, labels = [] } of inputs) {
    const fnMap = profile.functions.map((fn) => intern(functionIds, functionKey(fn), merged.functions, fn));
    const mapMap = profile.mappings.map((m) => intern(mappingIds, mappingKey(m), merged.mappings, m));
    const locMap = profile.locations.map((loc) => {
      const moved: Location = {
        ...loc,
        mappingIndex: loc.mappingIndex >= 0 ? (mapMap[loc.mappingIndex] as number) : -1,
        lines: loc.lines.map((l) => ({ ...l, functionIndex: fnMap[l.functionIndex] as number })),
      };
      return intern(locationIds, locationKey(moved), merged.locations, moved);
    });
    const columns = first.sampleTypes.map((t) => profile.sampleTypes.findIndex((u) => u.type === t.type));
    const labelSets = profile.samples.labelSets.map((set) => samples.labelSetId([...set, ...labels]));
    appendSamples(samples, profile.samples, { locMap, columns, scale, labelSets });
    merged.durationNanos += profile.durationNanos; // as pprof merges
  }
  return { ...merged, samples: samples.build(merged.locations.length) };
}

interface Remap {
  locMap: readonly number[];
  /** The input's column of each merged sample type, or −1. */
  columns: readonly number[];
  scale: number;
  /** The merged label set of each of the input's label sets. */
  labelSets: readonly number[];
}

function appendSamples(into: SampleColumnsBuilder, from: SampleColumns, remap: Remap): void {
  const { count, width, values, stack, nodes, labelSet } = from;
  // Each stack node maps to one merged node (parents come before their children).
  const nodeMap = new Int32Array(nodes.count);
  const depth = nodeDepths(nodes);
  for (let n = 1; n < nodes.count; n++) {
    const location = remap.locMap[nodes.location[n] as number] as number;
    nodeMap[n] = into.stackNode(nodeMap[nodes.parent[n] as number] as number, location, depth[n] as number);
  }
  const columns = Int32Array.from(remap.columns);
  const scaled = new Float64Array(columns.length);
  for (let s = 0; s < count; s++) {
    for (let t = 0; t < columns.length; t++) {
      const c = columns[t] as number;
      scaled[t] = c >= 0 ? Math.round((values[s * width + c] as number) * remap.scale) || 0 : 0;
    }
    into.setValues(scaled);
    into.endAt(nodeMap[stack[s] as number] as number, remap.labelSets[labelSet[s] as number]);
  }
}

function intern<T>(ids: Map<string, number>, key: string, table: T[], value: T): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = table.push(value) - 1;
    ids.set(key, id);
  }
  return id;
}

function functionKey(fn: ProfileFunction): string {
  return JSON.stringify([fn.name, fn.systemName, fn.filename, fn.startLine]);
}

function mappingKey(m: Mapping): string {
  return JSON.stringify([m.filename, m.buildId, String(m.memoryStart), String(m.memoryLimit), String(m.fileOffset)]);
}

function locationKey(loc: Location): string {
  return JSON.stringify([
    loc.mappingIndex,
    String(loc.address),
    loc.isFolded,
    loc.lines.map((l) => [l.functionIndex, l.line, l.column]),
  ]);
}
