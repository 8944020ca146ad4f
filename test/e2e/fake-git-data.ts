// The Git Data API of the fake GitHub: refs, blobs, trees, commits, as GitHub answers them
// (docs.github.com REST "Git database"): blob shas as git computes them, trees with `base_tree`,
// nested paths and inline `content`, recursive listings, commits with parents, and ref updates that are refused with 422 "Update is not
// a fast forward" unless the new commit descends from the ref's commit (or `force`). A test can
// hold ref writes until several jobs have sent one, to make them race deterministically.

import { createHash } from 'node:crypto';

type Send = (status: number, payload?: unknown) => void;

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

interface Commit {
  tree: string;
  parents: string[];
  message: string;
}

const docs = 'https://docs.github.com/rest/git';

export class FakeGitData {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, Commit>();
  /** `heads/gh-pages` → commit sha */
  readonly refs = new Map<string, string>();
  /** Ref updates answered so far with 422 (not a fast forward). */
  rejectedUpdates = 0;
  private held: (() => void)[] = [];
  private holdCount = 0;

  constructor(private readonly apiUrl: () => string) {}

  /** Holds the next `count` ref writes (update or create) until all have arrived, then answers
   *  them in order of arrival. */
  holdRefWrites(count: number): void {
    this.holdCount = count;
  }

  /** Puts a commit with these files (on top of the branch, or as its first commit) as if pushed. */
  seed(branch: string, files: Record<string, string>): void {
    const parent = this.refs.get(`heads/${branch}`);
    const tree = parent ? this.flatten(this.commits.get(parent)?.tree ?? '') : new Map<string, string>();
    for (const [path, text] of Object.entries(files)) {
      const content = Buffer.from(text);
      const sha = gitHash('blob', content);
      this.blobs.set(sha, content);
      tree.set(path, sha);
    }
    const commit = { tree: this.build(tree), parents: parent ? [parent] : [], message: 'seed' };
    const sha = gitHash('commit', Buffer.from(`${JSON.stringify(commit)}\n${this.commits.size}`));
    this.commits.set(sha, commit);
    this.refs.set(`heads/${branch}`, sha);
  }

  /** The branch's files (path → content) at its newest commit. */
  files(branch: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    const head = this.refs.get(`heads/${branch}`);
    const commit = head ? this.commits.get(head) : undefined;
    if (commit)
      for (const [path, sha] of this.flatten(commit.tree)) out.set(path, this.blobs.get(sha) ?? Buffer.alloc(0));
    return out;
  }

  /** Commits from the branch's head back to its root. */
  history(branch: string): Commit[] {
    const out: Commit[] = [];
    let sha = this.refs.get(`heads/${branch}`);
    while (sha) {
      const c = this.commits.get(sha);
      if (!c) break;
      out.push(c);
      sha = c.parents[0];
    }
    return out;
  }

  route(method: string, path: string, body: Buffer, send: Send, recursive = false): void {
    const req = body.length ? (JSON.parse(body.toString()) as Record<string, unknown>) : {};
    let m: RegExpMatchArray | null;
    if (method === 'GET' && (m = path.match(/^\/git\/ref\/(.+)$/)))
      return this.getRef(decodeURIComponent(m[1] ?? ''), send);
    if (method === 'PATCH' && (m = path.match(/^\/git\/refs\/(.+)$/))) {
      const ref = decodeURIComponent(m[1] ?? '');
      const answer = (): void => this.updateRef(ref, String(req['sha']), req['force'] === true, send);
      return this.holdCount > 0 ? this.hold(answer) : answer();
    }
    if (method === 'POST' && path === '/git/refs') {
      const answer = (): void => this.createRef(String(req['ref']), String(req['sha']), send);
      return this.holdCount > 0 ? this.hold(answer) : answer();
    }
    if (method === 'POST' && path === '/git/blobs') return this.createBlob(req, send);
    if (method === 'POST' && path === '/git/trees') return this.createTree(req, send);
    if (method === 'GET' && (m = path.match(/^\/git\/trees\/([0-9a-f]{40})$/))) {
      const sha = m[1] ?? '';
      if (!this.trees.has(sha)) return notFound(send);
      return send(200, { sha, tree: recursive ? this.walk(sha) : this.trees.get(sha), truncated: false });
    }
    if (method === 'POST' && path === '/git/commits') return this.createCommit(req, send);
    if (method === 'GET' && (m = path.match(/^\/git\/commits\/([0-9a-f]{40})$/))) {
      const c = this.commits.get(m[1] ?? '');
      return c ? send(200, this.commitJson(m[1] ?? '', c)) : notFound(send);
    }
    notFound(send);
  }

  private hold(answer: () => void): void {
    this.held.push(answer);
    const release = (): void => {
      this.holdCount = 0;
      for (const a of this.held.splice(0)) a();
    };
    if (this.held.length >= this.holdCount) release();
    else setTimeout(release, 20_000).unref(); // never hang a test whose jobs did not all arrive
  }

  private getRef(ref: string, send: Send): void {
    const sha = this.refs.get(ref);
    return sha ? send(200, this.refJson(ref, sha)) : notFound(send);
  }

