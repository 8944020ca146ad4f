// A loopback server that plays the parts of GitHub the Action talks to: the REST API (workflow
// runs, artifacts, compare, pulls, issue comments), the Twirp artifact ("results") service and
// blob storage. Behaviour follows ../shared/research/github-plumbing.md §1.5 (verified against
// the real @actions/* clients). Tests arrange state, inject failures, and read the request log.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const owner = 'o';
export const repo = 'r';

export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string;
  event: string;
  conclusion: string;
  run_number: number;
  workflow_file: string;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  expired?: boolean;
  /** Answer the download with 410 Gone. */
  gone?: boolean;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  author_association?: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  /** Answer with this status; absent: answer normally (after `delayMs`). */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow or hung API: longer than the client's timeout). */
  delayMs?: number;
  /** How many matching requests fail (then the fault is spent); Infinity for all. */
  times: number;
}

export interface LoggedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  status: number;
}

export class FakeGitHub {
  readonly runs: WorkflowRun[] = [];
  readonly artifacts: StoredArtifact[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  /** pull number → head sha */
  readonly pulls = new Map<number, string>();
  /** `older...newer` → compare status */
  readonly compare = new Map<string, { status: string; ahead_by: number; behind_by: number }>();
  readonly faults: Fault[] = [];
  readonly log: LoggedRequest[] = [];
  /** Uploads (Twirp) are attributed to this run. */
  currentRunId = 0;
  private nextArtifactId = 500;
  private nextCommentId = 1;
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly committed = new Map<string, Buffer>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addArtifact(a: Omit<StoredArtifact, 'id'>): StoredArtifact {
    const stored = { ...a, id: this.nextArtifactId++ };
    this.artifacts.push(stored);
    return stored;
  }

  addComment(issue: number, body: string, user = { login: 'github-actions[bot]', type: 'Bot' }, association = 'NONE'): StoredComment {
    const c = { id: this.nextCommentId++, body, user, author_association: association };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  requests(method: string, path: RegExp): LoggedRequest[] {
    return this.log.filter((r) => r.method === method && path.test(r.url));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const u = new URL(req.url ?? '/', 'http://x');
    const entry: LoggedRequest = { method: req.method ?? '', url: `${u.pathname}${u.search}`, authorization: req.headers.authorization, status: 0 };
    this.log.push(entry);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      if (payload === undefined) {
        res.writeHead(status, headers);
        res.end();
      } else if (Buffer.isBuffer(payload)) {
        res.writeHead(status, { 'content-length': String(payload.length), ...headers });
        res.end(payload);
      } else {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      }
    };
    const fault = this.faults.find((f) => f.times > 0 && f.method === req.method && f.path.test(u.pathname));
    if (fault) {
      fault.times--;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status !== undefined) return send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    }
    try {
      this.route(req.method ?? '', u, body, send);
    } catch (err) {
      send(500, { message: String(err) });
    }
  }

