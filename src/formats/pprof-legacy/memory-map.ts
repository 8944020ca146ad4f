// The memory map at the end of a legacy profile (/proc/self/maps lines or the brief
// `start-end file (@offset) buildid` form) and pprof's heuristics that tie each address to its
// mapping: adjacent pieces merged, the main binary first, a fake mapping for the rest.
// A port of google/pprof profile/legacy_profile.go (ParseMemoryMap, remapMappingIDs).

import { usedLocations, type LegacyMapping, type LegacyProfile } from './legacy-model.js';
import type { LineScanner } from './line-scanner.js';

const cHex = '(?:0x)?([0-9A-Fa-f]+)';
const cHexRange = `\\s*${cHex}[\\s-]?\\s*${cHex}:?`;
const cPerm = '(?:\\s+([-rwxp]+))?';
const cSpaceHex = '(?:\\s+([0-9A-Fa-f]+))?';
const cSpaceString = '(?:\\s+(\\S+))?';
const procMaps = new RegExp(`^${cHexRange}${cPerm}${cSpaceHex}\\s+[0-9A-Fa-f]+:[0-9A-Fa-f]+\\s+[0-9]+${cSpaceString}`);
const briefMaps = new RegExp(`^${cHexRange}${cPerm}${cSpaceString}(?:\\s+\\(@([0-9A-Fa-f]+)\\))?${cSpaceHex}`);
const logPrefix = /^[^[\]]+:[0-9]+]\s/;
const libFile = /([.]so$|[.]so[._][0-9]+)/;
const maxUint64 = (1n << 64n) - 1n;

/** Reads the mapping lines left in `s` and assigns every sampled address to a mapping. */
export function parseMemoryMap(s: LineScanner, p: LegacyProfile): void {
  const replacements: [string, string][] = [];
  while (s.scan()) {
    const line = replaceAttrs(removeLoggingInfo(s.text), replacements);
    const m = mappingEntry(line);
    if (m === 'unrecognized') {
      const eq = line.indexOf('=');
      if (eq >= 0) replacements.push([`$${line.slice(0, eq).trim()}`, line.slice(eq + 1).trim()]);
      continue;
    }
    if (m) p.mappings.push(m);
  }
  massageMappings(p);
  remapMappings(p);
}

function removeLoggingInfo(line: string): string {
  const m = logPrefix.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** strings.Replacer: at each position the first listed `$attr` that matches is replaced. */
function replaceAttrs(line: string, pairs: [string, string][]): string {
  if (pairs.length === 0) return line;
  let out = '';
  for (let i = 0; i < line.length;) {
    const hit = pairs.find(([from]) => from !== '' && line.startsWith(from, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else out += line[i++];
  }
  return out;
}

interface MappingFields {
  start: string;
  end: string;
  perm: string | undefined;
  file: string | undefined;
  offset: string | undefined;
  buildId: string | undefined;
}

function mappingFields(line: string): MappingFields | undefined {
  const proc = procMaps.exec(line);
  if (proc) {
    const [, start = '', end = '', perm, offset, file] = proc;
    return { start, end, perm, offset, file, buildId: undefined };
  }
  const b = briefMaps.exec(line);
  if (b) return { start: b[1] ?? '', end: b[2] ?? '', perm: b[3], file: b[4], offset: b[5], buildId: b[6] };
  return undefined;
}

function mappingEntry(line: string): LegacyMapping | undefined | 'unrecognized' {
  const f = mappingFields(line);
  if (!f) return 'unrecognized';
  if (f.perm && !f.perm.includes('x')) return undefined; // not executable
  const start = BigInt(`0x${f.start}`);
  const limit = BigInt(`0x${f.end}`);
  const offset = f.offset ? BigInt(`0x${f.offset}`) : 0n;
  if (start > maxUint64 || limit > maxUint64 || offset > maxUint64) return 'unrecognized';
  return { start, limit, offset, file: f.file ?? '', buildId: f.buildId ?? '' };
}

function adjacent(a: LegacyMapping, b: LegacyMapping): boolean {
  if (a.file !== '' && b.file !== '' && a.file !== b.file) return false;
  if (a.buildId !== '' && b.buildId !== '' && a.buildId !== b.buildId) return false;
  if (a.limit !== b.start) return false;
  return a.offset === 0n || b.offset === 0n || a.offset + (a.limit - a.start) === b.offset;
}

/** Merges pieces of one mapping and puts the main binary (not a .so, not `[vdso]`) first. */
function massageMappings(p: LegacyProfile): void {
  if (p.mappings.length > 1) {
    const merged: LegacyMapping[] = [p.mappings[0] as LegacyMapping];
    for (const m of p.mappings.slice(1)) {
      const last = merged[merged.length - 1] as LegacyMapping;
      if (!adjacent(last, m)) {
        merged.push(m);
        continue;
      }
      last.limit = m.limit;
      if (m.file !== '') last.file = m.file;
      if (m.buildId !== '') last.buildId = m.buildId;
    }
    p.mappings = merged;
  }
  const main = p.mappings.findIndex((m) => {
    const file = m.file.replace(/\(deleted\)/g, '').trim();
    return file !== '' && !libFile.test(file) && !file.startsWith('[');
  });
  if (main > 0) [p.mappings[0], p.mappings[main]] = [p.mappings[main] as LegacyMapping, p.mappings[0] as LegacyMapping];
}

function remapMappings(p: LegacyProfile): void {
  const first = p.mappings[0];
  const second = p.mappings[1];
  if (first?.file.startsWith('/anon_hugepage') && second && first.limit === second.start) p.mappings.shift();
  const main = p.mappings[0];
  if (main && main.start - main.offset === 0x400000n) {
    main.start = 0x400000n;
    main.offset = 0n;
  }
  let fake: LegacyMapping | undefined;
  for (const loc of usedLocations(p)) {
    if (loc.mapping || loc.address === 0n) continue;
    const address = loc.address;
    loc.mapping = p.mappings.find((m) => m.start <= address && address < m.limit) ?? splitMapping(p, address);
    if (loc.mapping) continue;
    if (!fake) {
      fake = { start: 0n, limit: maxUint64, offset: 0n, file: '', buildId: '' };
      p.mappings.push(fake);
    }
    loc.mapping = fake;
  }
}

/** Legacy handlers may leave out the first part of a mapping split in two: extend it down. */
function splitMapping(p: LegacyProfile, address: bigint): LegacyMapping | undefined {
  const covers = (m: LegacyMapping) => m.offset !== 0n && m.offset <= m.start && m.start - m.offset <= address;
  const m = p.mappings.find((m) => covers(m) && address < m.start);
  if (m) {
    m.start -= m.offset;
    m.offset = 0n;
  }
  return m;
}