  private createRef(full: string, sha: string, send: Send): void {
    const ref = full.replace(/^refs\//, '');
    if (!full.startsWith('refs/') || !this.commits.has(sha))
      return send(422, { message: 'Reference update failed', documentation_url: docs });
    if (this.refs.has(ref)) return send(422, { message: 'Reference already exists', documentation_url: docs });
    this.refs.set(ref, sha);
    send(201, this.refJson(ref, sha));
  }

  private updateRef(ref: string, sha: string, force: boolean, send: Send): void {
    const current = this.refs.get(ref);
    if (!current) return send(422, { message: 'Reference does not exist', documentation_url: docs });
    if (!this.commits.has(sha)) return send(422, { message: 'Object does not exist', documentation_url: docs });
    if (!force && !this.descends(sha, current)) {
      this.rejectedUpdates++;
      return send(422, { message: 'Update is not a fast forward', documentation_url: docs, status: '422' });
    }
    this.refs.set(ref, sha);
    send(200, this.refJson(ref, sha));
  }

  private createBlob(req: Record<string, unknown>, send: Send): void {
    const encoding = req['encoding'] === 'base64' ? 'base64' : 'utf8';
    const sha = this.putBlob(Buffer.from(textField(req, 'content'), encoding));
    send(201, { sha, url: `${this.apiUrl()}/git/blobs/${sha}` });
  }

  private putBlob(content: Buffer): string {
    const sha = gitHash('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  private createTree(req: Record<string, unknown>, send: Send): void {
    const base = typeof req['base_tree'] === 'string' ? req['base_tree'] : undefined;
    if (base && !this.trees.has(base)) return send(422, { message: 'Invalid tree info', documentation_url: docs });
    const files = base ? this.flatten(base) : new Map<string, string>();
    const entries = Array.isArray(req['tree']) ? (req['tree'] as Record<string, unknown>[]) : [];
    for (const e of entries) {
      const path = String(e['path']);
      if (typeof e['content'] === 'string') files.set(path, this.putBlob(Buffer.from(e['content'], 'utf8')));
      else if (e['type'] === 'blob' && this.blobs.has(String(e['sha']))) files.set(path, String(e['sha']));
      else return send(422, { message: 'Invalid tree info', documentation_url: docs });
    }
    const sha = this.build(files);
    send(201, { sha, tree: this.trees.get(sha), truncated: false });
  }

  private createCommit(req: Record<string, unknown>, send: Send): void {
    const tree = String(req['tree']);
    const parents = Array.isArray(req['parents']) ? req['parents'].map(String) : [];
    if (!this.trees.has(tree)) return send(422, { message: 'Tree SHA does not exist', documentation_url: docs });
    if (parents.some((p) => !this.commits.has(p)))
      return send(422, { message: 'Parent SHA does not exist or is not a commit object', documentation_url: docs });
    const commit = { tree, parents, message: textField(req, 'message') };
    const sha = gitHash('commit', Buffer.from(`${JSON.stringify(commit)}\n${this.commits.size}`));
    this.commits.set(sha, commit);
    send(201, this.commitJson(sha, commit));
  }

  private descends(sha: string, ancestor: string): boolean {
    const queue = [sha];
    const seen = new Set<string>();
    while (queue.length) {
      const at = queue.pop() ?? '';
      if (at === ancestor) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const p of this.commits.get(at)?.parents ?? []) queue.push(p);
    }
    return false;
  }

  /** Every entry under a tree with its path from there, folders before their contents (`?recursive=1`). */
  private walk(treeSha: string, prefix = ''): TreeEntry[] {
    const out: TreeEntry[] = [];
    for (const e of this.trees.get(treeSha) ?? []) {
      out.push({ ...e, path: `${prefix}${e.path}` });
      if (e.type === 'tree') for (const inner of this.walk(e.sha, `${prefix}${e.path}/`)) out.push(inner);
    }
    return out;
  }

  /** path → blob sha of every file under a tree. */
  private flatten(treeSha: string, prefix = '', out = new Map<string, string>()): Map<string, string> {
    for (const e of this.trees.get(treeSha) ?? []) {
      if (e.type === 'tree') this.flatten(e.sha, `${prefix}${e.path}/`, out);
      else out.set(`${prefix}${e.path}`, e.sha);
    }
    return out;
  }

  /** Stores the trees of these files, folder by folder; returns the root tree's sha. */
  private build(files: Map<string, string>): string {
    const blobs = new Map<string, string>();
    const folders = new Map<string, Map<string, string>>();
    for (const [path, sha] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) blobs.set(path, sha);
      else {
        const folder = folders.get(path.slice(0, slash)) ?? new Map<string, string>();
        folder.set(path.slice(slash + 1), sha);
        folders.set(path.slice(0, slash), folder);
      }
    }
    const entries: TreeEntry[] = [];
    for (const [path, sha] of blobs) entries.push({ path, mode: '100644', type: 'blob', sha });
    for (const [path, inner] of folders) entries.push({ path, mode: '040000', type: 'tree', sha: this.build(inner) });
    entries.sort((a, b) => a.path.localeCompare(b.path));
    const sha = gitHash('tree', Buffer.from(JSON.stringify(entries)));
    this.trees.set(sha, entries);
    return sha;
  }

  private refJson(ref: string, sha: string): Record<string, unknown> {
    return {
      ref: `refs/${ref}`,
      node_id: `R${sha.slice(0, 8)}`,
      object: { sha, type: 'commit', url: `${this.apiUrl()}/git/commits/${sha}` },
    };
  }

  private commitJson(sha: string, c: Commit): Record<string, unknown> {
    return { sha, message: c.message, tree: { sha: c.tree }, parents: c.parents.map((p) => ({ sha: p })) };
  }
}

/** The object id git gives content of this type. */
function gitHash(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

function notFound(send: Send): void {
  send(404, { message: 'Not Found', documentation_url: docs, status: '404' });
}

function textField(req: Record<string, unknown>, name: string): string {
  const value = req[name];
  return typeof value === 'string' ? value : '';
}
