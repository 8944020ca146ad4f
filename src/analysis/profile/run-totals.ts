// Per-run flat and cum per function for one sample type, summing every profile of that kind in
// the run (a run may hold several, one per package). Keyed by function key (name).

import type { Profile } from '../../model/profile.js';
import { flatCum } from './flat-cum.js';

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
  /** Σ of sampled counts (value ÷ sampling unit), for the noise model. */
  countScale: number;
  durationNs: number;
  sources: Map<string, FunctionSource>;
}

export function runTotals(run: string, profiles: readonly Profile[], sampleType: string): RunTotals {
  const totals: RunTotals = { run, flat: new Map(), cum: new Map(), total: 0, countScale: 1, durationNs: 0, sources: new Map() };
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
    totals.countScale = countScale(profile, index);
  }
  return totals;
}

function addTo(map: Map<string, number>, key: string, value: number): void {
  if (value !== 0) map.set(key, (map.get(key) ?? 0) + value);
}

function sourceOf(profile: Profile, functionIndex: number): FunctionSource {
  const fn = profile.functions[functionIndex];
  return { file: fn?.filename ?? '', line: fn?.startLine ?? 0 };
}

/**
 * How much of this sample type one sampling event stands for: the period when the sample type
 * is measured in the period's unit (cpu nanoseconds, sampled bytes), else 1. Values divided by it
 * are the counts the noise model treats as Poisson.
 */
function countScale(profile: Profile, index: number): number {
  const type = profile.sampleTypes[index];
  if (!type || !profile.periodType || profile.period <= 0) return 1;
  return profile.periodType.unit === type.unit ? profile.period : 1;
}
