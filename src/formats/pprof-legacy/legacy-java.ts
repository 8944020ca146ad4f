// Java legacy profiles (`--- heapz 1 ---` / `--- contentionz 1 ---` with `format = java`, and the
// Java flavour of the binary CPU profile): samples of hex ids, then a symbol section mapping each
// id to `function (file:line)`. A port of google/pprof profile/legacy_java_profile.go.

import { FormatError } from '../../model/format-error.js';
import { scaleHeapSample } from './legacy-text.js';
import { LocationTable, newLegacyProfile, usedLocations } from './legacy-model.js';
import type { LegacyFunction, LegacyProfile } from './legacy-model.js';
import { parseHexAddresses } from './line-scanner.js';
import { parseMemoryMap } from './memory-map.js';
import { LineScanner } from './line-scanner.js';

const attribute = /([\w ]+)=([\w ]+)/;
const javaSample = / *(\d+) +(\d+) +@ +([ x0-9a-f]*)/;
const javaLocation = /^\s*0x([0-9A-Fa-f]+)\s+(.*)\s*$/;
const fileLine = /^(.*)\s+\((.+):(-?[0-9]+)\)$/;
const filePath = /^(.*)\s+\((.*)\)$/;
const javaHeapSamplingRate = 524288;

function fail(line: number, detail: string): FormatError {
  return new FormatError('pprof-legacy', 'pprof-legacy.malformed', detail, { line });
}

export function parseJavaProfile(text: string): LegacyProfile | undefined {
  const lines = text.split('\n');
  if (lines.length < 2) return undefined;
  const headerLine = (lines[0] as string).trim();
  const kinds: Record<string, string> = { '--- heapz 1 ---': 'heap', '--- contentionz 1 ---': 'contention' };
  const kind = kinds[headerLine];
  if (!kind) return undefined;
  const p = newLegacyProfile([], { type: '', unit: '' }, 0);
  let i = 1;
  for (; i < lines.length - 1; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const h = attribute.exec(line);
    if (!h) break;
    if (!javaAttribute(kind, (h[1] as string).trim(), (h[2] as string).trim(), p, i + 1)) return undefined;
  }
  const table = new LocationTable();
  for (; i < lines.length - 1; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const m = javaSample.exec(line);
    if (!m) break;
    const addresses = parseHexAddresses(m[3] as string);
    if (!addresses) throw fail(i + 1, 'an address does not fit 64 bits');
    const values = [Number(m[2]), Number(m[1])];
    let bytes: number | undefined;
    if (kind === 'heap') {
      if (values[0] === 0) throw fail(i + 1, `parsing sample ${line.slice(0, 60)}: second value must be non-zero`);
      bytes = Math.trunc((values[1] as number) / (values[0] as number));
      [values[0], values[1]] = scaleHeapSample(values[0] as number, values[1] as number, javaHeapSamplingRate);
    } else if (p.period !== 0) {
      values[0] = (values[0] as number) * p.period;
      values[1] = (values[1] as number) * p.period;
    }
    const sample = { locations: addresses.map((a) => table.get(a)), values };
    p.samples.push(bytes === undefined ? sample : { ...sample, bytes });
  }
  parseJavaLocations(lines.slice(i).join('\n'), table, p);
  return p;
}

/** One `key = value` header line; false when it is not a Java profile's. */
function javaAttribute(kind: string, key: string, value: string, p: LegacyProfile, line: number): boolean {
  switch (`${kind}/${key}`) {
    case 'heap/format':
    case 'contention/format':
      return value === 'java';
    case 'heap/resolution':
      p.sampleTypes = [
        { type: 'inuse_objects', unit: 'count' },
        { type: 'inuse_space', unit: value },
      ];
      return true;
    case 'contention/resolution':
      p.sampleTypes = [
        { type: 'contentions', unit: 'count' },
        { type: 'delay', unit: value },
      ];
      return true;
    case 'contention/sampling period':
      p.periodType = { type: 'contentions', unit: 'count' };
      p.period = Number.parseInt(value, 10);
      if (!/^\d+$/.test(value)) throw fail(line, `failed to parse attribute ${key}`);
      return true;
    case 'contention/ms since reset':
      if (!/^\d+$/.test(value)) throw fail(line, `failed to parse attribute ${key}`);
      p.durationNanos = Number(value) * 1e6;
      return true;
    default:
      return false;
  }
}

/** The symbol section: `0x<id> function (file:line)`; named locations lose their address. */
export function parseJavaLocations(text: string, table: LocationTable, p: LegacyProfile): void {
  const functions = new Map<string, LegacyFunction>();
  for (const raw of text.split('\n')) {
    const m = javaLocation.exec(raw.trim());
    if (!m) continue;
    const loc = table.find(BigInt(`0x${m[1]}`));
    if (!loc) continue;
    const { name, filename, line } = javaFrame(m[2] as string);
    let fn = functions.get(name);
    if (!fn) {
      fn = { name, filename };
      functions.set(name, fn);
    }
    loc.line = { fn, line };
    loc.address = 0n;
  }
  parseMemoryMap(new LineScanner(''), p);
  for (const loc of usedLocations(p)) loc.address = 0n; // pprof aggregates addresses away
}

function javaFrame(text: string): { name: string; filename: string; line: number } {
  const fl = fileLine.exec(text);
  if (fl) {
    const n = Number.parseInt(fl[3] as string, 10);
    return { name: fl[1] as string, filename: fl[2] as string, line: n > 0 ? n : 0 };
  }
  const fp = filePath.exec(text);
  if (fp) return { name: fp[1] as string, filename: (fp[2] as string).split('/').pop() ?? '', line: 0 };
  if (text.includes('generated stub/JIT')) return { name: 'STUB', filename: '', line: 0 };
  return { name: text, filename: '', line: 0 };
}
