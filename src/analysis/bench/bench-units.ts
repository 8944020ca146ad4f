// What perfgate assumes about each benchmark unit (benchfmt's `assume=` metadata): allocs/op is
// exact, B/op is exact unless it varies beyond its tolerance, everything else is noisy; and
// which direction is worse (throughput units such as MB/s get worse when they fall).

import type { BenchConfig } from '../../model/config.js';
import { median } from '../stats/median.js';
import { maxOf, minOf } from '../../model/extremes.js';

export type Assumption = 'exact' | 'noisy';
export type Direction = 'higher-is-worse' | 'lower-is-worse';

export function directionOf(unit: string): Direction {
  return /\/s$|^ops\b|per-?sec/i.test(unit) ? 'lower-is-worse' : 'higher-is-worse';
}

/** The smallest rise of an exact unit that counts, for a base value. */
export function exactTolerance(unit: string, baseValue: number, config: BenchConfig): number | undefined {
  if (unit === 'allocs/op') return config.allocsTolerance;
  if (unit === 'B/op') return Math.max(config.bytesTolerance, config.bytesToleranceRatio * Math.abs(baseValue));
  return undefined;
}

export function assumptionOf(
  unit: string,
  base: readonly number[],
  head: readonly number[],
  config: BenchConfig,
): Assumption {
  if (unit === 'allocs/op') return 'exact';
  if (unit !== 'B/op') return 'noisy';
  const tolerance = exactTolerance(unit, median(base), config) ?? 0;
  const spread = (xs: readonly number[]): number => (xs.length ? maxOf(xs) - minOf(xs) : 0);
  return spread(base) <= tolerance && spread(head) <= tolerance ? 'exact' : 'noisy';
}
