// The Mann–Whitney U test, one-sided ("head is larger"), and the Hodges–Lehmann shift with its
// distribution-free interval (docs/statistics.md §1). Exact permutation distribution for
// up to 50 per side (ties included, by counting subsets over doubled mid-ranks), else the
// normal approximation with tie and continuity correction, as benchstat's go-moremath does.

import { normalQuantile, normalUpperTail } from './normal.js';
import { kthDifference } from './pairwise-differences.js';

export const exactLimit = 50;

export interface UTestResult {
  /** U of head: pairs with head > base, ties counted ½. */
  u: number;
  /** P(U ≥ u) under "no difference": small when head is larger. */
  pGreater: number;
  exact: boolean;
}

export function mannWhitneyGreater(base: readonly number[], head: readonly number[]): UTestResult {
  const nb = base.length;
  const nh = head.length;
  if (nb === 0 || nh === 0) return { u: 0, pGreater: 1, exact: true };
  const all = [...base.map((v) => ({ v, head: false })), ...head.map((v) => ({ v, head: true }))].sort(
    (a, b) => a.v - b.v,
  );
  const doubled = doubledMidRanks(all.map((a) => a.v));
  let headRankSum2 = 0;
  all.forEach((a, i) => {
    if (a.head) headRankSum2 += doubled[i] as number;
  });
  const u = (headRankSum2 - nh * (nh + 1)) / 2;
  if (nb <= exactLimit && nh <= exactLimit) {
    const counts = subsetSumCounts(doubled, nh);
    let total = 0;
    let atLeast = 0;
    counts.forEach((c, s) => {
      total += c;
      if (s >= headRankSum2) atLeast += c;
    });
    return { u, pGreater: atLeast / total, exact: true };
  }
  const n = nb + nh;
  let tieTerm = 0;
  for (const t of tieSizes(all.map((a) => a.v))) tieTerm += t ** 3 - t;
  const sigma = Math.sqrt(((nb * nh) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sigma === 0) return { u, pGreater: 1, exact: false };
  const z = (u - (nb * nh) / 2 - 0.5) / sigma;
  return { u, pGreater: normalUpperTail(z), exact: false };
}

/** The smallest one-sided p the test can give with these run counts: 1 / C(nb+nh, nh). */
export function minAttainableP(nb: number, nh: number): number {
  let c = 1;
  for (let i = 1; i <= nh; i++) c = (c * (nb + i)) / i;
  return 1 / c;
}

export interface ShiftEstimate {
  /** Median of all head − base differences. */
  estimate: number;
  /** Interval bounds at `level`, or null when too few runs bound it. */
  low: number | null;
  high: number | null;
}

/** Hodges–Lehmann shift of head over base with its two-sided `level` interval (Lehmann 1975, §2.6). */
export function hodgesLehmann(base: readonly number[], head: readonly number[], level = 0.95): ShiftEstimate {
  if (base.length * head.length > 1 << 20) return hodgesLehmannLarge(base, head, level);
  const d: number[] = [];
  for (const y of head) for (const x of base) d.push(y - x);
  d.sort((a, b) => a - b);
  const m = d.length;
  if (m === 0) return { estimate: 0, low: null, high: null };
  const estimate = m % 2 ? (d[(m - 1) / 2] as number) : ((d[m / 2 - 1] as number) + (d[m / 2] as number)) / 2;
  const k = intervalRank(base.length, head.length, (1 - level) / 2);
  if (k < 1 || k > m + 1 - k) return { estimate, low: null, high: null };
  return { estimate, low: d[k - 1] as number, high: d[m - k] as number };
}

/** The same without listing the n·m differences: k-th differences by selection (pairwise-differences.ts). */
function hodgesLehmannLarge(base: readonly number[], head: readonly number[], level: number): ShiftEstimate {
  const b = Float64Array.from(base).sort();
  const h = Float64Array.from(head).sort();
  const xs = Array.from(b);
  const ys = Array.from(h);
  const m = xs.length * ys.length;
  const kth = (k: number): number => kthDifference(xs, ys, k);
  const estimate = m % 2 ? kth((m + 1) / 2) : (kth(m / 2) + kth(m / 2 + 1)) / 2;
  const k = intervalRank(base.length, head.length, (1 - level) / 2);
  if (k < 1 || k > m + 1 - k) return { estimate, low: null, high: null };
  return { estimate, low: kth(k), high: kth(m + 1 - k) };
}

/** The largest k with P(U ≤ k − 1) ≤ tail under the no-ties null (normal approximation when large). */
function intervalRank(nb: number, nh: number, tail: number): number {
  if (nb <= exactLimit && nh <= exactLimit) {
    const ranks = Array.from({ length: nb + nh }, (_, i) => 2 * (i + 1));
    const counts = subsetSumCounts(ranks, nh);
    const total = counts.reduce((a, c) => a + c, 0);
    const minSum = nh * (nh + 1);
    let cumulative = 0;
    let k = 0;
    for (let u = 0; u <= nb * nh; u++) {
      cumulative += (counts[minSum + 2 * u] ?? 0) / total;
      if (cumulative > tail) break;
      k = u + 1;
    }
    return k;
  }
  const mean = (nb * nh) / 2;
  const sd = Math.sqrt((nb * nh * (nb + nh + 1)) / 12);
  return Math.floor(mean + normalQuantile(tail) * sd);
}

/** Counts of size-k subsets of `values` (non-negative integers) by their sum. */
function subsetSumCounts(values: readonly number[], k: number): number[] {
  const maxSum = values.reduce((a, v) => a + v, 0);
  const table: Float64Array[] = Array.from({ length: k + 1 }, () => new Float64Array(maxSum + 1));
  (table[0] as Float64Array)[0] = 1;
  let reach = 0;
  values.forEach((v, i) => {
    reach += v;
    for (let j = Math.min(i + 1, k); j >= 1; j--) {
      const row = table[j] as Float64Array;
      const prev = table[j - 1] as Float64Array;
      for (let s = reach; s >= v; s--) row[s] = (row[s] as number) + (prev[s - v] as number);
    }
  });
  return Array.from(table[k] as Float64Array);
}

/** Twice the mid-ranks of sorted values, so that ties stay integers. */
function doubledMidRanks(sorted: readonly number[]): number[] {
  const ranks = new Array<number>(sorted.length);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j++;
    for (let r = i; r <= j; r++) ranks[r] = i + 1 + j + 1;
    i = j + 1;
  }
  return ranks;
}

function tieSizes(sorted: readonly number[]): number[] {
  const sizes: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j++;
    if (j > i) sizes.push(j - i + 1);
    i = j + 1;
  }
  return sizes;
}
