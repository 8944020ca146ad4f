// `record` (pushes to the base branch): health-check the runs and upload the baseline artifact:
// raw runs, snapshot.json, and history.json carried over from the previous baseline on this
// branch with this run appended. Recording never fails the step on findings: a failed run could
// not serve as a baseline. Health problems are warnings.

import * as core from '@actions/core';
import { join } from 'node:path';
import { runRecord } from '../engine/baseline/baseline-record.js';
import { readBaselineDir, type BaselineHistory } from '../engine/baseline/baseline-snapshot.js';
import { summaryLimit } from '../report/markdown/render-markdown.js';
import { attemptName } from './artifact-store.js';
import { findBaseline, short } from './baseline-lookup.js';
import { ghesContext, ghesWarning } from './ghes.js';
import { resolveRuns } from './head-runs.js';
import { setOutputs, writeReportFiles, writeSummary } from './publish.js';
import { code, notesBlock, relabelPaths, renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { publishHistoryPages } from './pages-publish.js';

export async function runRecordMode(s: Session): Promise<void> {
  const { inputs, env } = s;
  const runs = await resolveRuns(env.workspace, inputs.runs, inputs.artifacts);
  if (runs.length === 0)
    throw new Error(
      `no artifacts to record found in the workspace (inputs runs: ${inputs.runs.join(' ') || '-'}; artifacts: ${inputs.artifacts.join(' ')})`,
    );
  const notes: string[] = [];
  const previousHistory = s.env.ghes ? undefined : await previous(s, notes);
  const stageDir = join(env.tempDir, 'baseline-upload');
  const outcome = await runRecord({
    stageDir,
    runs,
    config: s.config,
    key: inputs.key,
    commit: { sha: env.sha, ref: env.refName, workflowRunId: String(env.runId) },
    historyLimit: inputs.history,
    links: { run: env.runUrl },
    ...(previousHistory ? { previousHistory } : {}),
  });
  const report = relabelPaths(outcome.report, stageDir);
  const history = `${outcome.history.entries.length} base run${outcome.history.entries.length === 1 ? '' : 's'} (keeps ${inputs.history})`;
  const context = [
    `Recorded baseline ${code(s.names.baseline)} for commit ${code(short(env.sha))} on ${code(env.refName)}: ${runs.length} run${runs.length === 1 ? '' : 's'}, history of ${history}.`,
  ];
  if (s.env.ghes) {
    // Nothing can be uploaded: the health checks still ran, and the summary says what works instead.
    core.warning(ghesWarning);
    context.splice(
      0,
      1,
      `Health checks of ${runs.length} run${runs.length === 1 ? '' : 's'} for commit ${code(short(env.sha))}; **no baseline was recorded**.`,
      ghesContext,
    );
  } else {
    // A re-run of this job uploads under the attempt's name (artifact-store.ts); readers take the newest.
    const id = await s.store.upload(s.names.baseline, outcome.files, stageDir, inputs.retentionDays);
    core.info(
      `perfgate: uploaded ${attemptName(s.names.baseline, env.runAttempt)} (artifact ${id ?? '?'}): ${runs.length} run(s), history of ${history}`,
    );
  }
  // The history page goes to the pages branch (when `pages-branch` is set) after the artifact.
  const pages = await publishHistoryPages(s, stageDir);
  context.push(...pages.context);
  const files = await writeReportFiles(
    join(env.tempDir, 'report'),
    report,
    renderWithContext(report, context, summaryLimit),
  );
  await writeSummary(report, context, [...pages.notes, notesBlock('Previous baseline', notes)]);
  setOutputs({
    verdict: report.verdict,
    regressions: 0,
    reportJson: files.json,
    reportMarkdown: files.markdown,
    baselineSha: env.sha,
    flamegraph: '',
  });
  const unhealthy = report.findings.filter((f) => f.severity === 'fail' || f.severity === 'warn');
  if (unhealthy.length > 0)
    core.warning(`perfgate: the recorded runs have ${unhealthy.length} health finding(s); see the job summary`);
}

async function previous(s: Session, notes: string[]): Promise<BaselineHistory | undefined> {
  try {
    const lookup = await findBaseline(s.rest, s.store, s.env, {
      artifactName: s.names.baseline,
      branch: s.env.refName,
      sha: undefined,
      excludeRunId: s.env.runId,
      dest: join(s.env.tempDir, 'previous'),
    });
    notes.push(...lookup.notes);
    if (!lookup.found) {
      notes.push('no earlier baseline on this branch: the history starts here');
      return undefined;
    }
    const dir = await readBaselineDir(lookup.dir);
    notes.push(`history carried over from ${lookup.description}`, ...dir.warnings);
    return dir.history;
  } catch (err) {
    notes.push(`the previous baseline could not be read (${describeError(err)}): the history starts here`);
    return undefined;
  }
}
