// A health metric's band from the recorded history (docs/statistics.md §6): one value per entry
// (the median of its runs), the entries of head's CPU model when five of them exist (else all,
// with the others counted), and the robust band of baseline-band.ts from five entries on. Below
// five entries there is no band from history and the check keeps its base-relative rule.

import type { AnalysisContext } from '../analysis-context.js';
import { entriesForHead } from '../analysis-context.js';
import { baselineBand, type Band, type BandOptions } from './baseline-band.js';
import { median } from './median.js';

export const minBandEntries = 5;

export interface HistoryBand {
  band: Band;
  /** Per-entry values the band was made from, oldest first. */
  values: number[];
  /** The CPU model the entries were chosen by, when five of head's model existed. */
  cpuModel: string | null;
  /** Entries from another CPU model than head's (kept, marked). */
  otherCpuEntries: number;
}

/** Per-entry medians of a metric; undefined below five entries. */
export function historyValues(
  context: AnalysisContext | undefined,
  metric: string,
): { values: number[]; cpuModel: string | null; otherCpu: number } | undefined {
  if (!context?.history) return undefined;
  const chosen = entriesForHead(context, minBandEntries);
  const values: number[] = [];
  for (const entry of chosen.entries) {
    const runs = (entry.metrics[metric] ?? []).filter(Number.isFinite);
    if (runs.length > 0) values.push(median(runs));
  }
  if (values.length < minBandEntries) return undefined;
  return { values, cpuModel: chosen.cpuModel ?? null, otherCpu: chosen.otherCpu };
}

export function historyBand(
  context: AnalysisContext | undefined,
  metric: string,
  options: BandOptions = {},
): HistoryBand | undefined {
  const found = historyValues(context, metric);
  if (!found) return undefined;
  const band = baselineBand(found.values, { ...options, minHistory: minBandEntries });
  if (!band) return undefined;
  return { band, values: found.values, cpuModel: found.cpuModel, otherCpuEntries: found.otherCpu };
}

/** Plain, self-describing evidence of a band: its bounds, how it was made, from how many entries. */
export function bandEvidence(
  h: HistoryBand,
  unit: string,
  transform: 'log' | 'identity' = 'log',
): Record<string, unknown> {
  return {
    band: { low: h.band.low, high: h.band.high, center: h.band.center, unit },
    method: h.band.method === 'robust' ? `history median ± ${h.band.k}·1.4826·MAD` : 'history fixed tolerance',
    transform,
    entries: h.values.length,
    cpuModel: h.cpuModel,
    otherCpuEntries: h.otherCpuEntries,
  };
}

/** `band 1.20–1.80 GC/s from 12 history entries (median ± 4·1.4826·MAD)`. */
export function describeBand(h: HistoryBand, format: (v: number) => string): string {
  const how = h.band.method === 'robust' ? `median ± ${h.band.k}·1.4826·MAD` : 'fixed tolerance';
  const cpu = h.cpuModel
    ? `, ${h.cpuModel} only`
    : h.otherCpuEntries > 0
      ? `, ${h.otherCpuEntries} from other CPU models`
      : '';
  return `band ${format(h.band.low)}–${format(h.band.high)} from ${h.values.length} history entries (${how}${cpu})`;
}
