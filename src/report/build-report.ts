// Builds the renderer-neutral Report from an analysis result and the inputs that fed it.

import type { AnalysisResult } from '../analysis/analyze.js';
import type { ProfileComparison } from '../analysis/profile/profile-comparison.js';
import type { Config } from '../model/config.js';
import {
  reportSchemaVersion,
  type ChangeRow,
  type ComparisonSummary,
  type InputRecord,
  type Report,
  type ReportChanges,
} from './report.js';
import { benchmarkGroups, culpritRows } from './culprits.js';

export interface ReportContext {
  config: Config;
  key: string;
  version: string;
  inputs: InputRecord[];
  diagnostics: Report['diagnostics'];
  baseRuns: number;
  headRuns: number;
  links?: Report['links'];
  /** The pull request's changed lines, when a diff was asked for. */
  changes?: ReportChanges;
}

export function buildReport(result: AnalysisResult, ctx: ReportContext): Report {
  const count = (severity: string): number => result.findings.filter((f) => f.severity === severity).length;
  const culprits = culpritRows(result.findings, ctx.changes);
  return {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'perfgate', version: ctx.version },
    generatedAt: ctx.config.now,
    key: ctx.key,
    verdict: result.verdict,
    reasons: result.reasons,
    summary: {
      baseRuns: ctx.baseRuns,
      headRuns: ctx.headRuns,
      fail: count('fail'),
      warn: count('warn'),
      info: count('info'),
    },
    findings: result.findings,
    comparisons: result.comparisons.map((c) =>
      summarizeComparison(c, ctx.config.hotspots.topChanges, ctx.config.hotspots.qWarn),
    ),
    inputs: ctx.inputs,
    diagnostics: ctx.diagnostics,
    links: ctx.links ?? {},
    culprits,
    benchmarkGroups: benchmarkGroups(result.findings, culprits),
    ...(ctx.changes ? { changes: ctx.changes } : {}),
  };
}

function summarizeComparison(c: ProfileComparison, top: number, qWarn: number): ComparisonSummary {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const rows: ChangeRow[] = c.functions.slice(0, top).map((f) => ({
    function: f.key,
    file: f.file,
    line: f.line,
    baseFlat: mean(f.flat.base.runs),
    headFlat: mean(f.flat.head.runs),
    baseCum: mean(f.cum.base.runs),
    headCum: mean(f.cum.head.runs),
    baseFlatShare: f.flat.base.sharePercent,
    headFlatShare: f.flat.head.sharePercent,
    flatSharePoints: f.flat.sharePoints,
    cumSharePoints: f.cum.sharePoints,
    significant: Math.min(f.flat.test?.qWorse ?? 1, f.flat.test?.qBetter ?? 1) <= qWarn,
  }));
  return {
    profileKind: c.kind,
    sampleType: c.sampleType.type,
    unit: c.sampleType.unit,
    normalization: c.normalization,
    baseRuns: c.baseRuns.length,
    headRuns: c.headRuns.length,
    baseTotalMean: mean(c.baseTotals),
    headTotalMean: mean(c.headTotals),
    noiseModelAssumed: c.noiseModelAssumed,
    eventsPerRun: Math.round(c.eventsPerRun * 10) / 10,
    tooFewEvents: c.tooFewEvents,
    topChanges: rows,
  };
}
