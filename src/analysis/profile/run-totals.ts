// Per-run flat and cum per function for one sample type, summing every profile of that kind in
// the run (a run may hold several, one per package). Keyed by function key (name). Beside the
// values it keeps how many sampling events stand behind the run's total, which the noise model
// needs: a function's value × events ÷ total is its share expressed in events.

import type { Profile } from '../../model/profile.js';
import { flatCum } from './flat-cum.js';
import { rawMemoryEvents } from './raw-events.js';

export interface FunctionSource {
  file: string;
  line: number;
}

export interface RunTotals {
  run: string;
  flat: Map<string, number>;
  cum: Map<string, number>;
  /** Σ |value| over the run's samples. */
  total: number;
  /** Sampling events behind `total`: the scale at which the noise model treats shares as Poisson counts. */
  events: number;
  durationNs: number;
  sources: Map<string, FunctionSource>;
  /** Heap and allocs profiles: raw sampled events per function (raw-events.ts); `events` is their total. */
  raw?: { flat: Map<string, number>; cum: Map<string, number> };
}

export function runTotals(run: string, profiles: readonly Profile[], sampleType: string): RunTotals {
  const totals: RunTotals = {
    run,
    flat: new Map(),
    cum: new Map(),
    total: 0,
    events: 0,
    durationNs: 0,
    sources: new Map(),
  };
  for (const profile of profiles) {
    const index = profile.sampleTypes.findIndex((t) => t.type === sampleType);
    if (index < 0) continue;
    const one = flatCum(profile, index);
    one.keys.forEach((key, k) => {
      addTo(totals.flat, key, one.flat[k] as number);
      addTo(totals.cum, key, one.cum[k] as number);
      if (!totals.sources.has(key)) totals.sources.set(key, sourceOf(profile, one.functionOfKey[k] as number));
    });
    totals.total += one.total;
    totals.durationNs += profile.durationNanos;
    const raw = rawMemoryEvents(profile, sampleType);
    if (raw) {
      totals.raw ??= { flat: new Map(), cum: new Map() };
      for (const [key, v] of raw.flat) addTo(totals.raw.flat, key, v);
      for (const [key, v] of raw.cum) addTo(totals.raw.cum, key, v);
      totals.events += raw.total;
      continue;
    }
    const { column, perEvent } = eventColumn(profile, index);
    totals.events += flatCum(profile, column).total / perEvent;
  }
  return totals;
}

/**
 * Which column counts the sampling events of sample type `index`, and how much one event weighs
 * in it. CPU: the period (10 ms) per event. Heap and allocs: raw sampled events per sample
 * (raw-events.ts; this fallback, `*_space` ÷ period, serves a profile without both columns).
 * Block and mutex: the `contentions` column counts the events behind `delay` too (÷ the
 * sampling fraction for mutex). Goroutine: each value is one.
 */
function eventColumn(profile: Profile, index: number): { column: number; perEvent: number } {
  const type = profile.sampleTypes[index];
  const period = profile.period > 0 ? profile.period : 1;
  if (!type) return { column: index, perEvent: 1 };
  if (profile.kind === 'heap' || profile.kind === 'allocs') {
    const space = profile.sampleTypes.findIndex((t) => t.type === type.type.replace(/_objects$/, '_space'));
    return { column: space >= 0 ? space : index, perEvent: period };
  }
  if (profile.kind === 'block' || profile.kind === 'mutex') {
    const contentions = profile.sampleTypes.findIndex((t) => t.type === 'contentions');
    // A mutex profile's period is the sampling fraction its values were scaled by; a block
    // profile's is its rate in nanoseconds, not a scale of the counts.
    if (contentions >= 0) return { column: contentions, perEvent: profile.kind === 'mutex' ? period : 1 };
  }
  return { column: index, perEvent: profile.periodType?.unit === type.unit ? period : 1 };
}

function addTo(map: Map<string, number>, key: string, value: number): void {
  if (value !== 0) map.set(key, (map.get(key) ?? 0) + value);
}

function sourceOf(profile: Profile, functionIndex: number): FunctionSource {
  const fn = profile.functions[functionIndex];
  return { file: fn?.filename ?? '', line: fn?.startLine ?? 0 };
}
