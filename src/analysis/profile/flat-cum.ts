// Flat and cum per function for each sample type, exactly as `go tool pprof -top` counts them
// (pprof internal/graph newGraph): walk each stack root to leaf, inlined callers before their
// inlinees; cum counts a function once per sample even under recursion; flat goes to the leaf.
// One pass computes every sample type; results are memoised per profile object.

import type { Profile } from '../../model/profile.js';
import { readStack } from '../../model/profile-stacks.js';
import { functionKeys } from './function-keys.js';

export interface FunctionTotals {
  /** Function keys (names; see function-keys.ts), indexed like `flat` and `cum`. */
  keys: string[];
  flat: Float64Array;
  cum: Float64Array;
  /** Σ |value| over all samples: pprof's total for percentages. */
  total: number;
  /** A function index in the profile per key, for file and line; -1 for unsymbolized keys. */
  functionOfKey: number[];
}

const memo = new WeakMap<Profile, FunctionTotals[]>();

export function flatCum(profile: Profile, sampleIndex: number): FunctionTotals {
  let all = memo.get(profile);
  if (!all) {
    all = flatCumAll(profile);
    memo.set(profile, all);
  }
  const totals = all[sampleIndex];
  if (!totals) throw new RangeError(`sample type ${sampleIndex} is not in the profile`);
  return totals;
}

function flatCumAll(profile: Profile): FunctionTotals[] {
  const { framesOfLocation, keys, functionOfKey } = functionKeys(profile);
  const types = profile.sampleTypes.length;
  const flat = Array.from({ length: types }, () => new Float64Array(keys.length));
  const cum = Array.from({ length: types }, () => new Float64Array(keys.length));
  const totals = new Float64Array(types);
  const seenInSample = new Int32Array(keys.length).fill(-1);
  const onStack = new Int32Array(keys.length);
  const { count, width, values, stack, nodes } = profile.samples;
  const locations = new Int32Array(nodes.maxDepth);
  for (let s = 0; s < count; s++) {
    let depth = 0;
    let leaf = -1;
    for (let i = readStack(nodes, stack[s] as number, locations) - 1; i >= 0; i--) {
      const frames = framesOfLocation[locations[i] as number] as Int32Array;
      for (let f = 0; f < frames.length; f++) {
        const key = frames[f] as number;
        leaf = key;
        if (seenInSample[key] === s) continue;
        seenInSample[key] = s;
        onStack[depth++] = key;
      }
    }
    for (let t = 0; t < types; t++) {
      const value = values[s * width + t] as number;
      if (value === 0) continue; // pprof skips zero samples
      totals[t] = (totals[t] as number) + Math.abs(value);
      const cumT = cum[t] as Float64Array;
      for (let k = 0; k < depth; k++) {
        const key = onStack[k] as number;
        cumT[key] = (cumT[key] as number) + value;
      }
      if (leaf >= 0) (flat[t] as Float64Array)[leaf] = ((flat[t] as Float64Array)[leaf] as number) + value;
    }
  }
  return Array.from({ length: types }, (_, t) => ({
    keys,
    flat: flat[t] as Float64Array,
    cum: cum[t] as Float64Array,
    total: totals[t] as number,
    functionOfKey,
  }));
}
