// Turns a decoded profile.proto message into the model: string indexes resolved, ids mapped to
// array indexes, and the structural check of pprof's CheckValid (ids non-zero and unique,
// references resolve, one value per sample type, string indexes in range).

import { FormatError } from '../../model/format-error.js';
import type { Label, Line, Location, Mapping, Profile, ProfileFunction, ValueType } from '../../model/profile.js';
import type { DecodedProfile, RawProfile } from './decode.js';
import { decodeSamples } from './decode-samples.js';
import { int64, uint64, uint64Big, type Int64 } from './long.js';
import { inferProfileKind } from './profile-kind.js';

type Raw<K extends keyof RawProfile> = RawProfile[K];

export function buildProfile(decoded: DecodedProfile, maxTableEntries: number): Profile {
  const raw = decoded.raw;
  const strings = raw.stringTable ?? [];
  checkTableSizes(raw, decoded.sampleCount, maxTableEntries);
  if (strings.length > 0 && strings[0] !== '')
    fail('pprof.bad-string-table', 'string_table[0] must be the empty string');
  const str = (index: Int64 | null | undefined, what: string): string => {
    const i = int64(index);
    const s = strings[i];
    if (s === undefined || i < 0)
      fail('pprof.bad-string-index', `${what} points at string ${i}, but the table has ${strings.length}`);
    return s;
  };
  const sampleTypes = (raw.sampleType ?? []).map((t, i) => valueType(t, str, `sample_type[${i}]`));
  const mappingIds = indexIds(raw.mapping ?? [], 'mapping');
  const functionIds = indexIds(raw.function ?? [], 'function');
  const locationIds = indexIds(raw.location ?? [], 'location');
  const functions = (raw.function ?? []).map((f, i) => buildFunction(f, str, i));
  const mappings = (raw.mapping ?? []).map((m, i) => buildMapping(m, str, i));
  const locations = (raw.location ?? []).map((l, i) => buildLocation(l, i, mappingIds, functionIds));
  const samples = decodeSamples(decoded, {
    width: sampleTypes.length,
    location: (id) => locationIds.get(id),
    locationTable: locationIds.dense,
    locationCount: locations.length,
    label: (key, s, num, numUnit, at) => buildLabel({ key, str: s, num, numUnit }, str, at),
  });
  const profile: Omit<Profile, 'kind'> = {
    sampleTypes,
    defaultSampleType: defaultSampleType(raw, sampleTypes, str),
    functions,
    mappings,
    locations,
    samples,
    periodType: raw.periodType ? valueType(raw.periodType, str, 'period_type') : undefined,
    period: int64(raw.period),
    durationNanos: int64(raw.durationNanos),
    timeNanos: int64(raw.timeNanos),
    comments: (raw.comment ?? []).map((c, i) => str(c, `comment[${i}]`)),
    dropFrames: str(raw.dropFrames, 'drop_frames'),
    keepFrames: str(raw.keepFrames, 'keep_frames'),
  };
  return { kind: inferProfileKind(profile), ...profile };
}

function fail(code: string, detail: string): never {
  throw new FormatError('pprof', code, detail);
}

function checkTableSizes(raw: RawProfile, sampleCount: number, max: number): void {
  const tables: [string, number][] = [
    ['string_table', raw.stringTable?.length ?? 0],
    ['sample', sampleCount],
    ['location', raw.location?.length ?? 0],
    ['function', raw.function?.length ?? 0],
    ['mapping', raw.mapping?.length ?? 0],
  ];
  for (const [name, size] of tables) {
    if (size > max) fail('pprof.too-large', `${name} has ${size} entries, above maxTableEntries=${max}`);
  }
}

function valueType(
  t: Raw<'periodType'> & object,
  str: (i: Int64 | null | undefined, w: string) => string,
  what: string,
): ValueType {
  return { type: str(t.type, `${what}.type`), unit: str(t.unit, `${what}.unit`) };
}

