// gc.stw-max: head's longest GC stop-the-world pause must not grow past base's by more than
// `tolerance` (default +50%) and `minDeltaNs` (default 100 µs); `maxNs`, when set, is also an
// absolute ceiling. Pauses are GC mark/sweep termination only ("start trace" STWs excluded).
// With five or more history entries the reference is the band of the entries' per-run maxima
// (median ± k·1.4826·MAD on the log scale, docs/statistics.md §6): the median of head's runs
// must stay under its top, and past it by `minDeltaNs` too (one scheduler hiccup is not a pause).

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { goTraceSummaries } from '../../../model/go-trace-summary.js';
import { median } from '../../stats/median.js';
import { bandEvidence, describeBand, historyBand } from '../../stats/history-band.js';
import type { HealthCheck } from '../check.js';
import { runHealthMetrics, runMetric } from '../run-metrics.js';
import { maxOf } from '../../../model/extremes.js';

const id = 'gc.stw-max';

export const gcStwMax: HealthCheck = {
  id,
  options: {
    tolerance: z.number().nonnegative(),
    'min-delta-ns': z.number().nonnegative(),
    'max-ns': z.number().positive(),
  },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.5);
    const minDeltaNs = checkNumber(config, id, 'minDeltaNs', 100_000);
    const maxNs = checkNumber(config, id, 'maxNs', Infinity);
    const h = goTraceSummaries(head);
    if (h.length === 0) return [];
    const headMax = maxOf(h.map((t) => t.summary.gc.gcStwMaxNs));
    const learned = historyBand(context, runMetric.stwMaxNs);
    const headRuns = runHealthMetrics(head)[runMetric.stwMaxNs] ?? [];
    if (learned && headRuns.length > 0) {
      const headMedian = median(headRuns);
      const above = headMedian > learned.band.high && headMedian - learned.band.center >= minDeltaNs;
      if (!above && headMax <= maxNs) return [];
      const ms = (v: number): string => `${(v / 1e6).toFixed(3)} ms`;
      const band = describeBand(learned, ms);
      const limit = Number.isFinite(maxNs) ? maxNs : null;
      return [
        {
          id,
          severity,
          title: `Longest GC stop-the-world pause ${ms(headMedian)} (median of runs) is above the ${band}`,
          subject: { kind: 'trace', key: 'gc' },
          evidence: {
            headMaxNs: headMax,
            headMedianNs: headMedian,
            ...bandEvidence(learned, 'ns'),
            minDeltaNs,
            maxNs: limit,
          },
        },
      ];
    }
    const b = goTraceSummaries(base);
    const baseMax = b.length ? maxOf(b.map((t) => t.summary.gc.gcStwMaxNs)) : undefined;
    const grew = baseMax !== undefined && headMax > baseMax * (1 + tolerance) && headMax - baseMax >= minDeltaNs;
    if (!grew && headMax <= maxNs) return [];
    return [
      {
        id,
        severity,
        title:
          `Longest GC stop-the-world pause is ${(headMax / 1e6).toFixed(3)} ms` +
          (baseMax === undefined ? '' : ` (base ${(baseMax / 1e6).toFixed(3)} ms)`),
        subject: { kind: 'trace', key: 'gc' },
        evidence: {
          headMaxNs: headMax,
          baseMaxNs: baseMax ?? null,
          tolerance,
          minDeltaNs,
          maxNs: Number.isFinite(maxNs) ? maxNs : null,
        },
      },
    ];
  },
};
