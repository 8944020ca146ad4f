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

/** Raw events of sample type `type` (`alloc_objects`, `inuse_space`, …); undefined when not a memory profile. */
export function rawMemoryEvents(profile: Profile, type: string): RawEvents | undefined {
  if (profile.kind !== 'heap' && profile.kind !== 'allocs') return undefined;
  const stem = type.replace(/_(objects|space)$/, '');
  const objects = profile.sampleTypes.findIndex((t) => t.type === `${stem}_objects`);
  const space = profile.sampleTypes.findIndex((t) => t.type === `${stem}_space`);
  if (objects < 0 || space < 0) return undefined;
  const period = profile.period > 1 ? profile.period : 1;
  const { keys, stacks } = sampleStacks(profile);
  const events: RawEvents = { flat: new Map(), cum: new Map(), total: 0 };
  const seen = new Set<number>();
  profile.samples.forEach((sample, s) => {
    const count = Math.abs(sample.values[objects] ?? 0);
    const bytes = Math.abs(sample.values[space] ?? 0);
    if (count === 0 || bytes === 0) return;
    const raw = period === 1 ? count : count * -Math.expm1(-bytes / count / period);
    const stack = stacks[s] as Int32Array;
    events.total += raw;
    if (stack.length > 0) add(events.flat, keys[stack[0] as number] as string, raw);
    seen.clear();
    for (const k of stack) {
      if (seen.has(k)) continue;
      seen.add(k);
      add(events.cum, keys[k] as string, raw);
    }
  });
  return events;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
