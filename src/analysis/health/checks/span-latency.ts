// span.latency: p50 and p95 duration per (service, span name), head against base, all runs
// pooled. Reported (info) when head's p50 and p95 are both above base's by more than `ratio` (default
// 1.2) and `minDeltaMs` (default 1): with few spans p95 is the maximum, so p50 guards against one
// slow outlier. Across jobs with five or more history entries of a span's per-run median, that
// median must also leave the history's band (median ± k·1.4826·MAD, log scale; docs/statistics.md
// §6): a slower runner moves every span, and the band has seen such runners.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import { spanP50Metric } from '../../../model/baseline-history.js';
import { median } from '../../stats/median.js';
import { bandEvidence, historyBand } from '../../stats/history-band.js';
import type { Finding } from '../../../model/finding.js';
import type { HealthCheck } from '../check.js';
import { runHealthMetrics } from '../run-metrics.js';
import { example, type Example, type FiledSpan, nsToMs, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.latency';
const minSamples = 3;

interface Durations {
  ns: bigint[];
  examples: Example[];
  service: string;
  name: string;
}

export const spanLatency: HealthCheck = {
  id,
  options: { ratio: z.number().positive(), 'min-delta-ms': z.number().nonnegative() },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'info');
    if (!severity) return [];
    const ratio = checkNumber(config, id, 'ratio', 1.2);
    const minDeltaNs = checkNumber(config, id, 'minDeltaMs', 1) * 1e6;
    const baseDurations = durations(spanRuns(base).flat());
    const headDurations = durations(spanRuns(head).flat());
    const out: Finding[] = [];
    const headMetrics = context?.crossJob && context.history ? runHealthMetrics(head) : {};
    for (const [key, h] of headDurations) {
      const b = baseDurations.get(key);
      if (!b || b.ns.length < minSamples || h.ns.length < minSamples) continue;
      const [b50, b95, h50, h95] = [
        quantile(b.ns, 0.5),
        quantile(b.ns, 0.95),
        quantile(h.ns, 0.5),
        quantile(h.ns, 0.95),
      ];
      if (!slower(b50, h50, ratio, minDeltaNs) || !slower(b95, h95, ratio, minDeltaNs)) continue;
      const metric = spanP50Metric(h.service, h.name);
      const learned = headMetrics[metric] ? historyBand(context, metric) : undefined;
      if (learned && median(headMetrics[metric] ?? []) <= learned.band.high) continue;
      const evidence = {
        base: { count: b.ns.length, p50Ms: nsToMs(b50), p95Ms: nsToMs(b95) },
        head: { count: h.ns.length, p50Ms: nsToMs(h50), p95Ms: nsToMs(h95) },
        ratioP95: Math.round((Number(h95) / Math.max(1, Number(b95))) * 100) / 100,
        ...(learned ? { history: bandEvidence(learned, 'ns') } : {}),
        examples: h.examples,
      };
      out.push({
        id,
        severity,
        title: `${key}: p95 ${nsToMs(h95)} ms, base ${nsToMs(b95)} ms`,
        subject: { kind: 'span', key },
        evidence,
      });
    }
    return out;
  },
};

function slower(base: bigint, head: bigint, ratio: number, minDeltaNs: number): boolean {
  return Number(head) > Number(base) * ratio && Number(head - base) >= minDeltaNs;
}

/** Finished, non-negative durations by span label; examples are the slowest head spans. */
function durations(spans: FiledSpan[]): Map<string, Durations> {
  const out = new Map<string, Durations>();
  const sorted = [...spans].sort((x, y) => compare(y.span.durationNs ?? 0n, x.span.durationNs ?? 0n));
  for (const s of sorted) {
    if (s.span.durationNs === undefined || s.span.durationNs < 0n) continue;
    const entry = out.get(spanLabel(s.span)) ?? { ns: [], examples: [], service: s.span.service, name: s.span.name };
    entry.ns.push(s.span.durationNs);
    if (entry.examples.length < 3) entry.examples.push(example(s, { durationMs: nsToMs(s.span.durationNs) }));
    out.set(spanLabel(s.span), entry);
  }
  return out;
}

/** Nearest-rank quantile of durations (sorted here, ascending). */
export function quantile(values: bigint[], q: number): bigint {
  const sorted = [...values].sort(compare);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as bigint;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
