// What the Action publishes to the `pages-branch` (GitHub Pages), and the links the comment and the
// job summary get. Layout (docs/action.md, "Publishing to GitHub Pages"):
//   history/<key>/index.html, history.json      record on the base branch: the trend page
//   pr/<number>/<run id>-<attempt>-<key>/...     one job's flame graph pages and report (never shared)
//   pr/<number>/index.html                        the pull request's runs, newest first
//   pr/index.html, history/index.html             the pull requests, the keys
//   .nojekyll                                     serve files as they are
// Never from a fork's or Dependabot's run (read-only token, untrusted head), never to a branch the
// workflow builds. Any failure (no `contents: write`: 403/404) is a warning in the log and the
// summary, never a failed gate.

import * as core from '@actions/core';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { escapeMarkdown, markdownCode, safeUrl } from '../report/escape.js';
import { fieldOf } from '../model/unknown-value.js';
import { isDependabot, type ActionEnvironment } from './environment.js';
import { safeKey } from './inputs.js';
import {
  parseRunFolder,
  renderHistoryIndex,
  renderPullRequestsIndex,
  renderRunsIndex,
  runFolderName,
  type RunFolder,
} from './pages-index.js';
import { listBranchDir, pushFiles, type ListDir, type PagesFile } from './pages-push.js';
import { describeError, statusOf } from './rest-client.js';
import type { Session } from './session.js';

/** Bytes one job publishes at most; larger pages stay in the report artifact only. */
export const maxPublishedBytes = 25 * 1024 * 1024;

export interface PagesOutcome {
  /** Markdown lines with the links, for the summary and the comment. */
  context: string[];
  /** Markdown lines for the job summary only (what was not published, and why). */
  notes: string[];
  /** URL of this run's published folder (ending in `/`), when it has flame graph pages and a base URL. */
  folderUrl?: string;
}

const nothing: PagesOutcome = { context: [], notes: [] };

/** The site's base URL (ending in `/`), or undefined when links cannot be made (GHES without pages-url). */
export function pagesBaseUrl(s: Pick<Session, 'inputs' | 'env'>): string | undefined {
  const given = s.inputs.pagesUrl;
  if (given) return given.endsWith('/') ? given : `${given}/`;
  if (s.env.serverUrl !== 'https://github.com') return undefined;
  const owner = s.env.owner.toLowerCase();
  const userSite = s.env.repo.toLowerCase() === `${owner}.github.io`;
  return userSite ? `https://${owner}.github.io/` : `https://${owner}.github.io/${s.env.repo}/`;
}

/** Why this run may not publish to `branch`, or undefined when it may. */
export function publishBlocked(env: ActionEnvironment, branch: string): string | undefined {
  if (env.pullRequest?.fromFork) return "the pull request comes from a fork: a fork's run never publishes";
  if (isDependabot(env)) return "Dependabot's pull requests get a read-only token";
  const defaultBranch = fieldOf(env.payload['repository'], 'default_branch');
  const built = [env.refName, env.base?.ref, typeof defaultBranch === 'string' ? defaultBranch : undefined];
  if (built.includes(branch))
    return `pages-branch ${branch} is a branch this workflow builds (use its own branch, such as gh-pages)`;
  return undefined;
}

/** Record on the base branch: the history page and its JSON under `history/<key>/`. */
export async function publishHistoryPages(s: Session, stageDir: string): Promise<PagesOutcome> {
  if (!s.inputs.pagesBranch || s.env.pullRequest || blocked(s)) return nothing;
  const folder = `history/${safeKey(s.inputs.key)}`;
  const message = `perfgate: history of ${s.inputs.key} at ${s.env.sha.slice(0, 12)} (run ${s.env.runId})`;
  const keysIndex = async (list: ListDir): Promise<PagesFile[]> => {
    const keys = new Set(await list('history'));
    keys.add(safeKey(s.inputs.key));
    return [{ path: 'history/index.html', content: Buffer.from(renderHistoryIndex([...keys])) }];
  };
  const files = async (): Promise<PagesFile[]> => [
    { path: 'index.html', content: await readFile(join(stageDir, 'history.html')) },
    { path: 'history.json', content: await readFile(join(stageDir, 'history.json')) },
  ];
  const pushed = await publish(s, message, folder, files, keysIndex);
  if (pushed !== 'published') return { context: [], notes: failedNote(s, pushed) };
  return { context: linkLine(s, [['history', `${folder}/index.html`]]), notes: [] };
}

