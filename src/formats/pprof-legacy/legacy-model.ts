// The profile shape the legacy parsers build (pprof's own Profile, with pointers), turned into the
// model at the end. A port of google/pprof profile/legacy_profile.go; see docs/formats.md.

import type { ValueType } from '../../model/profile.js';

export interface LegacyMapping {
  start: bigint;
  limit: bigint;
  offset: bigint;
  file: string;
  buildId: string;
}

export interface LegacyFunction {
  name: string;
  filename: string;
}

export interface LegacyLocation {
  address: bigint;
  mapping?: LegacyMapping;
  /** Set when the profile names the frame (Java profiles carry a symbol section). */
  line?: { fn: LegacyFunction; line: number };
}

export interface LegacySample {
  /** Leaf first. */
  locations: LegacyLocation[];
  values: number[];
  /** pprof's `bytes` numeric label: the block size of heap samples. */
  bytes?: number;
}

export interface LegacyProfile {
  sampleTypes: ValueType[];
  periodType: ValueType;
  period: number;
  durationNanos: number;
  samples: LegacySample[];
  mappings: LegacyMapping[];
}

export function newLegacyProfile(sampleTypes: ValueType[], periodType: ValueType, period: number): LegacyProfile {
  return { sampleTypes, periodType, period, durationNanos: 0, samples: [], mappings: [] };
}

/** Locations by address, created on first use, as each legacy parser keeps them. */
export class LocationTable {
  private readonly byAddress = new Map<bigint, LegacyLocation>();

  get(address: bigint): LegacyLocation {
    let loc = this.byAddress.get(address);
    if (!loc) {
      loc = { address };
      this.byAddress.set(address, loc);
    }
    return loc;
  }

  find(address: bigint): LegacyLocation | undefined {
    return this.byAddress.get(address);
  }
}

/** The locations the samples use, in order of first use (pprof's remapLocationIDs). */
export function usedLocations(p: LegacyProfile): LegacyLocation[] {
  const seen = new Set<LegacyLocation>();
  const out: LegacyLocation[] = [];
  for (const s of p.samples) {
    for (const l of s.locations) {
      if (seen.has(l)) continue;
      seen.add(l);
      out.push(l);
    }
  }
  return out;
}
