// Adds files to a branch with the Git Data API (no git binary, no checkout): blobs, then on the
// branch's newest commit a tree (base_tree: that commit's tree, so every other path stays), a
// commit, and a fast-forward-only ref update. When another job moved the branch in between, GitHub
// answers 422 "Update is not a fast forward": re-read the ref and build again on top, a bounded
// number of times, waiting through the injected clock. A missing branch is created with an orphan
// commit (docs/action.md, "Publishing to GitHub Pages").

import { describeError, statusOf, systemClock, type Clock, type RestClient } from './rest-client.js';

export interface PagesFile {
  /** Path inside the branch, `/`-separated, no leading slash. */
  path: string;
  content: Buffer;
}

/** Names in a folder of the branch's newest tree ([] when it does not exist). */
export type ListDir = (path: string) => Promise<string[]>;

export interface PushRequest {
  owner: string;
  repo: string;
  branch: string;
  message: string;
  files: readonly PagesFile[];
  /** Files that depend on what the branch already holds (an index of runs), made anew per attempt. */
  derived?: (list: ListDir) => Promise<PagesFile[]>;
}

export interface PushPolicy {
  attempts: number;
  baseDelayMs: number;
}

export const defaultPushPolicy: PushPolicy = { attempts: 5, baseDelayMs: 1000 };

export interface PushResult {
  commitSha: string;
  /** 1 when the first update went through; more when other jobs won the race before. */
  attempts: number;
}

type Entry = { path: string; mode: '100644'; type: 'blob'; sha: string };

export async function pushFiles(
  rest: RestClient,
  request: PushRequest,
  policy: PushPolicy = defaultPushPolicy,
  clock: Clock = systemClock,
): Promise<PushResult> {
  const fixed = await createBlobs(rest, request, request.files);
  for (let attempt = 1; ; attempt++) {
    try {
      const commitSha = await pushOnce(rest, request, fixed);
      return { commitSha, attempts: attempt };
    } catch (err) {
      if (attempt >= policy.attempts || !lostRace(err)) throw err;
      const jitter = Math.floor(Math.random() * policy.baseDelayMs);
      await clock.sleep(policy.baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

/** One attempt on the branch as it is now. */
async function pushOnce(rest: RestClient, request: PushRequest, fixed: Entry[]): Promise<string> {
  const { owner, repo, branch } = request;
  const parent = await headOf(rest, request);
  const baseTree = parent ? (await rest.rest.git.getCommit({ owner, repo, commit_sha: parent })).data.tree.sha : '';
  const list: ListDir = (path) => (baseTree ? listDir(rest, request, baseTree, path) : Promise.resolve([]));
  const derived = request.derived ? await createBlobs(rest, request, await request.derived(list)) : [];
  const tree = await rest.rest.git.createTree({
    owner,
    repo,
    tree: [...fixed, ...derived],
    ...(baseTree ? { base_tree: baseTree } : {}),
  });
  const commit = await rest.rest.git.createCommit({
    owner,
    repo,
    message: request.message,
    tree: tree.data.sha,
    parents: parent ? [parent] : [],
  });
  const sha = commit.data.sha;
  if (parent) await rest.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: false });
  else await rest.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
  return sha;
}

/** The branch's commit, or '' when the branch does not exist yet. */
async function headOf(rest: RestClient, request: PushRequest): Promise<string> {
  try {
    const ref = await rest.rest.git.getRef({
      owner: request.owner,
      repo: request.repo,
      ref: `heads/${request.branch}`,
    });
    return ref.data.object.sha;
  } catch (err) {
    if (statusOf(err) === 404) return '';
    throw err;
  }
}

async function createBlobs(rest: RestClient, request: PushRequest, files: readonly PagesFile[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const file of files) {
    const blob = await rest.rest.git.createBlob({
      owner: request.owner,
      repo: request.repo,
      content: file.content.toString('base64'),
      encoding: 'base64',
    });
    entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
  }
  return entries;
}

/** Walks the tree one folder at a time (a recursive listing of a big pages branch gets truncated). */
async function listDir(rest: RestClient, request: PushRequest, rootTree: string, path: string): Promise<string[]> {
  let tree = rootTree;
  for (const part of path.split('/').filter(Boolean)) {
    const entries = await treeEntries(rest, request, tree);
    const next = entries.find((e) => e.path === part && e.type === 'tree');
    if (!next?.sha) return [];
    tree = next.sha;
  }
  return (await treeEntries(rest, request, tree)).map((e) => e.path ?? '').filter(Boolean);
}

async function treeEntries(
  rest: RestClient,
  request: PushRequest,
  treeSha: string,
): Promise<{ path?: string; type?: string; sha?: string }[]> {
  return (await rest.rest.git.getTree({ owner: request.owner, repo: request.repo, tree_sha: treeSha })).data.tree;
}

/** Another job moved the branch (422 not a fast forward) or created it first (422 already exists). */
export function lostRace(err: unknown): boolean {
  return statusOf(err) === 422 && /fast forward|already exists/i.test(describeError(err));
}
