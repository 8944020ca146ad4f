// The k-th smallest of the n·m differences head[j] − base[i] without listing them all: the
// Hodges–Lehmann shift of 200k results per side would otherwise hold 4·10^10 numbers. Bisection
// on the value, counting differences ≤ t with two pointers over the sorted sides (O(n + m) per
// step), until few enough remain to list and select (docs/reliability.md, "near-linear").

/** Differences listed at most at once when narrowing is done. */
const defaultListLimit = 1 << 20;

/** The k-th smallest (1-based) of head[j] − base[i]; both sides sorted ascending, non-empty. */
export function kthDifference(
  base: readonly number[],
  head: readonly number[],
  k: number,
  listLimit = defaultListLimit,
): number {
  const lowest = (head[0] ?? 0) - (base[base.length - 1] ?? 0);
  const highest = (head[head.length - 1] ?? 0) - (base[0] ?? 0);
  let lo = lowest - Math.max(1, Math.abs(lowest)); // count(lo) = 0 < k
  let hi = highest; // count(hi) = n·m ≥ k
  let below = 0;
  let within = base.length * head.length;
  while (within > listLimit) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return smallestAbove(base, head, lo); // (lo, hi] holds one value
    const atMid = countAtMost(base, head, mid);
    if (atMid >= k) {
      hi = mid;
      within = atMid - below;
    } else {
      lo = mid;
      within -= atMid - below;
      below = atMid;
    }
  }
  const listed = listBetween(base, head, lo, hi);
  listed.sort((a, b) => a - b);
  return listed[k - below - 1] ?? hi;
}

/** The smallest head[j] − base[i] above t: per head value, the largest base value below head − t. */
function smallestAbove(base: readonly number[], head: readonly number[], t: number): number {
  let best = Infinity;
  let i = 0; // first base index with head[j] − base[i] ≤ t
  for (const y of head) {
    while (i < base.length && y - (base[i] ?? 0) > t) i++;
    if (i > 0) best = Math.min(best, y - (base[i - 1] ?? 0));
  }
  return best;
}

/** How many head[j] − base[i] ≤ t. */
function countAtMost(base: readonly number[], head: readonly number[], t: number): number {
  let count = 0;
  // First base index with head[j] − base[i] ≤ t; moves right as head[j] grows. The differences
  // themselves are compared (not base[i] with head[j] − t) so that rounding agrees with listing.
  let i = 0;
  for (const y of head) {
    while (i < base.length && y - (base[i] ?? 0) > t) i++;
    count += base.length - i;
  }
  return count;
}

/** Every head[j] − base[i] in (lo, hi]. */
function listBetween(base: readonly number[], head: readonly number[], lo: number, hi: number): number[] {
  const out: number[] = [];
  let from = 0; // first i with y − base[i] ≤ hi
  let to = 0; // first i with y − base[i] ≤ lo
  for (const y of head) {
    while (from < base.length && y - (base[from] ?? 0) > hi) from++;
    while (to < base.length && y - (base[to] ?? 0) > lo) to++;
    for (let i = from; i < to; i++) {
      const d = y - (base[i] ?? 0);
      if (d > lo && d <= hi) out.push(d);
    }
  }
  return out;
}
