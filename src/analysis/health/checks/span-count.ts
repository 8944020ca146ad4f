// span.count: spans per (service, span name) in each head run against `expect` rules in
// perfgate.yml ({service, name, min, max}), and against base: a count outside a band around base's
// mean (`band`, default ±50%, at least `minDelta` 2 spans), and more database client spans per
// server span than base (an N+1 query pattern). With five or more history entries that hold a
// (service, name), its band is median ± k·1.4826·MAD of the entries' counts (identity scale,
// docs/statistics.md §6), and a head median outside it by at least `minDelta` is reported.

import { z } from 'zod';
import { checkNumber, checkSeverity, type Config } from '../../../model/config.js';
import type { EvidenceOf, Finding, Severity } from '../../../model/finding.js';
import type { JsonValue } from '../../../model/json-value.js';
import type { Span } from '../../../model/span-set.js';
import { spanCountMetric } from '../../../model/baseline-history.js';
import type { AnalysisContext } from '../../analysis-context.js';
import { median } from '../../stats/median.js';
import { bandEvidence, describeBand, historyBand } from '../../stats/history-band.js';
import type { HealthCheck } from '../check.js';
import { example, type Example, type FiledSpan, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.count';

type SpanCountDetails = { reason: EvidenceOf<'span.count'>['reason'] } & Record<string, JsonValue>;

interface Expectation {
  service?: string;
  name?: string;
  min?: number;
  max?: number;
}

/** One `expect` rule: spans per run of a service and name (either may be left out) within [min, max]. */
const count = z.number().int().nonnegative();
const expectationOption = z.strictObject({ service: z.string(), name: z.string(), min: count, max: count }).partial();

export const spanCount: HealthCheck = {
  id,
  options: {
    expect: z.array(expectationOption),
    band: z.number().nonnegative(),
    'min-delta': z.number().nonnegative(),
  },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const headRuns = spanRuns(head);
    const baseRuns = spanRuns(base);
    return [
      ...expectationFindings(headRuns, config, severity),
      ...bandFindings(baseRuns, headRuns, config, severity, context),
      ...nPlusOneFindings(baseRuns, headRuns, severity),
    ];
  },
};

function expectations(config: Config): Expectation[] {
  const value = config.checks[id]?.['expect'];
  return Array.isArray(value) ? value.filter((e): e is Expectation => typeof e === 'object' && e !== null) : [];
}

function expectationFindings(runs: FiledSpan[][], config: Config, severity: Severity): Finding[] {
  const out: Finding[] = [];
  for (const rule of expectations(config)) {
    const counts = runs.map((spans) =>
      spans.filter(
        (s) => (rule.service ?? s.span.service) === s.span.service && (rule.name ?? s.span.name) === s.span.name,
      ),
    );
    const bad = counts.filter(
      (c) => (rule.min !== undefined && c.length < rule.min) || (rule.max !== undefined && c.length > rule.max),
    );
    if (bad.length === 0) continue;
    const key = `${rule.service ?? '*'}: ${rule.name ?? '*'}`;
    const range = `${rule.min ?? 0}..${rule.max ?? '∞'}`;
    const examples = bad.flatMap((c) => c.slice(0, 1).map((s) => example(s)));
    out.push(
      finding(
        severity,
        `${key}: ${bad.map((c) => c.length).join(', ')} spans per run, expected ${range}`,
        key,
        { reason: 'expectation', min: rule.min ?? null, max: rule.max ?? null, counts: counts.map((c) => c.length) },
        examples,
      ),
    );
  }
  return out;
}

