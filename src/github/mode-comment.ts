// `comment` (workflow_run, the privileged half of the fork recipe): download the report artifact
// of the pull-request run that triggered this one, check that the pull request it names really
// has that run's head commit, re-render the report from its JSON (never posting the fork's
// markdown), and post the sticky comment. Never checks out or runs anything from the fork.

import { z } from 'zod';
import * as core from '@actions/core';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import { commentLimit, commentMarker } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';
import { short } from './baseline-lookup.js';
import { regressionCount, setOutputs, writeSummary } from './publish.js';
import { renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { upsertComment } from './sticky-comment.js';
import { parseUntrustedReport } from './untrusted-report.js';
import { logInfo } from './log.js';

const maxReportBytes = 64 * 1024 * 1024;

interface TriggeringRun {
  id: number;
  headSha: string;
  pullRequests: number[];
}

export async function runCommentMode(s: Session): Promise<void> {
  const run = triggeringRun(s.env.payload);
  const artifact = await s.store.find(run.id, s.names.report);
  if (!artifact || artifact.expired) {
    await nothingToPost(`workflow run ${run.id} has no ${s.names.report} artifact`);
    return;
  }
  const dir = join(s.env.tempDir, 'pr-report');
  await s.store.download(run.id, artifact.id, dir);
  const number = await pullRequestNumber(s, dir, run);
  if (number === undefined) return nothingToPost(`the report of workflow run ${run.id} is not for a pull request at that run's commit`);
  const runUrl = `${s.env.serverUrl}/${s.env.owner}/${s.env.repo}/actions/runs/${run.id}`;
  const parsed = parseUntrustedReport(await readBounded(join(dir, 'report.json')));
  const report: Report = { ...parsed, key: s.inputs.key, links: { run: runUrl, artifact: `${runUrl}/artifacts/${artifact.id}` } };
  const context = [await baselineLine(dir)].filter(Boolean);
  const body = renderWithContext(report, context, commentLimit);
  const create = s.inputs.comment === 'always' || report.verdict === 'fail' || report.verdict === 'warn';
  // The summary goes out first: a failing or hung comment API must not lose the report.
  await writeSummary(report, context, []);
  let trailer = '';
  if (s.inputs.comment !== 'never') {
    try {
      const result = await upsertComment(s.rest, s.env, { issueNumber: number, marker: commentMarker(s.inputs.key), body, create });
      if (result.outcome === 'forbidden') {
        core.warning(`perfgate: this token may not comment on pull request #${number} (${sanitizeText(result.reason)}); grant pull-requests: write`);
        trailer = '_The pull-request comment could not be posted (no permission)._';
      } else if (result.outcome === 'skipped') logInfo(`perfgate: no comment: ${result.reason}`);
      else logInfo(`perfgate: comment ${result.outcome} on #${number}: ${result.url}`);
    } catch (err) {
      core.warning(`perfgate: could not post the pull-request comment: ${describeError(err)}`);
      trailer = '_The pull-request comment could not be posted; this summary is the report._';
    }
  }
  if (trailer && process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(`\n${trailer}\n`).write();
  setOutputs({ verdict: report.verdict, regressions: regressionCount(report), reportJson: join(dir, 'report.json'), reportMarkdown: '', baselineSha: '', flamegraph: '' });
}

/** The artifact is untrusted: refuse a report.json too large to be one. */
async function readBounded(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size > maxReportBytes) throw new Error(`report.json is ${size} bytes, more than ${maxReportBytes}`);
  return readFile(path, 'utf8');
}

async function nothingToPost(why: string): Promise<void> {
  logInfo(`perfgate: ${why}: nothing to post`);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(`perfgate: ${escapeMarkdown(why)}; nothing to post.\n`).write();
}

/** The parts of the event payload and of the fork's pr.json this mode reads; anything else is ignored. */
const workflowRunPayload = z.object({
  workflow_run: z.object({
    id: z.number(),
    head_sha: z.unknown().optional(),
    pull_requests: z.array(z.object({ number: z.unknown() }).partial()).catch([]),
  }),
});
const prNumber = z.object({ number: z.number().int().min(1) });
const prBaseline = z.object({ baseline: z.string() });

function triggeringRun(payload: Record<string, unknown>): TriggeringRun {
  const parsed = workflowRunPayload.safeParse(payload);
  if (!parsed.success) throw new Error('mode: comment runs on the workflow_run event (the payload has no workflow_run)');
  const wr = parsed.data.workflow_run;
  const pullRequests = wr.pull_requests.map((p) => Number(p.number)).filter(Number.isInteger);
  return { id: wr.id, headSha: String(wr.head_sha ?? ''), pullRequests };
}

/** The fork's pr.json, parsed; undefined when it is missing or not JSON. */
async function readPrFile(dir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dir, 'pr.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The pull request named in pr.json, if its head commit is the triggering run's (forks leave pull_requests empty). */
async function pullRequestNumber(s: Session, dir: string, run: TriggeringRun): Promise<number | undefined> {
  const parsed = prNumber.safeParse(await readPrFile(dir));
  if (!parsed.success) return undefined;
  const number = parsed.data.number;
  if (run.pullRequests.includes(number)) return number;
  try {
    const { data } = await s.rest.rest.pulls.get({ owner: s.env.owner, repo: s.env.repo, pull_number: number });
    if (data.head.sha === run.headSha) return number;
    core.warning(`perfgate: pull request #${number} is at ${short(data.head.sha)}, not at the run's commit ${short(sanitizeText(run.headSha))}: not posting`);
  } catch (err) {
    core.warning(`perfgate: could not check pull request #${number}: ${describeError(err)}`);
  }
  return undefined;
}

async function baselineLine(dir: string): Promise<string> {
  const parsed = prBaseline.safeParse(await readPrFile(dir));
  return parsed.success && parsed.data.baseline ? escapeMarkdown(parsed.data.baseline) : '';
}
