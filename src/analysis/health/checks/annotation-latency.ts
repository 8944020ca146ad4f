// Shared by gotrace.task-latency and gotrace.region-latency: per task or region type, head's
// p50 and p95 durations against base, one value per Go trace. As span.latency, both must be
// slower by `ratio` (default 1.2) and p95 by `minDeltaMs` (default 0.1: regions are often
// sub-millisecond); noise is handled by the base band of docs/statistics.md (baseline-band.ts):
// with five or more base traces a robust band (median ± k·MAD on a log scale),
// with fewer a fixed tolerance of ratio − 1. Traces with fewer than `minSamples` (default 3)
// measured durations of a type are not judged for it. Evidence: {type, base/head: {traces, p50Ns,
// p95Ns}, ratioP95, bandP50, bandP95, ratio, minDeltaNs, files}.

import { z } from 'zod';
import type { Run } from '../../../model/artifact.js';
import { checkNumber, checkSeverity, type Config } from '../../../model/config.js';
import type { Finding, Severity } from '../../../model/finding.js';
import { goTraceSummaries, type GoTraceDurations, type GoTraceSummary } from '../../../model/go-trace-summary.js';
import { checkBand, type BandCheck } from '../../stats/baseline-band.js';
import { median } from '../../stats/median.js';
import type { HealthCheck } from '../check.js';

export type DurationsByType = (s: GoTraceSummary) => Record<string, { durations: GoTraceDurations }> | undefined;

interface Side {
  p50: number[];
  p95: number[];
  files: string[];
}

/** A check (default severity warn) over the task or region types `pick` reads from a summary. */
type AnnotationLatencyId = 'gotrace.task-latency' | 'gotrace.region-latency';

export function annotationLatencyCheck(
  id: AnnotationLatencyId,
  what: 'task' | 'region',
  pick: DurationsByType,
): HealthCheck {
  return {
    id,
    options: {
      ratio: z.number().positive(),
      'min-delta-ms': z.number().nonnegative(),
      'min-samples': z.number().int().positive(),
    },
    run(ctx) {
      const severity = checkSeverity(ctx.config, id, 'warn');
      return severity ? annotationLatencyFindings(id, what, pick, ctx, severity) : [];
    },
  };
}

/** Findings for every type whose durations grew past base's band. */
export function annotationLatencyFindings(
  id: AnnotationLatencyId,
  what: 'task' | 'region',
  pick: DurationsByType,
  runs: { base: Run[]; head: Run[]; config: Config },
  severity: Severity,
): Finding[] {
  const { config } = runs;
  const ratio = checkNumber(config, id, 'ratio', 1.2);
  const minDeltaNs = checkNumber(config, id, 'minDeltaMs', 0.1) * 1e6;
  const minSamples = checkNumber(config, id, 'minSamples', 3);
  const base = byType(runs.base, pick, minSamples);
  const head = byType(runs.head, pick, minSamples);
  const out: Finding[] = [];
  for (const [type, h] of head) {
    const b = base.get(type);
    if (!b) continue;
    const options = { transform: 'log' as const, fixedTolerance: ratio - 1 };
    const p50 = checkBand(b.p50, h.p50, options);
    const p95 = checkBand(b.p95, h.p95, options);
    if (!p50 || !p95 || p50.outside !== 'above' || p95.outside !== 'above') continue;
    if (p95.value - p95.band.center < minDeltaNs) continue;
    out.push(finding(id, what, type, severity, { b, h, p50, p95, ratio, minDeltaNs }));
  }
  return out;
}

function finding(
  id: AnnotationLatencyId,
  what: string,
  type: string,
  severity: Severity,
  d: { b: Side; h: Side; p50: BandCheck; p95: BandCheck; ratio: number; minDeltaNs: number },
): Finding {
  const title =
    `${what} ${type}: p95 ${ms(d.p95.value)} ms, base ${ms(d.p95.band.center)} ms ` +
    `(p50 ${ms(d.p50.value)}, base ${ms(d.p50.band.center)})`;
  const band = (c: BandCheck): { method: string; lowNs: number; highNs: number; caveat: string | null } => ({
    method: c.band.method,
    lowNs: c.band.low,
    highNs: c.band.high,
    caveat: c.band.caveat ?? null,
  });
  const evidence = {
    type,
    base: { traces: d.b.p50.length, p50Ns: median(d.b.p50), p95Ns: median(d.b.p95) },
    head: { traces: d.h.p50.length, p50Ns: d.p50.value, p95Ns: d.p95.value },
    ratioP95: Math.round((d.p95.value / Math.max(1, d.p95.band.center)) * 100) / 100,
    bandP50: band(d.p50),
    bandP95: band(d.p95),
    ratio: d.ratio,
    minDeltaNs: d.minDeltaNs,
    files: d.h.files.slice(0, 3),
  };
  return { id, severity, title, subject: { kind: 'trace', key: `${what} ${type}` }, evidence };
}

/** Per type: the p50 and p95 of every trace that measured at least `minSamples` durations of it. */
function byType(runs: Run[], pick: DurationsByType, minSamples: number): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const { path, summary } of goTraceSummaries(runs)) {
    for (const [type, stats] of Object.entries(pick(summary) ?? {})) {
      if (stats.durations.count < minSamples) continue;
      let side = out.get(type);
      if (!side) {
        side = { p50: [], p95: [], files: [] };
        out.set(type, side);
      }
      side.p50.push(stats.durations.p50Ns);
      side.p95.push(stats.durations.p95Ns);
      side.files.push(path);
    }
  }
  return out;
}

function ms(ns: number): string {
  return (ns / 1e6).toFixed(3);
}
