// `merge` (the final `needs:` job of a matrix): downloads the `perfgate-report-<key>` artifact of
// every shard of THIS workflow run, merges them (src/report/merge-reports.ts: false-discovery
// control across all shards, a section per shard key) and posts one summary and one sticky
// comment. A key of `expect-keys` without a readable report is named and makes the verdict
// partial (at least warn). Reports are re-rendered from their checked JSON, never posted as is.

import * as core from '@actions/core';
import { join } from 'node:path';
import { readShardReport, runMerge } from '../engine/merge-shards.js';
import { commentLimit, commentMarker, summaryLimit } from '../report/markdown/render-markdown.js';
import { renderMergedMarkdown } from '../report/markdown/render-merged.js';
import type { MergedReport, ShardInput } from '../report/merge-reports.js';
import { safeKey } from './inputs.js';
import { gateReason } from './mode-compare.js';
import { regressionCount, setOutputs, writeReportFiles } from './publish.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { upsertComment } from './sticky-comment.js';
import { logInfo } from './log.js';

export const reportPrefix = 'perfgate-report-';

interface ShardArtifact {
  id: number;
  key: string;
}

export async function runMergeMode(s: Session): Promise<void> {
  const expectKeys = [...new Set(core.getInput('expect-keys').split(/[\s,]+/).filter(Boolean).map(safeKey))];
  const artifacts = await shardArtifacts(s);
  logInfo(`perfgate: merging ${artifacts.length} shard report${artifacts.length === 1 ? '' : 's'} of run ${s.env.runId}${expectKeys.length ? ` (expecting ${expectKeys.join(', ')})` : ''}`);
  const shards: ShardInput[] = [];
  for (const a of artifacts) shards.push(await downloadShard(s, a));
  if (shards.length === 0 && expectKeys.length === 0) throw new Error(`no ${reportPrefix}* artifacts in workflow run ${s.env.runId}: run the shards with mode compare (or ab) before this job (needs:)`);
  const { report, gateFailed } = runMerge({ shards, config: s.config, key: s.inputs.key, expectKeys, links: { run: s.env.runUrl } });
  const markdown = renderMergedMarkdown(report, summaryLimit, (t) => Buffer.byteLength(t));
  const files = await writeReportFiles(join(s.env.tempDir, 'merged'), report, markdown);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
  if (report.partial) core.warning(`perfgate: partial result: ${report.shards.filter((x) => x.status !== 'ok').map((x) => `shard ${x.key} ${x.status}`).join(', ')}`);
  await postComment(s, report);
  setOutputs({ verdict: report.verdict, regressions: regressionCount(report), reportJson: files.json, reportMarkdown: files.markdown, baselineSha: '', flamegraph: '' });
  if (gateFailed) core.setFailed(gateReason(report, s.config.failOn));
}

/** The newest unexpired `perfgate-report-*` artifact per name in this run. */
async function shardArtifacts(s: Session): Promise<ShardArtifact[]> {
  const { owner, repo, runId } = s.env;
  const byName = new Map<string, { id: number; name: string }>();
  for (let page = 1; page <= 10; page++) {
    const { data } = await s.rest.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, per_page: 100, page });
    for (const a of data.artifacts) {
      if (a.expired || !a.name.startsWith(reportPrefix) || a.name.length === reportPrefix.length) continue;
      if ((byName.get(a.name)?.id ?? -1) < a.id) byName.set(a.name, { id: a.id, name: a.name });
    }
    if (data.artifacts.length < 100) break;
  }
  return [...byName.values()].map((a) => ({ id: a.id, key: a.name.slice(reportPrefix.length) }));
}

async function downloadShard(s: Session, a: ShardArtifact): Promise<ShardInput> {
  const dir = join(s.env.tempDir, 'shards', `${a.id}`);
  try {
    await s.store.download(s.env.runId, a.id, dir);
  } catch (err) {
    core.warning(`perfgate: could not download the report of shard ${a.key}: ${describeError(err)}`);
    return { key: a.key, problem: `could not download its report: ${describeError(err)}` };
  }
  const shard = await readShardReport(join(dir, 'report.json'), a.key);
  if (shard.problem) core.warning(`perfgate: shard ${a.key}: ${shard.problem}`);
  return shard;
}

async function postComment(s: Session, report: MergedReport): Promise<void> {
  const pr = s.env.pullRequest;
  if (!pr || s.inputs.comment === 'never') return;
  const create = s.inputs.comment === 'always' || report.verdict === 'fail' || report.verdict === 'warn';
  try {
    const body = renderMergedMarkdown(report, commentLimit);
    const result = await upsertComment(s.rest, s.env, { issueNumber: pr.number, marker: commentMarker(report.key), body, create });
    if (result.outcome === 'forbidden') core.warning(`perfgate: this token may not comment on pull request #${pr.number}; the job summary is the report. Grant pull-requests: write.`);
    else if (result.outcome === 'skipped') logInfo(`perfgate: no comment: ${result.reason}`);
    else logInfo(`perfgate: comment ${result.outcome}: ${result.url}`);
  } catch (err) {
    core.warning(`perfgate: could not post the pull-request comment: ${describeError(err)}`);
  }
}
