// Function identity across profiles: the function name, never an address. When one profile
// holds two functions of the same name from different files, the file breaks the tie.

import type { Profile } from '../../model/profile.js';

export interface FunctionKeys {
  /** Key of each function index in `Profile.functions`, as an index into `keys`. */
  keyOfFunction: Int32Array;
  keys: string[];
  /** A representative function index per key (for its file and line). */
  functionOfKey: number[];
}

export function functionKeys(profile: Profile): FunctionKeys {
  const filesByName = new Map<string, Set<string>>();
  for (const fn of profile.functions) {
    const files = filesByName.get(fn.name) ?? new Set<string>();
    files.add(fn.filename);
    filesByName.set(fn.name, files);
  }
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const functionOfKey: number[] = [];
  const keyOfFunction = new Int32Array(profile.functions.length);
  profile.functions.forEach((fn, i) => {
    const ambiguous = (filesByName.get(fn.name)?.size ?? 0) > 1;
    const key = ambiguous ? `${displayName(fn.name)} (${fn.filename})` : displayName(fn.name);
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.push(key) - 1;
      functionOfKey.push(i);
      keyIndex.set(key, index);
    }
    keyOfFunction[i] = index;
  });
  return { keyOfFunction, keys, functionOfKey };
}

function displayName(name: string): string {
  return name === '' ? '<unknown>' : name;
}