/** A pull request's report files and flame graph pages (all under `dir`), bounded in bytes. */
export async function publishPullRequestPages(
  s: Session,
  dir: string,
  paths: readonly string[],
): Promise<PagesOutcome> {
  const pr = s.env.pullRequest;
  if (!s.inputs.pagesBranch || !pr || blocked(s)) return nothing;
  const key = safeKey(s.inputs.key);
  const prFolder = `pr/${pr.number}`;
  const folder = `${prFolder}/${runFolderName(s.env.runId, s.env.runAttempt, key)}`;
  let skipped: string[] = [];
  let hasFlameGraphs = false;
  let historyFound = false;
  const files = async (): Promise<PagesFile[]> => {
    const chosen = await boundedFiles(dir, paths);
    skipped = chosen.skipped;
    hasFlameGraphs = chosen.files.some((f) => f.path === 'index.html');
    return chosen.files;
  };
  const index = async (list: ListDir): Promise<PagesFile[]> => {
    historyFound = (await list(`history/${key}`)).includes('index.html');
    const runs = new Set(await list(prFolder));
    runs.add(basename(folder));
    const runsUrl = `${s.env.serverUrl}/${s.env.owner}/${s.env.repo}/actions/runs`;
    const prs = new Set(await list('pr'));
    prs.add(String(pr.number));
    return [
      { path: `${prFolder}/index.html`, content: Buffer.from(renderRunsIndex(pr.number, [...runs], runsUrl)) },
      { path: 'pr/index.html', content: Buffer.from(renderPullRequestsIndex([...prs])) },
    ];
  };
  const message = `perfgate: pages of pull request #${pr.number} (run ${s.env.runId}, attempt ${s.env.runAttempt}, key ${s.inputs.key})`;
  const pushed = await publish(s, message, folder, files, index);
  const limit = `over the ${maxPublishedBytes / 1024 / 1024} MiB limit of a job; in the report artifact`;
  const notes = skipped.length ? [`Not published (${limit}): ${skipped.map((f) => markdownCode(f)).join(', ')}.`] : [];
  if (pushed !== 'published') return { context: [], notes: [...notes, ...failedNote(s, pushed)] };
  const links: [string, string][] = [];
  if (hasFlameGraphs) links.push(['flame graphs', `${folder}/index.html`]);
  links.push(['report', `${folder}/report.md`], ['all runs of this pull request', `${prFolder}/index.html`]);
  if (historyFound) links.push(['base branch history', `history/${key}/index.html`]);
  const base = pagesBaseUrl(s);
  const folderUrl = base && hasFlameGraphs ? { folderUrl: `${base}${folder}/` } : {};
  return { context: linkLine(s, links), notes, ...folderUrl };
}

/** mode merge: links to the pages the shards of this workflow run published (the newest attempt
 *  of each key), read from the branch; none when nothing is there or the branch cannot be read. */
export async function shardPagesLines(s: Session): Promise<string[]> {
  const pr = s.env.pullRequest;
  const base = pagesBaseUrl(s);
  if (!s.inputs.pagesBranch || !pr || !base || publishBlocked(s.env, s.inputs.pagesBranch)) return [];
  const prFolder = `pr/${pr.number}`;
  let names: string[];
  try {
    names = await listBranchDir(
      s.rest,
      { owner: s.env.owner, repo: s.env.repo, branch: s.inputs.pagesBranch },
      prFolder,
    );
  } catch (err) {
    core.info(
      `perfgate: could not read the ${s.inputs.pagesBranch} branch for the shards' pages: ${describeError(err)}`,
    );
    return [];
  }
  const newest = new Map<string, RunFolder>();
  for (const name of names) {
    const run = parseRunFolder(name);
    const seen = run ? newest.get(run.key) : undefined;
    if (run && run.runId === s.env.runId && (!seen || seen.attempt < run.attempt)) newest.set(run.key, run);
  }
  const links: [string, string][] = [...newest.values()]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((run) => [run.key, `${prFolder}/${run.name}/index.html`]);
  if (links.length === 0) return [];
  links.push(['all runs of this pull request', `${prFolder}/index.html`]);
  return linkLine(s, links);
}

