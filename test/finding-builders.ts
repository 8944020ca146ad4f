// Complete evidence objects for tests that build findings by hand, from the fields they care about.

import type { BenchEvidence, HotspotEvidence } from '../src/model/finding-evidence.js';

type Side = Partial<HotspotEvidence['base']>;
type Stats = Partial<NonNullable<HotspotEvidence['stats']>>;
type HotspotParts = Partial<Omit<HotspotEvidence, 'base' | 'head' | 'change' | 'stats'>> & {
  base?: Side;
  head?: Side;
  change?: Partial<HotspotEvidence['change']>;
  stats?: Stats | null;
};

/** A complete hotspot evidence from the fields a test cares about. */
export function hotspotEvidence(parts: HotspotParts): HotspotEvidence {
  const side = (s: Side | undefined) => ({ mean: null, sharePercent: 0, runs: [], ...s });
  const stats = parts.stats
    ? {
        nBase: 5,
        nHead: 5,
        effect: 0,
        effectLow: null,
        effectHigh: null,
        p: 1,
        q: 1,
        dispersion: null,
        df: null,
        ...parts.stats,
      }
    : null;
  return {
    profileKind: 'cpu',
    sampleType: 'cpu/nanoseconds',
    metric: 'cum',
    normalization: 'total',
    file: '',
    line: 0,
    caveats: [],
    ...parts,
    base: side(parts.base),
    head: side(parts.head),
    change: { delta: null, ratio: null, sharePoints: 0, countDeltaPerRun: 0, ...parts.change },
    stats,
  };
}

type BenchParts = Partial<Omit<BenchEvidence, 'stats'>> & {
  stats?: Partial<NonNullable<BenchEvidence['stats']>> | null;
};

/** A complete benchmark evidence from the fields a test cares about. */
export function benchEvidence(parts: BenchParts): BenchEvidence {
  const stats = parts.stats
    ? {
        nBase: 5,
        nHead: 5,
        effect: 0,
        effectLow: null,
        effectHigh: null,
        p: 1,
        q: 1,
        exactTest: false,
        test: 'mann-whitney-u' as const,
        ...parts.stats,
      }
    : null;
  return {
    benchmark: 'BenchmarkX',
    pkg: '',
    procs: 1,
    unit: 'ns/op',
    assumption: 'noisy',
    direction: 'higher-is-worse',
    base: { median: 0, values: [] },
    head: { median: 0, values: [] },
    change: { ratio: null },
    floor: 0.05,
    significant: false,
    improved: false,
    caveats: [],
    ...parts,
    stats,
  };
}