function defaultSampleType(
  raw: RawProfile,
  types: ValueType[],
  str: (i: Int64 | null | undefined, w: string) => string,
): string {
  const named = int64(raw.defaultSampleType) !== 0 ? str(raw.defaultSampleType, 'default_sample_type') : '';
  return named || (types[types.length - 1]?.type ?? '');
}

/** Resolves ids to array indexes: a dense table when ids are small (Go numbers them 1…n). */
interface IdIndex {
  get(id: number): number | undefined;
  /** Index by id, −1 where no entry has that id; when ids are small. */
  dense?: Int32Array;
}

/** Maps each entry's non-zero, unique id to its array index. */
function indexIds(table: { id?: Int64 | null }[], name: string): IdIndex {
  const ids = table.map((entry) => uint64(entry.id));
  const maxId = ids.reduce((a, b) => Math.max(a, b), 0);
  const dense = maxId <= 4 * table.length + 16 ? new Int32Array(maxId + 1).fill(-1) : undefined;
  const sparse = new Map<number, number>();
  ids.forEach((id, index) => {
    if (id === 0) fail('pprof.bad-id', `${name}[${index}] has id 0`);
    if ((dense ? (dense[id] as number) : (sparse.get(id) ?? -1)) >= 0)
      fail('pprof.bad-id', `${name} id ${id} appears twice`);
    if (dense) dense[id] = index;
    else sparse.set(id, index);
  });
  if (!dense) return sparse;
  return {
    get: (id) => (id >= 0 && id < dense.length && (dense[id] as number) >= 0 ? dense[id] : undefined),
    dense,
  };
}

function resolve(ids: IdIndex, id: number, what: string): number {
  const index = ids.get(id);
  if (index === undefined) fail('pprof.bad-reference', `${what} refers to id ${id}, which does not exist`);
  return index;
}

function buildFunction(
  f: Raw<'function'>[number],
  str: (i: Int64 | null | undefined, w: string) => string,
  i: number,
): ProfileFunction {
  const at = `function[${i}]`;
  return {
    name: str(f.name, `${at}.name`),
    systemName: str(f.systemName, `${at}.system_name`),
    filename: str(f.filename, `${at}.filename`),
    startLine: int64(f.startLine),
  };
}

function buildMapping(
  m: Raw<'mapping'>[number],
  str: (i: Int64 | null | undefined, w: string) => string,
  i: number,
): Mapping {
  const at = `mapping[${i}]`;
  return {
    memoryStart: uint64Big(m.memoryStart),
    memoryLimit: uint64Big(m.memoryLimit),
    fileOffset: uint64Big(m.fileOffset),
    filename: str(m.filename, `${at}.filename`),
    buildId: str(m.buildId, `${at}.build_id`),
    hasFunctions: m.hasFunctions === true,
    hasFilenames: m.hasFilenames === true,
    hasLineNumbers: m.hasLineNumbers === true,
    hasInlineFrames: m.hasInlineFrames === true,
  };
}

function buildLocation(l: Raw<'location'>[number], i: number, mappings: IdIndex, functions: IdIndex): Location {
  const mappingId = uint64(l.mappingId);
  const lines: Line[] = (l.line ?? []).map((line, j) => ({
    functionIndex: resolve(functions, uint64(line.functionId), `location[${i}].line[${j}]`),
    line: int64(line.line),
    column: int64(line.column),
  }));
  return {
    mappingIndex: mappingId === 0 ? -1 : resolve(mappings, mappingId, `location[${i}]`),
    address: uint64Big(l.address),
    lines,
    isFolded: l.isFolded === true,
  };
}

function buildLabel(
  label: { key: number; str: number; num: number; numUnit: number },
  str: (i: Int64 | null | undefined, w: string) => string,
  at: string,
): Label {
  const built: Label = { key: str(label.key, `${at}.key`) };
  if (int64(label.str) !== 0) built.str = str(label.str, `${at}.str`);
  if (int64(label.num) !== 0) built.num = int64(label.num);
  if (int64(label.numUnit) !== 0) built.numUnit = str(label.numUnit, `${at}.num_unit`);
  return built;
}
