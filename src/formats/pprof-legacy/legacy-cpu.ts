// The legacy binary CPU profile (gperftools' profiler, Go before 1.9): words of 32 or 64 bits in
// either byte order — header 0, 3, 0 (C++) or 1 (Java), period in µs, 0 — then
// `count, depth, pc…` records up to `0, 1, 0`, then the memory map (C++) or symbols (Java) as text.
// A port of google/pprof profile/legacy_profile.go (parseCPU) and legacy_java_profile.go.

import { parseJavaLocations } from './legacy-java.js';
import { LocationTable, newLegacyProfile, type LegacyProfile } from './legacy-model.js';
import { cleanupDuplicateLocations } from './legacy-thread.js';
import { parseMemoryMap } from './memory-map.js';
import { LineScanner } from './line-scanner.js';

interface WordReader {
  size: 4 | 8;
  little: boolean;
}

const readers: WordReader[] = [
  { size: 4, little: true },
  { size: 4, little: false },
  { size: 8, little: true },
  { size: 8, little: false },
];

/** Reads one word at `pos`, or undefined when fewer bytes remain. */
function word(b: Uint8Array, pos: number, r: WordReader): bigint | undefined {
  if (pos + r.size > b.length) return undefined;
  let v = 0n;
  for (let i = 0; i < r.size; i++) v = (v << 8n) | BigInt(b[pos + (r.little ? r.size - 1 - i : i)] as number);
  return v;
}

/** True when the bytes start with a legacy CPU profile header in some word size and order. */
export function sniffLegacyCpu(b: Uint8Array): boolean {
  return readers.some((r) => header(b, r) !== undefined);
}

function header(b: Uint8Array, r: WordReader): { java: boolean; periodUs: number } | undefined {
  const w = [0, 1, 2, 3, 4].map((i) => word(b, i * r.size, r));
  if (w.some((x) => x === undefined) || w[0] !== 0n || w[1] !== 3n || w[4] !== 0n) return undefined;
  if ((w[3] as bigint) <= 0n) return undefined;
  if (w[2] !== 0n && w[2] !== 1n) return undefined;
  return { java: w[2] === 1n, periodUs: Number(w[3]) };
}

export function parseCpu(b: Uint8Array): LegacyProfile | undefined {
  for (const r of readers) {
    const h = header(b, r);
    if (!h) continue;
    const types = [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ];
    const p = newLegacyProfile(types, { type: 'cpu', unit: 'nanoseconds' }, h.periodUs * 1000);
    const table = new LocationTable();
    const rest = cpuSamples(b, 5 * r.size, r, !h.java, p, table);
    if (rest === undefined) return undefined;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(rest));
    if (h.java) {
      parseJavaLocations(text, table, p);
      return p;
    }
    stripSignalFrames(p);
    parseMemoryMap(new LineScanner(text), p);
    cleanupDuplicateLocations(p.samples);
    return p;
  }
  return undefined;
}

/** Reads the sample records; returns where the text after them starts. */
function cpuSamples(
  b: Uint8Array,
  start: number,
  r: WordReader,
  adjust: boolean,
  p: LegacyProfile,
  table: LocationTable,
): number | undefined {
  let pos = start;
  while (pos < b.length) {
    const count = word(b, pos, r);
    const depth = word(b, pos + r.size, r);
    if (count === undefined || depth === undefined) return undefined;
    pos += 2 * r.size;
    if (depth > BigInt(Math.floor((b.length - pos) / 4))) return undefined;
    const addresses: bigint[] = [];
    for (let i = 0; i < Number(depth); i++) {
      addresses.push(word(b, pos, r) ?? 0n);
      pos += r.size;
    }
    pos = Math.min(pos, b.length);
    if (count === 0n && depth === 1n && addresses[0] === 0n) break; // end of data
    const locations = addresses.map((a, i) => table.get(adjust && i > 0 ? (a - 1n) & 0xffffffffffffffffn : a));
    const n = Number(count);
    p.samples.push({ locations, values: [n, n * p.period] });
  }
  return pos;
}

/**
 * When (nearly) every sample has the same second frame, it is the signal handler's own frame:
 * drop it, up to twice (pprof's cpuProfile).
 */
function stripSignalFrames(p: LegacyProfile): void {
  const margin = Math.floor(p.samples.length / 32);
  for (let iter = 0; iter < 2; iter++) {
    const counts = new Map<bigint, number>();
    for (const s of p.samples) {
      const second = s.locations[1];
      if (second) counts.set(second.address, (counts.get(second.address) ?? 0) + 1);
    }
    for (const [address, count] of counts) {
      if (count < p.samples.length - margin) continue;
      for (const s of p.samples) if (s.locations[1]?.address === address) s.locations.splice(1, 1);
      break;
    }
  }
}
