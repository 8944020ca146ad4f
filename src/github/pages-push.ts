// Puts one job's folder on a branch with the Git Data API (no git binary, no checkout). Once: the
// folder's blobs, made by tree requests that carry the text files inline (in batches; binary and
// large files go as blobs), read back as blob ids. Then on the branch's newest commit: a tree
// (base_tree: that commit's tree, so every other path stays) with the folder's files and a few
// small files made from the branch as it is (an index), a commit, and a fast-forward-only ref
// update. When another job moved the branch in between,
// GitHub answers 422 "Update is not a fast forward": re-read the ref and build again on top, a
// bounded number of times, waiting through the injected clock. A missing branch is created with an
// orphan commit. Few content-creating requests per job: GitHub's secondary rate limit allows 80 a
// minute and 500 an hour (docs/action.md, "Publishing to GitHub Pages").

import { describeError, statusOf, systemClock, type Clock, type RestClient } from './rest-client.js';

export interface PagesFile {
  /** `/`-separated, no leading slash: inside the folder for `files`, from the root for `extra`. */
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
  /** The folder this job writes `files` into. */
  folder: string;
  files: readonly PagesFile[];
  /** Small text files outside the folder, made anew per attempt from the branch as it is. */
  extra?: (list: ListDir) => Promise<PagesFile[]>;
}

export interface PushPolicy {
  attempts: number;
  baseDelayMs: number;
  /** Text content sent inline per tree request; a text file larger than this goes as a blob. */
  inlineBatchBytes: number;
}

export const defaultPushPolicy: PushPolicy = { attempts: 5, baseDelayMs: 1000, inlineBatchBytes: 2 * 1024 * 1024 };

export interface PushResult {
  commitSha: string;
  /** 1 when the first update went through; more when other jobs won the race before. */
  attempts: number;
}

type Entry =
  | { path: string; mode: '100644'; type: 'blob'; sha: string }
  | { path: string; mode: '100644'; type: 'blob'; content: string };
type BlobEntry = Extract<Entry, { sha: string }>;

export async function pushFiles(
  rest: RestClient,
  request: PushRequest,
  policy: PushPolicy = defaultPushPolicy,
  clock: Clock = systemClock,
): Promise<PushResult> {
  const folder = await folderBlobs(rest, request, policy);
  for (let attempt = 1; ; attempt++) {
    try {
      const commitSha = await pushOnce(rest, request, folder);
      return { commitSha, attempts: attempt };
    } catch (err) {
      if (attempt >= policy.attempts || !lostRace(err)) throw err;
      const jitter = Math.floor(Math.random() * policy.baseDelayMs);
      await clock.sleep(policy.baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

/** One attempt on the branch as it is now. */
async function pushOnce(rest: RestClient, request: PushRequest, folder: readonly BlobEntry[]): Promise<string> {
  const { owner, repo, branch } = request;
  const parent = await headOf(rest, request);
  const baseTree = parent ? (await rest.rest.git.getCommit({ owner, repo, commit_sha: parent })).data.tree.sha : '';
  const list: ListDir = (path) => (baseTree ? listDir(rest, request, baseTree, path) : Promise.resolve([]));
  const extra = request.extra ? await request.extra(list) : [];
  const entries: Entry[] = [...folder];
  for (const file of extra) entries.push({ path: file.path, mode: '100644', type: 'blob', content: text(file) });
  const tree = await rest.rest.git.createTree({
    owner,
    repo,
    tree: entries,
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

/** The folder's files as blob entries (paths from the root): text goes inline in batched tree
 *  requests (each builds on the last), the rest as blobs; the finished tree is read back. */
async function folderBlobs(rest: RestClient, request: PushRequest, policy: PushPolicy): Promise<BlobEntry[]> {
  const batches: Entry[][] = [[]];
  let batchBytes = 0;
  for (const file of request.files) {
    const inline = isText(file.content) && file.content.length <= policy.inlineBatchBytes;
    if (!inline) {
      const sha = await createBlob(rest, request, file.content);
      batches[0]?.push({ path: file.path, mode: '100644', type: 'blob', sha });
      continue;
    }
    if (batchBytes + file.content.length > policy.inlineBatchBytes) {
      batches.push([]);
      batchBytes = 0;
    }
    batchBytes += file.content.length;
    batches[batches.length - 1]?.push({ path: file.path, mode: '100644', type: 'blob', content: text(file) });
  }
  let tree = '';
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const { owner, repo } = request;
    const made = await rest.rest.git.createTree({ owner, repo, tree: batch, ...(tree ? { base_tree: tree } : {}) });
    tree = made.data.sha;
  }
  if (!tree) throw new Error(`nothing to publish in ${request.folder}`);
  const { owner, repo } = request;
  const listing = await rest.rest.git.getTree({ owner, repo, tree_sha: tree, recursive: 'true' });
  if (listing.data.truncated) throw new Error(`the tree of ${request.folder} is too large to read back`);
  const entries: BlobEntry[] = [];
  for (const e of listing.data.tree)
    if (e.type === 'blob' && e.path && e.sha)
      entries.push({ path: `${request.folder}/${e.path}`, mode: '100644', type: 'blob', sha: e.sha });
  return entries;
}

async function createBlob(rest: RestClient, request: PushRequest, content: Buffer): Promise<string> {
  const { owner, repo } = request;
  const blob = await rest.rest.git.createBlob({ owner, repo, content: content.toString('base64'), encoding: 'base64' });
  return blob.data.sha;
}

/** Bytes that survive a round trip through a UTF-8 string (the inline `content` of a tree entry). */
function isText(content: Buffer): boolean {
  return Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}

function text(file: PagesFile): string {
  return file.content.toString('utf8');
}

/** Names in a folder of the branch as it is now ([] when the branch or the folder does not exist). */
export async function listBranchDir(
  rest: RestClient,
  target: Pick<PushRequest, 'owner' | 'repo' | 'branch'>,
  path: string,
): Promise<string[]> {
  const { owner, repo } = target;
  const head = await headOf(rest, target);
  if (!head) return [];
  const tree = (await rest.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha;
  return listDir(rest, target, tree, path);
}

/** The branch's commit, or '' when the branch does not exist yet. */
async function headOf(rest: RestClient, request: Pick<PushRequest, 'owner' | 'repo' | 'branch'>): Promise<string> {
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

/** Walks the tree one folder at a time (a recursive listing of a big pages branch gets truncated). */
async function listDir(
  rest: RestClient,
  request: Pick<PushRequest, 'owner' | 'repo'>,
  rootTree: string,
  path: string,
): Promise<string[]> {
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
  request: Pick<PushRequest, 'owner' | 'repo'>,
  treeSha: string,
): Promise<{ path?: string; type?: string; sha?: string }[]> {
  return (await rest.rest.git.getTree({ owner: request.owner, repo: request.repo, tree_sha: treeSha })).data.tree;
}

/** Another job moved the branch (422 not a fast forward) or created it first (422 already exists). */
export function lostRace(err: unknown): boolean {
  return statusOf(err) === 422 && /fast forward|already exists/i.test(describeError(err));
}