  private route(method: string, u: URL, body: Buffer, send: (status: number, payload?: unknown, headers?: Record<string, string>) => void): void {
    const p = u.pathname;
    const q = u.searchParams;
    const base = `/repos/${owner}/${repo}`;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/workflows/([^/]+)/runs$`)))) {
      const runs = this.runs
        .filter((r) => r.workflow_file === m?.[1])
        .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .filter((r) => !q.get('status') || r.conclusion === q.get('status'))
        .sort((a, b) => b.id - a.id)
        .map((r) => this.runJson(r));
      return send(200, { total_count: runs.length, workflow_runs: runs });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/runs/(\\d+)$`)))) {
      const run = this.runs.find((r) => r.id === Number(m?.[1]));
      return run ? send(200, this.runJson(run)) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/runs/(\\d+)/artifacts$`)))) {
      const name = q.get('name');
      const list = this.artifacts
        .filter((a) => a.runId === Number(m?.[1]) && (!name || a.name === name))
        .map((a) => ({ id: a.id, node_id: `A${a.id}`, name: a.name, size_in_bytes: a.zip.length, url: `${this.url}${base}/actions/artifacts/${a.id}`, archive_download_url: `${this.url}${base}/actions/artifacts/${a.id}/zip`, expired: a.expired === true, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z', expires_at: '2027-01-30T00:00:00Z', digest: null, workflow_run: { id: a.runId, repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: 'x' } }));
      return send(200, { total_count: list.length, artifacts: list });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/artifacts/(\\d+)/zip$`)))) {
      const a = this.artifacts.find((x) => x.id === Number(m?.[1]));
      if (!a) return send(404, { message: 'Not Found' });
      if (a.gone || a.expired) return send(410, { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact', status: '410' });
      return send(302, undefined, { location: `${this.url}/blob/${a.id}.zip?sig=secret` });
    }
    if (method === 'GET' && (m = p.match(/^\/blob\/(\d+)\.zip$/))) {
      const a = this.artifacts.find((x) => x.id === Number(m?.[1]));
      return a ? send(200, a.zip, { 'content-type': 'application/zip' }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/compare/([0-9a-f]+)\\.\\.\\.([0-9a-f]+)$`)))) {
      const c = this.compare.get(`${m[1]}...${m[2]}`);
      return c ? send(200, { ...c, total_commits: c.ahead_by, commits: [], files: [] }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/pulls/(\\d+)$`)))) {
      const sha = this.pulls.get(Number(m[1]));
      return sha ? send(200, { number: Number(m[1]), head: { sha }, base: { ref: 'main' } }) : send(404, { message: 'Not Found' });
    }
    if ((m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1]);
      if (method === 'GET') return send(200, this.comments.get(issue) ?? []);
      if (method === 'POST') {
        const text = (JSON.parse(body.toString()) as { body: string }).body;
        if (text.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        return send(201, this.commentJson(this.addComment(issue, text), issue));
      }
    }
    if (method === 'DELETE' && (m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      for (const [issue, list] of this.comments) {
        if (list.some((x) => x.id === Number(m?.[1]))) {
          this.comments.set(issue, list.filter((x) => x.id !== Number(m?.[1])));
          return send(204);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if (method === 'PATCH' && (m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      const text = (JSON.parse(body.toString()) as { body: string }).body;
      if (text.length > 65536) return send(422, { message: 'Validation Failed' });
      for (const [issue, list] of this.comments) {
        const c = list.find((x) => x.id === Number(m?.[1]));
        if (c) {
          c.body = text;
          return send(200, this.commentJson(c, issue));
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if (method === 'POST' && (m = p.match(/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/))) return this.twirp(m[1] as string, JSON.parse(body.toString() || '{}') as Record<string, string>, send);
    if (method === 'PUT' && p.startsWith('/devstoreaccount1/actions-results/')) {
      const comp = q.get('comp');
      const blocks = this.blocks.get(p) ?? new Map<string, Buffer>();
      this.blocks.set(p, blocks);
      if (comp === 'block') blocks.set(q.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((x) => x[1] as string);
        this.committed.set(p, Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
      } else this.committed.set(p, body);
      return send(201);
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }

  private twirp(method: string, req: Record<string, string>, send: (status: number, payload?: unknown) => void): void {
    const blobPath = `/devstoreaccount1/actions-results/${this.currentRunId}-${req['name']}.zip`;
    if (method === 'CreateArtifact') return send(200, { ok: true, signed_upload_url: `${this.url}${blobPath}?sig=upload` });
    if (method === 'FinalizeArtifact') {
      const zip = this.committed.get(blobPath);
      if (!zip) return send(400, { code: 'invalid_argument', msg: 'nothing uploaded' });
      const stored = this.addArtifact({ name: req['name'] ?? '', runId: this.currentRunId, zip });
      return send(200, { ok: true, artifact_id: String(stored.id) });
    }
    send(404, { code: 'not_found', msg: `unknown method ${method}` });
  }

  private runJson(r: WorkflowRun): Record<string, unknown> {
    return {
      id: r.id,
      name: 'Bench',
      head_branch: r.head_branch,
      head_sha: r.head_sha,
      path: `.github/workflows/${r.workflow_file}@${r.head_branch}`,
      run_number: r.run_number,
      event: r.event,
      status: 'completed',
      conclusion: r.conclusion,
      workflow_id: 9,
      created_at: '2026-11-01T00:00:00Z',
      run_attempt: 1,
      pull_requests: [],
      head_repository: { full_name: `${owner}/${repo}` },
      repository: { full_name: `${owner}/${repo}` },
    };
  }

  private commentJson(c: StoredComment, issue: number): Record<string, unknown> {
    return { ...c, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' };
  }
}
