// `inspect` summary of a profile: kind, sample types with totals, period, duration, table
// sizes, and the top functions by flat value of the default sample type.

import { flatCum } from '../../analysis/profile/flat-cum.js';
import type { Profile } from '../../model/profile.js';

const topCount = 10;

export function inspectProfile(profile: Profile): Record<string, unknown> {
  const defaultIndex = Math.max(
    0,
    profile.sampleTypes.findIndex((t) => t.type === profile.defaultSampleType),
  );
  const sampleTypes = profile.sampleTypes.map((t, i) => ({
    type: t.type,
    unit: t.unit,
    total: flatCum(profile, i).total,
  }));
  return {
    kind: profile.kind,
    sampleTypes,
    defaultSampleType: profile.defaultSampleType,
    period: profile.period,
    periodType: profile.periodType ?? null,
    durationNanos: profile.durationNanos,
    samples: profile.samples.count,
    locations: profile.locations.length,
    functions: profile.functions.length,
    mappings: profile.mappings.length,
    labels: labelKeys(profile),
    top: topFunctions(profile, defaultIndex),
  };
}

/** The label keys that some sample carries. */
function labelKeys(profile: Profile): string[] {
  const { labelSet, labelSets } = profile.samples;
  const used = new Set<number>(labelSet);
  const keys = new Set<string>();
  for (const set of used) for (const label of labelSets[set] ?? []) keys.add(label.key);
  return [...keys].sort();
}

function topFunctions(profile: Profile, index: number): { function: string; flat: number; cum: number }[] {
  const totals = flatCum(profile, index);
  return totals.keys
    .map((key, k) => ({ function: key, flat: totals.flat[k] ?? 0, cum: totals.cum[k] ?? 0 }))
    .sort((a, b) => b.flat - a.flat || b.cum - a.cum || a.function.localeCompare(b.function))
    .slice(0, topCount);
}
