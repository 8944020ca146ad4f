// `compare`: collect base and head runs, analyse, build the report. The composition root
// shared by the CLI and the Action; it is the only place that reads input files.

import type { AnalysisContext } from '../analysis/analysis-context.js';
import { analyze, type AnalysisResult } from '../analysis/analyze.js';
import { gateFails } from '../analysis/gate.js';
import type { Run } from '../model/artifact.js';
import type { BaselineHistory } from '../model/baseline-history.js';
import type { Config } from '../model/config.js';
import { fingerprintFromRuns, mergeFingerprints, type RunnerFingerprint } from '../model/runner-fingerprint.js';
import { buildReport } from '../report/build-report.js';
import type { Report, ReportChanges } from '../report/report.js';
import { collectSides, listSide, type CollectedSide } from './read-inputs/read-runs.js';
import { benchmarkTrends, healthTrends } from './baseline/health-trends.js';
import { runsFingerprint } from './baseline/machine-fingerprint.js';
import { version } from './version.js';

export interface CompareRequest {
  baseDirs: readonly string[];
  headDirs: readonly string[];
  config: Config;
  key?: string;
  links?: Report['links'];
  /** The pull request's changed lines (`--diff-base`, the Action), for the culprit rows. */
  changes?: ReportChanges;
  /** Threads reading input files (default: the cores available, at most four). */
  jobs?: number;
  /** Base was recorded in another job (a baseline artifact, `compare --history`): two-level noise. */
  crossJob?: boolean;
  /** The recorded history of base jobs: health bands and the between-job noise. */
  history?: BaselineHistory;
  /** Where base ran, as its snapshot recorded it (the base runs' own files come first). */
  baseFingerprint?: RunnerFingerprint;
}

export interface CompareOutcome {
  result: AnalysisResult;
  report: Report;
  /** The verdict fails the gate under `config.failOn`. */
  gateFailed: boolean;
  /** The runs as read, for what is drawn from them afterwards (flame graphs). */
  base: Run[];
  head: Run[];
}

export async function runCompare(request: CompareRequest): Promise<CompareOutcome> {
  const listings = [await listSide('base', request.baseDirs), await listSide('head', request.headDirs)];
  const [base, head] = (await collectSides(listings, request.config.limits, request.jobs)) as [
    CollectedSide,
    CollectedSide,
  ];
  const context: AnalysisContext = {
    ...(request.crossJob ? { crossJob: true } : {}),
    ...(request.history ? { history: request.history } : {}),
    headFingerprint: await runsFingerprint(head.runs),
    baseFingerprint: mergeFingerprints(fingerprintFromRuns(base.runs), request.baseFingerprint ?? {}),
  };
  const outcome = compareCollected(base, head, request, context);
  if (request.history) {
    const trends = [
      ...healthTrends(request.history, head.runs),
      ...benchmarkTrends(request.history, outcome.report.findings),
    ];
    outcome.report = { ...outcome.report, trends };
  }
  return outcome;
}

/** Analysis and report of runs already read (the A/B runner groups its own runs). */
export function compareCollected(
  base: CollectedSide,
  head: CollectedSide,
  request: Omit<CompareRequest, 'baseDirs' | 'headDirs' | 'jobs'>,
  context: AnalysisContext = {},
): CompareOutcome {
  const { config } = request;
  const result = analyze(base.runs, head.runs, config, context, [...base.inputs, ...head.inputs]);
  const artifacts = [...base.runs, ...head.runs].flatMap((r) => r.artifacts);
  const diagnostics = artifacts.flatMap((a) => a.diagnostics.map((d) => ({ ...d, path: a.path })));
  const report = buildReport(result, {
    config,
    key: request.key ?? 'default',
    version,
    inputs: [...base.inputs, ...head.inputs],
    diagnostics,
    baseRuns: base.runs.length,
    headRuns: head.runs.length,
    ...(request.links ? { links: request.links } : {}),
    ...(request.changes ? { changes: request.changes } : {}),
  });
  return { result, report, gateFailed: gateFails(report, config.failOn), base: base.runs, head: head.runs };
}
