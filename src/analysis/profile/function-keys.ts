// Function identity across profiles, by the rule of `go tool pprof -top` (granularity
// "functions"): a frame is keyed by its function name alone, so same-name functions of different
// files merge, and the rule never depends on the rest of the profile, so base and head key a
// function alike. A frame without a name is keyed as pprof prints it: `[binary]` (the base name of
// its mapping's file, `[[vdso]]` for the vDSO), or `<unknown>` without one. See docs/formats.md.

import type { Location, Profile } from '../../model/profile.js';

export interface FunctionKeys {
  keys: string[];
  /** Per location, the keys of its frames from caller to inlinee (root-to-leaf order). */
  framesOfLocation: Int32Array[];
  /** A representative function index per key (for its file and line); -1 for unsymbolized keys. */
  functionOfKey: number[];
}

const memo = new WeakMap<Profile, FunctionKeys>();

export function functionKeys(profile: Profile): FunctionKeys {
  let found = memo.get(profile);
  if (!found) {
    found = computeKeys(profile);
    memo.set(profile, found);
  }
  return found;
}

function computeKeys(profile: Profile): FunctionKeys {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const functionOfKey: number[] = [];
  const keyOf = (key: string, functionIndex: number): number => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.push(key) - 1;
      functionOfKey.push(functionIndex);
      keyIndex.set(key, index);
    }
    return index;
  };
  const framesOfLocation = profile.locations.map((loc) => {
    if (loc.lines.length === 0) return Int32Array.of(keyOf(unsymbolizedKey(profile, loc), -1));
    const frames = new Int32Array(loc.lines.length);
    // lines[0] is the innermost inlined frame; root-to-leaf order walks them last to first.
    loc.lines.forEach((line, i) => {
      const name = profile.functions[line.functionIndex]?.name ?? '';
      const key = name === '' ? keyOf(unsymbolizedKey(profile, loc), -1) : keyOf(name, line.functionIndex);
      frames[loc.lines.length - 1 - i] = key;
    });
    return frames;
  });
  return { keys, framesOfLocation, functionOfKey };
}

/** pprof's name for a frame it knows no function name of: its binary, else `<unknown>`. */
export function unsymbolizedKey(profile: Profile, loc: Location): string {
  const file = profile.mappings[loc.mappingIndex]?.filename ?? '';
  if (file === '') return '<unknown>';
  return `[${baseName(file)}]`;
}

/** Go's filepath.Base: the last element after trailing slashes are dropped. */
function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
