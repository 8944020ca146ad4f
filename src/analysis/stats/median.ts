// The median: the middle value, or the mean of the two middle values; NaN for no values.
// The one copy every layer uses (bands, benchmark tolerances, the dispersion prior, trends).

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const upper = s[mid] ?? Number.NaN;
  return s.length % 2 ? upper : ((s[mid - 1] ?? Number.NaN) + upper) / 2;
}
