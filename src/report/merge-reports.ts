// Merges the reports of the shards of one gate (a matrix of jobs, one key each) into one report:
// every shard's findings, tagged with the shard key (`shard`), false-discovery control
// across all of them (merge-fdr.ts), and one verdict. A shard that was expected but left no
// report, or whose report could not be read, makes the result partial: it is named, and the
// verdict is at least `warn` (a pass over the shards that did report is not a pass of the gate).

import { verdictOf, type Verdict } from '../analysis/verdict.js';
import type { Finding } from '../model/finding.js';
import { unionFdr, type FdrLevels } from '../analysis/stats/merge-fdr.js';
import { reportSchemaVersion, type Report } from './report.js';

/** One shard as found: its report, or why there is none. */
export interface ShardInput {
  key: string;
  report?: Report;
  /** Why the report could not be read (a failed shard); absent with no report: missing. */
  problem?: string;
}

export interface ShardStatus {
  key: string;
  status: 'ok' | 'missing' | 'failed';
  /** The shard's own verdict (before merging), or null without a report. */
  verdict: Verdict | null;
  detail: string;
  baseRuns: number;
  headRuns: number;
}

export interface MergedReport extends Report {
  /** Some expected shard is missing or failed: the verdict covers only the others. */
  partial: boolean;
  shards: ShardStatus[];
  /** How the merge was done, in plain text (tests in each family, demotions). */
  mergeNotes: string[];
}

export interface MergeOptions {
  key: string;
  /** Shard keys that must be present; the others found are merged too. */
  expectKeys: readonly string[];
  levels: { hotspots: FdrLevels; benchmarks: FdrLevels };
  version: string;
  now: string;
  links?: Report['links'];
}

export function mergeReports(inputs: readonly ShardInput[], o: MergeOptions): MergedReport {
  const shards = withExpected(inputs, o.expectKeys);
  const tagged = shards.flatMap((s) => (s.report?.findings ?? []).map((f) => tag(f, s.key)));
  const fdr = unionFdr(tagged, o.levels);
  const reported = shards.flatMap((s) => (s.report ? [s.report] : []));
  const compared = reported.some((r) => r.verdict !== 'inconclusive');
  const none: { verdict: Verdict; reasons: string[] } = {
    verdict: 'inconclusive',
    reasons: ['no shard left a report'],
  };
  const base = reported.length ? verdictOf(fdr.findings, compared) : none;
  const statuses = shards.map(status);
  const gaps = statuses.filter((s) => s.status !== 'ok');
  const partialReasons = gaps.map(
    (s) => `shard ${s.key} ${s.status === 'missing' ? 'left no report' : 'failed'}: the result is partial`,
  );
  const verdict: Verdict =
    gaps.length && (base.verdict === 'pass' || base.verdict === 'inconclusive') ? 'warn' : base.verdict;
  const reasons = base.verdict === 'fail' ? [...base.reasons, ...partialReasons] : [...partialReasons, ...base.reasons];
  const count = (sev: string): number => fdr.findings.filter((f) => f.severity === sev).length;
  return {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'perfgate', version: o.version },
    generatedAt: o.now,
    key: o.key,
    verdict,
    reasons,
    summary: {
      baseRuns: sum(reported, 'baseRuns'),
      headRuns: sum(reported, 'headRuns'),
      fail: count('fail'),
      warn: count('warn'),
      info: count('info'),
    },
    findings: fdr.findings,
    comparisons: reported.flatMap((r) => r.comparisons),
    inputs: reported.flatMap((r) => r.inputs),
    diagnostics: reported.flatMap((r) => r.diagnostics),
    links: o.links ?? {},
    partial: gaps.length > 0,
    shards: statuses,
    mergeNotes: mergeNotes(fdr.tests, fdr.demoted.length, statuses.length),
  };
}

/** Sorted by key, with a missing entry for every expected key that is absent. */
function withExpected(inputs: readonly ShardInput[], expectKeys: readonly string[]): ShardInput[] {
  const byKey = new Map<string, ShardInput>();
  for (const s of inputs) {
    if (byKey.has(s.key)) throw new Error(`two shard reports have the key '${s.key}'`);
    byKey.set(s.key, s);
  }
  for (const key of expectKeys) if (!byKey.has(key)) byKey.set(key, { key });
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function tag(f: Finding, shard: string): Finding {
  return { ...f, shard };
}

function status(s: ShardInput): ShardStatus {
  const r = s.report;
  if (r)
    return {
      key: s.key,
      status: 'ok',
      verdict: r.verdict,
      detail: '',
      baseRuns: r.summary.baseRuns ?? 0,
      headRuns: r.summary.headRuns ?? 0,
    };
  const absent = { key: s.key, verdict: null, baseRuns: 0, headRuns: 0 };
  if (s.problem !== undefined) return { ...absent, status: 'failed', detail: s.problem };
  return { ...absent, status: 'missing', detail: 'no report artifact: the job failed, was cancelled or did not run' };
}

function sum(reports: readonly Report[], k: 'baseRuns' | 'headRuns'): number {
  return reports.reduce((n, r) => n + (r.summary[k] ?? 0), 0);
}

function mergeNotes(tests: { hotspot: number; benchmark: number }, demoted: number, shards: number): string[] {
  const notes = [
    `False-discovery control across all ${shards} shards: Benjamini–Hochberg over the p-values of ${tests.hotspot} hotspot and ${tests.benchmark} benchmark findings; each q shown is the larger of the shard's q and the q across shards.`,
  ];
  if (demoted > 0)
    notes.push(
      `${demoted} finding${demoted === 1 ? ' was' : 's were'} demoted because ${demoted === 1 ? 'it is' : 'they are'} not significant across all shards.`,
    );
  return notes;
}
