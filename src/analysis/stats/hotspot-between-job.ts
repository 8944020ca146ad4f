// Hotspot shares across jobs (docs/statistics.md §6): the history's per-entry mean shares of each
// top function give a between-job variance of its log share, shrunk across the functions of one
// profile kind and sample type; a cross-job comparison widens each function's log-ratio test by
// 2τ² and recomputes the Benjamini–Hochberg q-values of its family. A separate step after the
// hotspot test (stats/hotspot-test.ts), which stays the within-job model.

import type { BaselineHistory } from '../../model/baseline-history.js';
import type { ProfileComparison } from '../profile/profile-comparison.js';
import { rawBetweenJob, shrinkBetweenJob, type RawBetweenJob } from './between-job-noise.js';
import { benjaminiHochberg } from './multiple-testing.js';
import { widenByBetweenJob } from './between-job-noise.js';
import type { HotspotTestResult } from './hotspot-test.js';

/** Prior weight of the family's τ² for functions. */
export const hotspotPriorDf = 10;

type Metric = 'flat' | 'cum';

/** τ² per `kind/sampleType`, metric and function, from the entries' mean shares (percent). */
export function hotspotBetweenJob(
  entries: BaselineHistory['entries'],
  kind: string,
  sampleType: string,
  metric: Metric,
): Map<string, number> {
  const shares = new Map<string, number[][]>();
  for (const entry of entries) {
    const profile = entry.profiles.find((p) => p.kind === kind && p.sampleType === sampleType);
    for (const t of profile?.top ?? []) {
      const share = metric === 'flat' ? t.flatShare : (t.cumShare ?? t.flatShare);
      if (!(share > 0)) continue;
      const list = shares.get(t.function) ?? [];
      list.push([share]);
      shares.set(t.function, list);
    }
  }
  const raw = new Map<string, RawBetweenJob>();
  for (const [fn, values] of shares) {
    const r = rawBetweenJob(values);
    if (r) raw.set(fn, r);
  }
  const out = new Map<string, number>();
  for (const [fn, noise] of shrinkBetweenJob(raw, hotspotPriorDf)) out.set(fn, noise.tau2);
  return out;
}

/** Widens every tested function of the comparisons by its τ² (when the history has one) and redoes q. */
export function applyHotspotBetweenJob(
  comparisons: readonly ProfileComparison[],
  entries: BaselineHistory['entries'],
): void {
  for (const comparison of comparisons) {
    for (const metric of ['flat', 'cum'] as const) {
      const tau2 = hotspotBetweenJob(entries, comparison.kind, comparison.sampleType.type, metric);
      if (tau2.size === 0) continue;
      const family: HotspotTestResult[] = [];
      for (const fn of comparison.functions) {
        const test = fn[metric].test;
        if (!test) continue;
        const t2 = tau2.get(fn.key);
        if (t2 !== undefined && t2 > 0)
          Object.assign(test, widenByBetweenJob(test.logRatio, test.standardError, test.df, t2), {
            betweenJobVariance: t2,
          });
        family.push(test);
      }
      const worse = benjaminiHochberg(family.map((t) => t.pWorse));
      const better = benjaminiHochberg(family.map((t) => 1 - t.pWorse));
      family.forEach((t, i) => {
        t.qWorse = worse[i] as number;
        t.qBetter = better[i] as number;
      });
    }
  }
}