/** A fork's or Dependabot's run: says so in the log and publishes nothing. */
function blocked(s: Session): boolean {
  const why = publishBlocked(s.env, s.inputs.pagesBranch);
  if (why) core.info(`perfgate: pages-branch is set, but nothing is published: ${why}`);
  return why !== undefined;
}

/** 'published', or why the push failed (warned in the log). */
type Published = 'published' | { error: string };

/** Reads the folder's files and pushes them with `.nojekyll` (and an index); any failure, reading
 *  included, is a warning. */
async function publish(
  s: Session,
  message: string,
  folder: string,
  read: () => Promise<PagesFile[]>,
  index?: (list: ListDir) => Promise<PagesFile[]>,
): Promise<Published> {
  const branch = s.inputs.pagesBranch;
  const extra = async (list: ListDir): Promise<PagesFile[]> => [
    { path: '.nojekyll', content: Buffer.alloc(0) },
    ...(index ? await index(list) : []),
  ];
  try {
    const files = await read();
    const request = { owner: s.env.owner, repo: s.env.repo, branch, message, folder, files, extra };
    const result = await pushFiles(s.rest, request);
    const raced = result.attempts > 1 ? ` after ${result.attempts - 1} lost race(s) with other jobs` : '';
    core.info(`perfgate: published ${files.length} file(s) to ${branch} (${result.commitSha})${raced}`);
    if (!pagesBaseUrl(s))
      core.info(
        'perfgate: pages-url must be set to link the published pages (the Pages address cannot be derived on this server)',
      );
    return 'published';
  } catch (err) {
    const error = `${describeError(err)}${permissionHint(err)}`;
    core.warning(`perfgate: could not publish to the ${branch} branch: ${error}`);
    return { error };
  }
}

function failedNote(s: Session, pushed: Exclude<Published, 'published'>): string[] {
  const where = markdownCode(s.inputs.pagesBranch);
  return [`⚠️ Pages were not published to ${where}: ${escapeMarkdown(pushed.error)}`];
}

function permissionHint(err: unknown): string {
  const status = statusOf(err);
  return status === 403 || status === 404 ? ' (the token needs contents: write)' : '';
}

/** `🌐 Published pages: [a](url) · [b](url)`; nothing without a base URL. */
function linkLine(s: Session, links: readonly [string, string][]): string[] {
  const base = pagesBaseUrl(s);
  if (!base) return [];
  const parts: string[] = [];
  for (const [label, path] of links) {
    const url = safeUrl(`${base}${path}`);
    if (url) parts.push(`[${escapeMarkdown(label)}](${url})`);
  }
  return parts.length ? [`🌐 Published pages: ${parts.join(' · ')}`] : [];
}

/** Within the byte budget, in this order: reports, the flame graph index, HTML pages, SVGs, then
 *  the folded stacks and diff profiles the index also links. */
export async function boundedFiles(
  dir: string,
  paths: readonly string[],
  budgetBytes = maxPublishedBytes,
): Promise<{ files: PagesFile[]; skipped: string[] }> {
  const order = [/report\.(md|json)$|pr\.json$/, /index\.html$/, /\.html$/, /\.svg$/, /./];
  const rank = (p: string): number => order.findIndex((r) => r.test(p));
  const web = [...paths].sort((a, b) => rank(a) - rank(b));
  const files: PagesFile[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  for (const path of web) {
    const name = relative(dir, path).split('\\').join('/');
    const size = (await stat(path)).size;
    if (bytes + size > budgetBytes) {
      skipped.push(name);
      continue;
    }
    bytes += size;
    files.push({ path: name, content: await readFile(path) });
  }
  return { files, skipped };
}
