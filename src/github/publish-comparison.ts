// The one publishing path of `compare` and `ab`, in this order: report files (report.json,
// report.md, pr.json), flame graphs, the report artifact, the pages branch (when `pages-branch`
// is set: pages-publish.ts), annotations, the job summary, the sticky comment, the outputs, the
// gate. The summary goes out before the comment, so a failing or
// hung API never loses the report, and it keeps room for the line appended when the comment
// fails, so the whole step summary stays within GitHub's 1 MiB (docs/action.md, "Order").
// Upload and comment failures are warnings; only the gate fails the step.

import * as core from '@actions/core';
import { join } from 'node:path';
import { findGoModules } from '../engine/workspace/source-paths.js';
import { writeFlameGraphs, type FlameGraphRequest } from '../engine/write-flamegraphs.js';
import { sanitizeText } from '../report/escape.js';
import { commentLimit, summaryLimit } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';
import { annotateRegressions } from './annotations.js';
import { commentNoteMaxBytes, postComment } from './post-comment.js';
import { regressionCount, setOutputs, writeReportFiles, writeSummary } from './publish.js';
import { renderWithContext } from './report-text.js';
import { describeError } from './rest-client.js';
import { artifactUrl, type Session } from './session.js';
import { publishPullRequestPages } from './pages-publish.js';

type SidesRuns = Pick<FlameGraphRequest, 'base' | 'head'>;

export interface Comparison {
  report: Report;
  /** Markdown lines under the headline (where the baseline came from, caveats). */
  context: string[];
  /** Collapsed blocks after the report in the summary (baseline search notes). */
  trailer: string[];
  /** The baseline in plain text, for pr.json (mode: comment escapes it when it renders it). */
  baselinePlain: string;
  baselineSha: string;
  /** The runs for the flame graphs; none without a baseline. */
  runs: SidesRuns | undefined;
  gateFailed: boolean;
  /** Why the gate is not applied although the verdict fails it (an unverified baseline). */
  gateWaived?: string;
}

export async function publishComparison(s: Session, c: Comparison): Promise<void> {
  const { env, inputs } = s;
  const pr = env.pullRequest;
  const prJson = {
    schema: 'perfgate.pull-request',
    version: 1,
    number: pr?.number ?? null,
    headSha: pr?.headSha ?? env.sha,
    baseSha: c.baselineSha || null,
    key: inputs.key,
    baseline: c.baselinePlain,
  };
  const markdown = renderWithContext(c.report, c.context, summaryLimit);
  const extra = { 'pr.json': `${JSON.stringify(prJson, null, 2)}\n` };
  const files = await writeReportFiles(join(env.tempDir, 'report'), c.report, markdown, extra);
  const flameGraphs = c.runs && c.runs.base.length > 0 ? await flameGraphFiles(s, files.dir, c.runs, c.report) : [];
  const uploadedId = await uploadReport(s, [...files.all, ...flameGraphs], files.dir);
  const artifact = uploadedId !== undefined ? { artifact: artifactUrl(env, uploadedId) } : {};
  const pages = await publishPullRequestPages(s, files.dir, [...files.all, ...flameGraphs]);
  const pagesLink = pages.folderUrl ? { pages: pages.folderUrl } : {};
  const report = { ...c.report, links: { ...c.report.links, ...artifact, ...pagesLink } };
  const context = [...c.context, ...pages.context];

  const modules = await findGoModules(env.workspace);
  const write = (line: string): boolean => process.stdout.write(`${line}\n`);
  const annotated = annotateRegressions(report.findings, env.workspace, modules, write);
  const trailer = [...c.trailer, ...pages.notes];
  if (annotated.capped > 0) {
    const cap = 'GitHub shows at most 10 annotations of a kind per step';
    trailer.push(`${annotated.capped} more regressions were not annotated (${cap}).`);
  }
  await writeSummary(report, context, trailer, commentNoteMaxBytes);
  const body = renderWithContext(report, context, commentLimit);
  const post = pr ? { issueNumber: pr.number, key: report.key, verdict: report.verdict, body } : undefined;
  if (post) await postComment(s, post);
  setOutputs({
    verdict: report.verdict,
    regressions: regressionCount(report),
    reportJson: files.json,
    reportMarkdown: files.markdown,
    baselineSha: c.baselineSha,
    flamegraph: flameGraphs.find((f) => f.endsWith('index.html')) ?? '',
  });
  if (!c.gateFailed) return;
  if (!c.gateWaived) core.setFailed(gateReason(report, s.config.failOn));
  else
    core.warning(
      `perfgate: the verdict is ${report.verdict}, but the gate is not applied: ${sanitizeText(c.gateWaived)}`,
    );
}

/** The differential flame graphs, beside the report in its artifact; a failure only warns. */
async function flameGraphFiles(s: Session, dir: string, runs: SidesRuns, report: Report): Promise<string[]> {
  try {
    return await writeFlameGraphs({ dir, base: runs.base, head: runs.head, report, config: s.config });
  } catch (err) {
    core.warning(`perfgate: could not draw the flame graphs: ${describeError(err)}`);
    return [];
  }
}

/** perfgate-report-<key> (of this attempt); GHES cannot take artifacts, a failure only warns. */
async function uploadReport(s: Session, files: string[], root: string): Promise<number | undefined> {
  if (s.env.ghes) return undefined;
  try {
    return await s.store.upload(s.names.report, files, root, s.inputs.retentionDays);
  } catch (err) {
    core.warning(`perfgate: could not upload ${s.names.report}: ${describeError(err)}`);
    return undefined;
  }
}

/** One line: the verdict, the first reason, how many more, and the setting. */
export function gateReason(report: Pick<Report, 'verdict' | 'reasons'>, failOn: string): string {
  const first = report.reasons[0] ? `: ${sanitizeText(report.reasons[0], 200)}` : '';
  const more = report.reasons.length > 1 ? ` (and ${report.reasons.length - 1} more)` : '';
  return `perfgate: verdict ${report.verdict}${first}${more} [fail-on: ${failOn}]`;
}
