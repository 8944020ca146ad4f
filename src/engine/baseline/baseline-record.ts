// `record`: on the base branch, read the runs, run the health checks, and lay out the baseline
// artifact: raw run files under `runs/<run>/`, `snapshot.json`, `history.json` (the previous
// history plus this run) and `history.html` (its trends as one self-contained page, as
// `perfgate history --html` writes it). The Action uploads the directory; this module only reads
// and writes files.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../../analysis/analyze.js';
import type { Config } from '../../model/config.js';
import { buildReport } from '../../report/build-report.js';
import { historySeries } from '../../report/history/history-series.js';
import { renderHistoryHtml } from '../../report/history/render-history-html.js';
import type { Report } from '../../report/report.js';
import {
  appendHistory,
  baselineFiles,
  baselineSnapshotVersion,
  historyEntry,
  summarizeBenchmarks,
  summarizeMetrics,
  summarizeProfiles,
  type BaselineCommit,
  type BaselineHistory,
  type BaselineSnapshot,
} from './baseline-snapshot.js';
import { collectSide } from '../read-inputs/read-runs.js';
import { runsFingerprint } from './machine-fingerprint.js';
import type { RunnerFingerprint } from '../../model/runner-fingerprint.js';
import { version } from '../version.js';
import { stageRuns, type StagedRun } from './stage-runs.js';

export type { StagedRun } from './stage-runs.js';

export interface RecordRequest {
  /** Where the artifact is laid out; must be empty or absent. */
  stageDir: string;
  runs: readonly StagedRun[];
  config: Config;
  key: string;
  commit: BaselineCommit;
  previousHistory?: BaselineHistory;
  historyLimit: number;
  links?: Report['links'];
  /** Where the runs ran; default: their own files, then this machine (engine/machine-fingerprint.ts). */
  fingerprint?: RunnerFingerprint;
}

export interface RecordOutcome {
  report: Report;
  snapshot: BaselineSnapshot;
  history: BaselineHistory;
  /** Every file of the artifact, absolute. */
  files: string[];
}

export async function runRecord(request: RecordRequest): Promise<RecordOutcome> {
  const runsRoot = join(request.stageDir, baselineFiles.runs);
  const files = await stageRuns(request.runs, runsRoot);
  const { config, key } = request;
  const side = await collectSide('head', [runsRoot], config.limits);
  const result = analyze([], side.runs, config);
  const diagnostics = side.runs
    .flatMap((r) => r.artifacts)
    .flatMap((a) => a.diagnostics.map((d) => ({ ...d, path: a.path })));
  const report = buildReport(result, {
    config,
    key,
    version,
    inputs: side.inputs,
    diagnostics,
    baseRuns: 0,
    headRuns: side.runs.length,
    ...(request.links ? { links: request.links } : {}),
  });
  const snapshot: BaselineSnapshot = {
    schema: 'perfgate.baseline',
    version: baselineSnapshotVersion,
    key,
    tool: { version },
    createdAt: config.now,
    commit: request.commit,
    runs: request.runs.map((r) => r.name),
    verdict: result.verdict,
    findings: result.findings,
    inputs: side.inputs.map((i) => ({
      ...i,
      path: i.path.slice(request.stageDir.length + 1),
      run: i.run.slice(request.stageDir.length + 1),
    })),
    profiles: summarizeProfiles(side.runs),
    metrics: summarizeMetrics(side.runs),
    benchmarks: summarizeBenchmarks(side.runs),
    fingerprint: request.fingerprint ?? (await runsFingerprint(side.runs)),
  };
  const history = appendHistory(request.previousHistory, historyEntry(snapshot), key, request.historyLimit);
  for (const [name, doc] of [
    [baselineFiles.snapshot, snapshot],
    [baselineFiles.history, history],
  ] as const) {
    const path = join(request.stageDir, name);
    await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
    files.push(path);
  }
  const page = join(request.stageDir, 'history.html');
  await writeFile(page, renderHistoryHtml(historySeries(history), `perfgate history: ${key}`));
  files.push(page);
  return { report, snapshot, history, files };
}
