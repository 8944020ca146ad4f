// The text legacy profiles: heap (`heap profile: … @ heap/…`, heapz, growthz), the Go runtime's
// count profiles (`threadcreate profile: total N`, goroutine debug=1) and contention
// (`--- contentionz`, `--- mutex:`, `--- contention:`). Each returns undefined when the text is
// not its kind. A port of google/pprof profile/legacy_profile.go.

import { FormatError } from '../../model/format-error.js';
import { parseMemoryMap } from './memory-map.js';
import { LocationTable, newLegacyProfile, type LegacyLocation, type LegacyProfile } from './legacy-model.js';
import { isMemoryMapSentinel, isSpaceOrComment, LineScanner } from './line-scanner.js';
import { parseHexAddresses, parseIntBase0 } from './line-scanner.js';

const countStart = /^(\S+) profile: total \d+$/;
const countLine = /^(\d+) @((?: 0x[0-9a-f]+)+)$/;
const heapHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] *@ *(heap[_a-z0-9]*)\/?(\d*)/;
const heapSample = /(-?\d+): *(-?\d+) *\[ *(\d+): *(\d+) *] @([ x0-9a-f]*)/;
const growthHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] @ growthz?/;
const fragmentationHeader = /heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] @ fragmentationz?/;
const contentionSample = /(\d+) *(\d+) @([ x0-9a-f]*)/;

export function malformed(s: LineScanner, detail: string): FormatError {
  return new FormatError('pprof-legacy', 'pprof-legacy.malformed', detail, { line: s.lineNumber });
}

/** Addresses point after each call: -1 lands on the call (`adjustLeaf` false keeps the leaf). */
export function stack(addresses: bigint[], table: LocationTable, adjustLeaf = true): LegacyLocation[] {
  return addresses.map((a, i) => table.get(adjustLeaf || i > 0 ? (a - 1n) & 0xffffffffffffffffn : a));
}

/** Skips to the memory map, if any, and reads it (pprof's parseAdditionalSections). */
export function finish(s: LineScanner, p: LegacyProfile): LegacyProfile {
  while (!isMemoryMapSentinel(s.text) && s.scan());
  parseMemoryMap(s, p);
  return p;
}

export function parseGoCount(text: string): LegacyProfile | undefined {
  const s = new LineScanner(text);
  while (s.scan() && isSpaceOrComment(s.text));
  const header = countStart.exec(s.text);
  if (!header) return undefined;
  const type = { type: header[1] as string, unit: 'count' };
  const p = newLegacyProfile([type], type, 1);
  const table = new LocationTable();
  while (s.scan()) {
    if (isSpaceOrComment(s.text)) continue;
    if (s.text.startsWith('---')) break;
    const m = countLine.exec(s.text);
    const n = m ? parseIntBase0(m[1] as string) : undefined;
    const addresses = m ? parseHexAddresses(m[2] as string) : undefined;
    if (n === undefined || !addresses) {
      throw malformed(s, `not a \`count @ 0x…\` line: ${JSON.stringify(s.text.slice(0, 60))}`);
    }
    p.samples.push({ locations: stack(addresses, table), values: [n] });
  }
  return finish(s, p);
}

export function parseHeap(text: string): LegacyProfile | undefined {
  const s = new LineScanner(text);
  if (!s.scan()) return undefined;
  const header = heapHeaderParts(s.text);
  if (!header) return undefined;
  const types = header.hasAlloc
    ? ['alloc_objects', 'count', 'alloc_space', 'bytes', 'inuse_objects', 'count', 'inuse_space', 'bytes']
    : ['objects', 'count', 'space', 'bytes'];
  const sampleTypes = [];
  for (let i = 0; i < types.length; i += 2) {
    sampleTypes.push({ type: types[i] as string, unit: types[i + 1] as string });
  }
  const p = newLegacyProfile(sampleTypes, { type: 'space', unit: 'bytes' }, header.period);
  const table = new LocationTable();
  while (s.scan()) {
    const line = s.text.trim();
    if (isSpaceOrComment(line)) continue;
    if (isMemoryMapSentinel(line)) break;
    const m = heapSample.exec(line);
    if (!m) throw malformed(s, `not a heap sample line: ${JSON.stringify(line.slice(0, 60))}`);
    const values: number[] = [];
    let bytes = 0;
    const add = (count: number, size: number, label: string) => {
      if (count === 0 && size !== 0) throw malformed(s, `${label} count was 0 but ${label} bytes was ${size}`);
      if (count !== 0) {
        bytes = Math.trunc(size / count);
        if (header.sampling === 'v2') [count, size] = scaleHeapSample(count, size, header.period);
      }
      values.push(count, size);
    };
    if (header.hasAlloc) add(Number(m[3]), Number(m[4]), 'allocation');
    add(Number(m[1]), Number(m[2]), 'inuse');
    const addresses = parseHexAddresses(m[5] as string);
    if (!addresses) throw malformed(s, 'an address does not fit 64 bits');
    p.samples.push({ locations: stack(addresses, table), values, bytes });
  }
  return finish(s, p);
}

