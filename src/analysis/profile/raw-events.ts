// Raw sampled events of a heap or allocs profile. Go samples one allocation per `period` bytes
// (runtime.MemProfileRate) and scales each sample up by 1 / (1 − e^(−size/period)), so a single
// sampled 96-byte allocation reads as thousands of objects. The noise model needs the events the
// profile actually saw: objects × (1 − e^(−avgSize/period)) per sample, with avgSize =
// space ÷ objects of the same pair of columns (alloc_* or inuse_*). Per function key: flat (the
// leaf) and cum (once per sample), and the run total.

import type { Profile } from '../../model/profile.js';
import { sampleStacks } from '../culprit/sample-stacks.js';

export interface RawEvents {
  flat: Map<string, number>;
  cum: Map<string, number>;
  total: number;
}

const memo = new WeakMap<Profile, Map<string, RawEvents | undefined>>();

/** Raw events of sample type `type` (`alloc_objects`, `inuse_space`, …); undefined when not a memory profile. */
export function rawMemoryEvents(profile: Profile, type: string): RawEvents | undefined {
  if (profile.kind !== 'heap' && profile.kind !== 'allocs') return undefined;
  // `alloc_objects` and `alloc_space` count the same events: one pass serves both.
  const stem = type.replace(/_(objects|space)$/, '');
  const known = memo.get(profile) ?? new Map<string, RawEvents | undefined>();
  memo.set(profile, known);
  if (!known.has(stem)) known.set(stem, eventsOfStem(profile, stem));
  return known.get(stem);
}

function eventsOfStem(profile: Profile, stem: string): RawEvents | undefined {
  const objects = profile.sampleTypes.findIndex((t) => t.type === `${stem}_objects`);
  const space = profile.sampleTypes.findIndex((t) => t.type === `${stem}_space`);
  if (objects < 0 || space < 0) return undefined;
  const period = profile.period > 1 ? profile.period : 1;
  const { keys, frameStart, frames } = sampleStacks(profile);
  const { count: samples, width, values, stack, nodes } = profile.samples;
  const { location, parent } = nodes;
  const flat = new Float64Array(keys.length);
  const cum = new Float64Array(keys.length);
  const seenInSample = new Int32Array(keys.length).fill(-1);
  let total = 0;
  for (let s = 0; s < samples; s++) {
    const count = Math.abs(values[s * width + objects] as number);
    const bytes = Math.abs(values[s * width + space] as number);
    if (count === 0 || bytes === 0) continue;
    const raw = period === 1 ? count : count * -Math.expm1(-bytes / count / period);
    const node = stack[s] as number;
    total += raw;
    if (node > 0) {
      const leaf = frames[frameStart[location[node] as number] as number] as number;
      flat[leaf] = (flat[leaf] as number) + raw;
    }
    for (let n = node; n > 0; n = parent[n] as number) {
      const l = location[n] as number;
      for (let f = frameStart[l] as number; f < (frameStart[l + 1] as number); f++) {
        const k = frames[f] as number;
        if (seenInSample[k] === s) continue;
        seenInSample[k] = s;
        cum[k] = (cum[k] as number) + raw;
      }
    }
  }
  const events: RawEvents = { flat: new Map(), cum: new Map(), total };
  keys.forEach((key, k) => {
    if (flat[k] !== 0) add(events.flat, key, flat[k] as number);
    if (cum[k] !== 0) add(events.cum, key, cum[k] as number);
  });
  return events;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
