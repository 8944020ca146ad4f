// C++ thread profiles (`--- threadz 1 ---`, then `--- Thread <id> (name: …/<tid>) stack: ---`
// blocks of PCs): one sample per thread, "same as previous thread" bumps the last one.
// A port of google/pprof profile/legacy_profile.go (parseThread).

import { finish, malformed, stack } from './legacy-text.js';
import { LocationTable, newLegacyProfile, type LegacyProfile, type LegacySample } from './legacy-model.js';
import { isMemoryMapSentinel, isSpaceOrComment, LineScanner, parseHexAddresses } from './line-scanner.js';

const threadzStart = /--- threadz \d+ ---/;
const threadStart = /--- Thread ([0-9A-Fa-f]+) \(name: (.*)\/(\d+)\) stack: ---/;

export function parseThread(text: string): LegacyProfile | undefined {
  const s = new LineScanner(text);
  while (s.scan() && isSpaceOrComment(s.text));
  let line = s.text;
  if (threadzStart.test(line)) {
    while (s.scan()) {
      line = s.text;
      if (isMemoryMapSentinel(line) || line.startsWith('-')) break;
    }
  } else if (!threadStart.test(line)) return undefined;
  const type = { type: 'thread', unit: 'count' };
  const p = newLegacyProfile([type], type, 1);
  const table = new LocationTable();
  while (!isMemoryMapSentinel(line)) {
    if (line.startsWith('---- no stack trace for')) break;
    if (!threadStart.test(line)) return undefined;
    const sample = threadSample(s);
    line = sample.next;
    if (!sample.addresses) {
      const last = p.samples[p.samples.length - 1];
      if (last) last.values[0] = (last.values[0] ?? 0) + 1;
      continue;
    }
    p.samples.push({ locations: stack(sample.addresses, table, false), values: [1] });
  }
  finish(s, p);
  cleanupDuplicateLocations(p.samples);
  return p;
}

/** The PCs of one thread (undefined for "same as previous thread") and the line after them. */
function threadSample(s: LineScanner): { next: string; addresses: bigint[] | undefined } {
  let line = '';
  let same = false;
  const addresses: bigint[] = [];
  while (s.scan()) {
    line = s.text.trim();
    if (line === '') continue;
    if (line.startsWith('---')) break;
    if (line.includes('same as previous thread')) {
      same = true;
      continue;
    }
    const found = parseHexAddresses(line);
    if (!found) throw malformed(s, 'an address does not fit 64 bits');
    for (const a of found) addresses.push(a);
  }
  return { next: line, addresses: same ? undefined : addresses };
}

/** A handler may record the leaf twice (from the stack and from the signal context, -1 apart). */
export function cleanupDuplicateLocations(samples: LegacySample[]): void {
  for (const s of samples) {
    const [leaf, next] = s.locations;
    if (leaf && next && leaf.address === next.address + 1n) s.locations.splice(1, 1);
  }
}
