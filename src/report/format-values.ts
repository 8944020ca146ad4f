// Human formatting of values by unit (nanoseconds, bytes, counts), of percentages and of
// changes, shared by every renderer so numbers read the same everywhere.

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'nanoseconds')
    return formatScaled(value, [
      ['s', 1e9],
      ['ms', 1e6],
      ['µs', 1e3],
      ['ns', 1],
    ]);
  if (unit === 'bytes')
    return formatScaled(value, [
      ['GiB', 2 ** 30],
      ['MiB', 2 ** 20],
      ['KiB', 2 ** 10],
      ['B', 1],
    ]);
  return formatNumber(value);
}

function formatScaled(value: number, scales: [string, number][]): string {
  const abs = Math.abs(value);
  for (const [suffix, scale] of scales) {
    if (abs >= scale) return `${formatNumber(value / scale)}${suffix}`;
  }
  return `${formatNumber(value)}${scales[scales.length - 1]?.[0] ?? ''}`;
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

/** A change as a signed percentage; unknown (null, as JSON writes ±Infinity) or infinite reads `new`. */
export function formatChange(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return 'new';
  const sign = fraction >= 0 ? '+' : '−';
  return `${sign}${Math.abs(fraction * 100).toFixed(1)}%`;
}

export function formatPoints(points: number): string {
  const sign = points >= 0 ? '+' : '−';
  return `${sign}${Math.abs(points).toFixed(2)} pp`;
}

export function formatQ(q: number): string {
  if (q < 0.0001) return '<0.0001';
  return q.toPrecision(2);
}

/**
 * A rise that reads at a glance: `+29%` below ×10, `×570` above, and `new (0 → 3.1 MiB)` when the
 * base is (near) zero, never a five-digit percentage. `ratio` is head ÷ base when known.
 */
export function formatRise(base: number, head: number, ratio: number | undefined, show: (v: number) => string): string {
  const r = ratio ?? (base !== 0 ? head / base : Number.POSITIVE_INFINITY);
  if (base === 0 || !Number.isFinite(r) || (Math.abs(base) < Math.abs(head) / 1000 && r > 1))
    return `new (${show(base)} → ${show(head)})`;
  if (r >= 10) return `×${formatNumber(Number(r.toPrecision(2)))}`;
  return formatChange(r - 1);
}

/** An interval of changes; one wider than ×10 (high ÷ low ratio) is shown as a bound. */
export function formatInterval(low: number | undefined, high: number | undefined): string {
  if (low === undefined || high === undefined) return '';
  const lowRatio = 1 + low;
  const highRatio = 1 + high;
  if (lowRatio > 0 && highRatio / lowRatio > 10)
    return lowRatio >= 10
      ? `at least ×${formatNumber(Number(lowRatio.toPrecision(2)))}`
      : `at least ${formatChange(low)}`;
  const side = (x: number): string =>
    1 + x >= 10 ? `×${formatNumber(Number((1 + x).toPrecision(2)))}` : formatChange(x);
  return `[${side(low)}, ${side(high)}]`;
}
