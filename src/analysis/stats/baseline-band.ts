// Bands for health metrics from a history of base runs (docs/statistics.md §3): median ±
// k·1.4826·MAD on a log scale (identity for counts), k by history size; with fewer than five
// base runs a stated fixed tolerance; and the exact rule for integer metrics such as goroutines
// alive at the end. Pure functions for the health checks; see docs/statistics.md for use.

import { median } from './median.js';
import { maxOf, minOf } from '../../model/extremes.js';

export type BandTransform = 'log' | 'identity';

export interface BandOptions {
  /** `log` for positive, skewed metrics (GC/s, pause, heap); `identity` for counts. Default log. */
  transform?: BandTransform;
  /** Relative tolerance used with fewer than `minHistory` base runs (default 0.15). */
  fixedTolerance?: number;
  /** History size from which the robust band is used (default 5). */
  minHistory?: number;
  /** Smallest scale on the transformed axis (default log(1.02) for log, 0 for identity). */
  scaleFloor?: number;
  /** Overrides the k of `kForHistory`. */
  k?: number;
}

export interface Band {
  method: 'robust' | 'fixed-tolerance';
  /** Back on the metric's own scale. */
  low: number;
  high: number;
  center: number;
  /** ŝ on the transformed scale (0 for fixed tolerance). */
  scale: number;
  k: number;
  historySize: number;
  caveat?: string;
}

export interface BandCheck {
  band: Band;
  /** Median of the head runs. */
  value: number;
  outside: 'above' | 'below' | null;
  /** (g(value) − m)/ŝ, when the band is robust and ŝ > 0. */
  z: number | null;
}

/**
 * k for a history of `size` runs, keeping a one-sided false alarm near 1% per metric for normal
 * data (table in §4.4: k = 4 gives 1.1% at 10 runs, k = 3 gives 1.0% at 20 and 0.6% at 30).
 */
export function kForHistory(size: number): number {
  if (size >= 20) return 3;
  if (size >= 10) return 4;
  return 5;
}

export function baselineBand(history: readonly number[], options: BandOptions = {}): Band | undefined {
  const values = history.filter(Number.isFinite);
  if (values.length === 0) return undefined;
  const transform = options.transform ?? 'log';
  const minHistory = options.minHistory ?? 5;
  if (values.length < minHistory || (transform === 'log' && values.some((v) => v <= 0))) {
    const tolerance = options.fixedTolerance ?? 0.15;
    const center = median(values);
    const spread = Math.abs(center) * tolerance;
    const caveat = `${values.length} base run${values.length === 1 ? '' : 's'} of history: fixed ±${Math.round(tolerance * 100)}% tolerance instead of a learned band`;
    return {
      method: 'fixed-tolerance',
      low: center - spread,
      high: center + spread,
      center,
      scale: 0,
      k: 0,
      historySize: values.length,
      caveat,
    };
  }
  const g = transform === 'log' ? Math.log : (x: number) => x;
  const back = transform === 'log' ? Math.exp : (x: number) => x;
  const transformed = values.map(g);
  const m = median(transformed);
  const mad = median(transformed.map((x) => Math.abs(x - m)));
  const scale = Math.max(1.4826 * mad, options.scaleFloor ?? (transform === 'log' ? Math.log(1.02) : 0));
  const k = options.k ?? kForHistory(values.length);
  return {
    method: 'robust',
    low: back(m - k * scale),
    high: back(m + k * scale),
    center: back(m),
    scale,
    k,
    historySize: values.length,
  };
}

/** The median of the head runs against the band of the base history. */
export function checkBand(
  history: readonly number[],
  head: readonly number[],
  options: BandOptions = {},
): BandCheck | undefined {
  const band = baselineBand(history, options);
  const values = head.filter(Number.isFinite);
  if (!band || values.length === 0) return undefined;
  const value = median(values);
  const outside = value > band.high ? 'above' : value < band.low ? 'below' : null;
  const g = (options.transform ?? 'log') === 'log' ? Math.log : (x: number) => x;
  const z = band.method === 'robust' && band.scale > 0 && value > 0 ? (g(value) - g(band.center)) / band.scale : null;
  return { band, value, outside, z };
}

export interface ExactCountCheck {
  /** Largest count seen in the history. */
  historyMax: number;
  /** Above this is a fail: max(h) + max(1, range(h)). */
  failAbove: number;
  /** Largest head count. */
  value: number;
  severity: 'fail' | 'warn' | null;
}

/** Integer metrics that should not move (goroutines alive at the end): any rise warns, a rise past the history's range fails. */
export function checkExactCount(history: readonly number[], head: readonly number[]): ExactCountCheck | undefined {
  if (history.length === 0 || head.length === 0) return undefined;
  const historyMax = maxOf(history);
  const failAbove = historyMax + Math.max(1, historyMax - minOf(history));
  const value = maxOf(head);
  const severity = value > failAbove ? 'fail' : value > historyMax ? 'warn' : null;
  return { historyMax, failAbove, value, severity };
}
