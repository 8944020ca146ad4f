// `merge` (the final `needs:` job of a matrix): downloads the `perfgate-report-<key>` artifact of
// every shard of THIS workflow run, merges them (src/report/merge-reports.ts: false-discovery
// control across all shards, a section per shard key) and posts one summary and one sticky
// comment. A key of `expect-keys` without a readable report is named and makes the verdict
// partial (at least warn). Reports are re-rendered from their checked JSON, never posted as is.

import * as core from '@actions/core';
import { join } from 'node:path';
import { readShardReport, runMerge } from '../engine/merge-shards.js';
import { commentLimit, summaryLimit } from '../report/markdown/render-markdown.js';
import { renderMergedMarkdown } from '../report/markdown/render-merged.js';
import type { ShardInput } from '../report/merge-reports.js';
import { safeKey } from './inputs.js';
import { newestFirst, splitAttempt, type RunArtifact } from './artifact-store.js';
import { ghesWarning } from './ghes.js';
import { commentNoteMaxBytes, postComment } from './post-comment.js';
import { gateReason } from './publish-comparison.js';
import { regressionCount, setOutputs, writeReportFiles } from './publish.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { logInfo } from './log.js';
import { shardPagesLines } from './pages-publish.js';

export const reportPrefix = 'perfgate-report-';

interface ShardArtifact {
  id: number;
  key: string;
}

export async function runMergeMode(s: Session): Promise<void> {
  if (s.env.ghes)
    throw new Error(`mode merge cannot download the shards' reports. ${ghesWarning.replace(/^perfgate: /, '')}`);
  const expectKeys = [
    ...new Set(
      core
        .getInput('expect-keys')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(safeKey),
    ),
  ];
  const artifacts = await shardArtifacts(s);
  logInfo(
    `perfgate: merging ${artifacts.length} shard report${artifacts.length === 1 ? '' : 's'} of run ${s.env.runId}${expectKeys.length ? ` (expecting ${expectKeys.join(', ')})` : ''}`,
  );
  const shards: ShardInput[] = [];
  for (const a of artifacts) shards.push(await downloadShard(s, a));
  if (shards.length === 0 && expectKeys.length === 0)
    throw new Error(
      `no ${reportPrefix}* artifacts in workflow run ${s.env.runId}: run the shards with mode compare (or ab) before this job (needs:)`,
    );
  const { report, gateFailed } = runMerge({
    shards,
    config: s.config,
    key: s.inputs.key,
    expectKeys,
    links: { run: s.env.runUrl },
  });
  // Links to the shards' published pages (pages-branch), after the merged report.
  const pages = await shardPagesLines(s);
  const pagesText = pages.length ? `\n${pages.join('\n\n')}\n` : '';
  const pagesBytes = Buffer.byteLength(pagesText);
  const markdown =
    renderMergedMarkdown(report, summaryLimit - commentNoteMaxBytes - pagesBytes, (t) => Buffer.byteLength(t)) +
    pagesText;
  const files = await writeReportFiles(join(s.env.tempDir, 'merged'), report, markdown);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
  if (report.partial)
    core.warning(
      `perfgate: partial result: ${report.shards
        .filter((x) => x.status !== 'ok')
        .map((x) => `shard ${x.key} ${x.status}`)
        .join(', ')}`,
    );
  const pr = s.env.pullRequest;
  if (pr)
    await postComment(s, {
      issueNumber: pr.number,
      key: report.key,
      verdict: report.verdict,
      body: renderMergedMarkdown(report, commentLimit - pagesText.length) + pagesText,
    });
  setOutputs({
    verdict: report.verdict,
    regressions: regressionCount(report),
    reportJson: files.json,
    reportMarkdown: files.markdown,
    baselineSha: '',
    flamegraph: '',
  });
  if (gateFailed) core.setFailed(gateReason(report, s.config.failOn));
}

/** Per shard key, the unexpired `perfgate-report-<key>` of the newest attempt in this run (a
 *  re-run shard uploads `perfgate-report-<key>@attemptN`; shards not re-run keep attempt 1's). */
async function shardArtifacts(s: Session): Promise<ShardArtifact[]> {
  const newest = new Map<string, RunArtifact>();
  for (const a of await s.store.list(s.env.runId)) {
    const { name } = splitAttempt(a.name);
    if (a.expired || !name.startsWith(reportPrefix) || name.length === reportPrefix.length) continue;
    const seen = newest.get(name);
    if (!seen || newestFirst(a, seen) < 0) newest.set(name, a);
  }
  return [...newest].map(([name, a]) => ({ id: a.id, key: name.slice(reportPrefix.length) }));
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