function bandFindings(
  baseRuns: FiledSpan[][],
  headRuns: FiledSpan[][],
  config: Config,
  severity: Severity,
  context?: AnalysisContext,
): Finding[] {
  if (headRuns.length === 0) return [];
  const band = checkNumber(config, id, 'band', 0.5);
  const minDelta = checkNumber(config, id, 'minDelta', 2);
  const baseMean = meanCounts(baseRuns);
  const headMean = meanCounts(headRuns);
  const out: Finding[] = [];
  const names = spanNames([...headRuns, ...baseRuns]);
  const headCounts = context?.history ? headRuns.map(countsByLabel) : [];
  for (const key of new Set([...baseMean.keys(), ...headMean.keys()])) {
    const span = names.get(key);
    const metric = span ? spanCountMetric(span.service, span.name) : undefined;
    const learned = metric && context?.history ? historyBand(context, metric, { transform: 'identity' }) : undefined;
    if (learned) {
      const h = median(headCounts.map((counts) => counts.get(key) ?? 0));
      if ((h >= learned.band.low && h <= learned.band.high) || Math.abs(h - learned.band.center) < minDelta) continue;
      const band = describeBand(learned, (v) => String(round(v)));
      const title = `${key}: ${round(h)} spans per run (median), outside the ${band}`;
      const details = {
        reason: 'history-band' as const,
        headMedian: round(h),
        ...bandEvidence(learned, 'spans', 'identity'),
      };
      out.push(finding(severity, title, key, details, headMean.get(key)?.examples ?? []));
      continue;
    }
    if (baseRuns.length === 0) continue;
    const b = baseMean.get(key)?.mean ?? 0;
    const h = headMean.get(key)?.mean ?? 0;
    if (Math.abs(h - b) < minDelta || Math.abs(h - b) <= band * b) continue;
    const examples = headMean.get(key)?.examples ?? [];
    out.push(
      finding(
        severity,
        `${key}: ${round(h)} spans per run, base ${round(b)}`,
        key,
        { reason: 'band', baseMean: round(b), headMean: round(h), band },
        examples,
      ),
    );
  }
  return out;
}

function spanNames(runs: FiledSpan[][]): Map<string, { service: string; name: string }> {
  const names = new Map<string, { service: string; name: string }>();
  for (const run of runs) {
    for (const s of run)
      if (!names.has(spanLabel(s.span))) names.set(spanLabel(s.span), { service: s.span.service, name: s.span.name });
  }
  return names;
}

function countsByLabel(run: FiledSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of run) counts.set(spanLabel(s.span), (counts.get(spanLabel(s.span)) ?? 0) + 1);
  return counts;
}

function meanCounts(runs: FiledSpan[][]): Map<string, { mean: number; examples: Example[] }> {
  const totals = new Map<string, { mean: number; examples: Example[] }>();
  for (const spans of runs) {
    for (const s of spans) {
      const entry = totals.get(spanLabel(s.span)) ?? { mean: 0, examples: [] };
      entry.mean += 1 / runs.length;
      if (entry.examples.length < 3) entry.examples.push(example(s));
      totals.set(spanLabel(s.span), entry);
    }
  }
  return totals;
}

function finding(
  severity: Severity,
  title: string,
  key: string,
  details: SpanCountDetails,
  examples: Example[],
): Finding {
  return {
    id,
    severity,
    title,
    subject: { kind: 'span', key },
    evidence: { ...details, examples: examples.slice(0, 3) },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Ratio {
  db: number;
  server: number;
  examples: Example[];
}

/** Database client spans per server span, per service: more than base by half and by one suggests N+1. */
function nPlusOneFindings(baseRuns: FiledSpan[][], headRuns: FiledSpan[][], severity: Severity): Finding[] {
  if (baseRuns.length === 0 || headRuns.length === 0) return [];
  const base = ratios(baseRuns);
  const head = ratios(headRuns);
  const out: Finding[] = [];
  for (const [service, h] of head) {
    const b = base.get(service);
    if (!b || b.server === 0 || h.server === 0) continue;
    const baseRatio = b.db / b.server;
    const headRatio = h.db / h.server;
    if (headRatio < baseRatio * 1.5 || headRatio - baseRatio < 1) continue;
    const title = `${service}: ${round(headRatio)} database calls per server span, base ${round(baseRatio)} (N+1 queries?)`;
    out.push(
      finding(
        severity,
        title,
        `${service}: database calls`,
        { reason: 'n-plus-one', baseRatio: round(baseRatio), headRatio: round(headRatio) },
        h.examples,
      ),
    );
  }
  return out;
}

function ratios(runs: FiledSpan[][]): Map<string, Ratio> {
  const out = new Map<string, Ratio>();
  for (const s of runs.flat()) {
    const r = out.get(s.span.service) ?? { db: 0, server: 0, examples: [] };
    if (s.span.kind === 'server') r.server += 1;
    if (isDbCall(s.span)) {
      r.db += 1;
      if (r.examples.length < 3) r.examples.push(example(s));
    }
    out.set(s.span.service, r);
  }
  return out;
}

function isDbCall(span: Span): boolean {
  return (
    span.kind === 'client' &&
    (span.attributes['db.system'] !== undefined || span.attributes['db.system.name'] !== undefined)
  );
}