interface HeapHeader {
  sampling: '' | 'v2';
  period: number;
  hasAlloc: boolean;
}

function heapHeaderParts(line: string): HeapHeader | undefined {
  const h = heapHeader.exec(line);
  if (!h) {
    const unsampled = growthHeader.test(line) || fragmentationHeader.test(line);
    return unsampled ? { sampling: '', period: 1, hasAlloc: false } : undefined;
  }
  const period = h[6] ? Number(h[6]) : 0;
  const hasAlloc = (h[3] !== h[1] && h[3] !== '0') || (h[4] !== h[2] && h[4] !== '0');
  switch (h[5]) {
    case 'heapz_v2':
    case 'heap_v2':
      return { sampling: 'v2', period, hasAlloc };
    case 'heapprofile':
      return { sampling: '', period: 1, hasAlloc };
    case 'heap':
      return { sampling: 'v2', period: Math.trunc(period / 2), hasAlloc };
    default:
      return undefined;
  }
}

/** Undoes Poisson sampling at mean `rate`: a sample of size S was kept with chance 1-exp(-S/rate). */
export function scaleHeapSample(count: number, size: number, rate: number): [number, number] {
  if (count === 0 || size === 0) return [0, 0];
  if (rate <= 1) return [count, size];
  const scale = 1 / (1 - Math.exp(-(size / count) / rate));
  return [Math.trunc(count * scale), Math.trunc(size * scale)];
}

export function parseContention(text: string): LegacyProfile | undefined {
  const s = new LineScanner(text);
  if (!s.scan() || !/^--- (contentionz |mutex:|contention:)/.test(s.text)) return undefined;
  const types = [
    { type: 'contentions', unit: 'count' },
    { type: 'delay', unit: 'nanoseconds' },
  ];
  const p = newLegacyProfile(types, { type: 'contentions', unit: 'count' }, 1);
  let cpuHz = 0;
  while (s.scan()) {
    const line = s.text.trim();
    if (isSpaceOrComment(line)) continue;
    if (line.startsWith('---')) break;
    const eq = line.indexOf('=');
    if (eq < 0) break;
    const value = parseIntBase0(line.slice(eq + 1).trim());
    const key = line.slice(0, eq).trim();
    if (key === 'discarded samples') continue;
    if (value === undefined || !['cycles/second', 'sampling period', 'ms since reset'].includes(key)) return undefined;
    if (key === 'cycles/second') cpuHz = value;
    else if (key === 'sampling period') p.period = value;
    else p.durationNanos = value * 1e6;
  }
  const table = new LocationTable();
  for (;;) {
    const line = s.text.trim();
    if (line.startsWith('---')) break;
    if (!isSpaceOrComment(line)) {
      const m = contentionSample.exec(line);
      if (!m) return undefined;
      let cycles = Number(m[1]);
      let count = Number(m[2]);
      if (p.period > 0) {
        if (cpuHz > 0) cycles = Math.trunc((cycles * p.period) / (cpuHz / 1e9));
        count *= p.period;
      }
      const addresses = parseHexAddresses(m[3] as string);
      if (!addresses) throw malformed(s, 'an address does not fit 64 bits');
      p.samples.push({ locations: stack(addresses, table), values: [count, cycles] });
    }
    if (!s.scan()) break;
  }
  return finish(s, p);
}
