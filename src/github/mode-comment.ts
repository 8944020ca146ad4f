// `comment` (workflow_run, the privileged half of the fork recipe): download the report artifact
// of the pull-request run that triggered this one, check that the pull request it names really
// has that run's head commit, re-render the report from its JSON (never posting the fork's
// markdown), and post the sticky comment. Never checks out or runs anything from the fork. The
// artifact is the completed attempt's, read in memory within bounds on bytes and entries before
// anything is inflated or written (bounded-zip.ts).

import { z } from 'zod';
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import { commentLimit } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';
import { short } from './baseline-lookup.js';
import { extractBounded, type ZipBounds } from './bounded-zip.js';
import { ghesWarning } from './ghes.js';
import { commentNoteMaxBytes, postComment } from './post-comment.js';
import { regressionCount, setOutputs, writeSummary } from './publish.js';
import { renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { parseUntrustedReport } from './untrusted-report.js';
import { logInfo } from './log.js';
import { textOf } from '../model/unknown-value.js';

/** The fork's report artifact is read in memory within these bounds; nothing else is inflated. */
const zipBounds: ZipBounds = { maxZipBytes: 64 * 1024 * 1024, maxEntries: 10_000, maxFileBytes: 64 * 1024 * 1024 };

interface TriggeringRun {
  id: number;
  /** The attempt that completed: its report, not a later or earlier one's. */
  attempt: number;
  headSha: string;
  pullRequests: number[];
}

export async function runCommentMode(s: Session): Promise<void> {
  if (s.env.ghes) throw new Error(`mode comment cannot download artifacts. ${ghesWarning.replace(/^perfgate: /, '')}`);
  const run = triggeringRun(s.env.payload);
  const artifact = await s.store.find(run.id, s.names.report, run.attempt);
  if (!artifact || artifact.expired) {
    await nothingToPost(`workflow run ${run.id} has no ${s.names.report} artifact`);
    return;
  }
  const files = extractBounded(
    await s.store.downloadZip(artifact, zipBounds.maxZipBytes),
    ['report.json', 'pr.json'],
    zipBounds,
  );
  const prJson = parsePrJson(files.get('pr.json'));
  const number = await pullRequestNumber(s, prJson.number, run);
  if (number === undefined)
    return nothingToPost(`the report of workflow run ${run.id} is not for a pull request at that run's commit`);
  const reportJson = files.get('report.json');
  if (!reportJson) throw new Error(`${s.names.report} of workflow run ${run.id} has no report.json`);
  const dir = join(s.env.tempDir, 'pr-report');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'report.json'), reportJson);
  const runUrl = `${s.env.serverUrl}/${s.env.owner}/${s.env.repo}/actions/runs/${run.id}`;
  const parsed = parseUntrustedReport(reportJson.toString('utf8'));
  const report: Report = {
    ...parsed,
    key: s.inputs.key,
    links: { run: runUrl, artifact: `${runUrl}/artifacts/${artifact.id}` },
  };
  const context = prJson.baseline ? [escapeMarkdown(prJson.baseline)] : [];
  // The summary goes out first: a failing or hung comment API must not lose the report.
  await writeSummary(report, context, [], commentNoteMaxBytes);
  await postComment(s, {
    issueNumber: number,
    key: s.inputs.key,
    verdict: report.verdict,
    body: renderWithContext(report, context, commentLimit),
  });
  setOutputs({
    verdict: report.verdict,
    regressions: regressionCount(report),
    reportJson: join(dir, 'report.json'),
    reportMarkdown: '',
    baselineSha: '',
    flamegraph: '',
  });
}

async function nothingToPost(why: string): Promise<void> {
  logInfo(`perfgate: ${why}: nothing to post`);
  if (process.env['GITHUB_STEP_SUMMARY'])
    await core.summary.addRaw(`perfgate: ${escapeMarkdown(why)}; nothing to post.\n`).write();
}

/** The parts of the event payload and of the fork's pr.json this mode reads; anything else is ignored. */
const workflowRunPayload = z.object({
  workflow_run: z.object({
    id: z.number(),
    head_sha: z.unknown().optional(),
    run_attempt: z.number().int().optional().catch(undefined),
    pull_requests: z.array(z.object({ number: z.unknown() }).partial()).catch([]),
  }),
});
const prNumber = z.object({ number: z.number().int().min(1) });
const prBaseline = z.object({ baseline: z.string() });

function triggeringRun(payload: Record<string, unknown>): TriggeringRun {
  const parsed = workflowRunPayload.safeParse(payload);
  if (!parsed.success)
    throw new Error('mode: comment runs on the workflow_run event (the payload has no workflow_run)');
  const wr = parsed.data.workflow_run;
  const pullRequests = wr.pull_requests.map((p) => Number(p.number)).filter(Number.isInteger);
  const attempt = wr.run_attempt !== undefined && wr.run_attempt >= 1 ? wr.run_attempt : Infinity;
  return { id: wr.id, attempt, headSha: textOf(wr.head_sha ?? ''), pullRequests };
}

/** pr.json of the report artifact: the pull request number and the baseline line, if well-formed. */
function parsePrJson(bytes: Buffer | undefined): { number: number | undefined; baseline: string } {
  let value: unknown;
  try {
    value = JSON.parse(bytes?.toString('utf8') ?? '');
  } catch {
    return { number: undefined, baseline: '' };
  }
  const number = prNumber.safeParse(value);
  const baseline = prBaseline.safeParse(value);
  return {
    number: number.success ? number.data.number : undefined,
    baseline: baseline.success ? baseline.data.baseline : '',
  };
}

/** The pull request named in pr.json, if its head commit is the triggering run's (forks leave pull_requests empty). */
async function pullRequestNumber(
  s: Session,
  number: number | undefined,
  run: TriggeringRun,
): Promise<number | undefined> {
  if (number === undefined) return undefined;
  if (run.pullRequests.includes(number)) return number;
  try {
    const { data } = await s.rest.rest.pulls.get({ owner: s.env.owner, repo: s.env.repo, pull_number: number });
    if (data.head.sha === run.headSha) return number;
    core.warning(
      `perfgate: pull request #${number} is at ${short(data.head.sha)}, not at the run's commit ${short(sanitizeText(run.headSha))}: not posting`,
    );
  } catch (err) {
    core.warning(`perfgate: could not check pull request #${number}: ${describeError(err)}`);
  }
  return undefined;
}
