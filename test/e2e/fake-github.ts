// A loopback server that plays the parts of GitHub the Action talks to: the REST API (workflow
// runs, artifacts, compare, pulls, issue comments), the Twirp artifact ("results") service and
// blob storage. Behaviour follows ../shared/research/github-plumbing.md §1.5 (verified against
// the real @actions/* clients), the Git Data API (fake-git-data.ts), and GitHub's documented rules (fake-github-rules.ts): tokens with
// permission sets, rate-limit headers, pages with `link` headers, workflow ids or file names,
// artifact names unique within a run (409), at most 500 artifacts per job, retention, run
// attempts. Tests arrange state, inject failures, and read the request log.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkAccess,
  paginate,
  RateLimits,
  tokenOf,
  workflowGrant,
  type Access,
  type Scope,
  type TokenGrant,
} from './fake-github-rules.js';
import { FakeGitData } from './fake-git-data.js';

export const owner = 'o';
export const repo = 'r';
/** The workflow every test run belongs to: numeric id and file name, both valid as `workflow_id`. */
export const workflow = { id: 9, file: 'bench.yml' };
/** The GITHUB_TOKEN of the e2e runs (permissions of the quick-start workflow unless a test changes them). */
export const defaultToken = 'ghs_e2eSECRETtoken0123456789';
const maxArtifactsPerJob = 500;
const dayMs = 86_400_000;

export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string;
  event: string;
  conclusion: string;
  run_number: number;
  workflow_file: string;
  run_attempt?: number;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  /** The run attempt that uploaded it (1 when not said). */
  attempt?: number;
  /** When it expires (ms since the epoch); listed as expired and answered with 410 from then on. */
  expiresAtMs?: number;
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
  /** token → what it may do; an unknown token gets 401. */
  readonly tokens = new Map<string, TokenGrant>([[defaultToken, workflowGrant]]);
  /** The largest page the fake serves, whatever `per_page` asks (tests use small pages). */
  maxPerPage = 100;
  /** The repository's artifact retention (GITHUB_RETENTION_DAYS): uploads expire after at most this. */
  retentionDays = 90;
  nowMs: () => number = () => Date.now();
  readonly rateLimits = new RateLimits(() => this.nowMs());
  /** Called for every request before it is answered (for example to look at files at that moment). */
  onRequest: ((r: LoggedRequest) => void) | undefined;
  /** `older...newer` → compare status */
  readonly compare = new Map<string, { status: string; ahead_by: number; behind_by: number }>();
  readonly faults: Fault[] = [];
  /** The Git Data API (refs, blobs, trees, commits) of o/r. */
  readonly git = new FakeGitData(() => `${this.url}/repos/${owner}/${repo}`);
  readonly log: LoggedRequest[] = [];
  /** Uploads (Twirp) are attributed to this run. */
  currentRunId = 0;
  currentAttempt = 1;
  private nextArtifactId = 500;
  private nextCommentId = 1;
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly committed = new Map<string, Buffer>();
  private readonly pendingExpiry = new Map<string, number>();
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

  /** Gives a token these permissions (or, with `undefined`, makes it unknown: 401). */
  grant(token: string, grant: TokenGrant | undefined): void {
    if (grant) this.tokens.set(token, grant);
    else this.tokens.delete(token);
  }

  isExpired(a: StoredArtifact): boolean {
    return a.expired === true || (a.expiresAtMs !== undefined && a.expiresAtMs <= this.nowMs());
  }

  addArtifact(a: Omit<StoredArtifact, 'id'>): StoredArtifact {
    const stored = { ...a, id: this.nextArtifactId++ };
    this.artifacts.push(stored);
    return stored;
  }

  addComment(
    issue: number,
    body: string,
    user = { login: 'github-actions[bot]', type: 'Bot' },
    association = 'NONE',
  ): StoredComment {
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
    const entry: LoggedRequest = {
      method: req.method ?? '',
      url: `${u.pathname}${u.search}`,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.log.push(entry);
    this.onRequest?.(entry);
    const rest = u.pathname.startsWith('/repos/');
    const send = (status: number, payload?: unknown, extra: Record<string, string> = {}): void => {
      entry.status = status;
      const headers = rest ? { ...this.rateLimits.headers(tokenOf(req.headers.authorization)), ...extra } : extra;
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
      if (fault.status !== undefined)
        return send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    }
    try {
      if (rest) {
        const denied = checkAccess(
          this.tokens.get(tokenOf(req.headers.authorization)),
          req.headers.authorization,
          requiredAccess(req.method ?? '', u.pathname),
        );
        if (denied) return send(denied.status, denied.body);
      }
      this.route(req.method ?? '', u, body, send);
    } catch (err) {
      send(500, { message: String(err) });
    }
  }

  private route(
    method: string,
    u: URL,
    body: Buffer,
    send: (status: number, payload?: unknown, headers?: Record<string, string>) => void,
  ): void {
    const p = u.pathname;
    const q = u.searchParams;
    const base = `/repos/${owner}/${repo}`;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/workflows/([^/]+)/runs$`)))) {
      const id = decodeURIComponent(m[1] ?? '');
      if (id !== workflow.file && id !== String(workflow.id)) return send(404, { message: 'Not Found', status: '404' });
      const runs = this.runs
        .filter((r) => r.workflow_file === workflow.file)
        .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .filter((r) => !q.get('status') || r.conclusion === q.get('status'))
        .sort((a, b) => b.id - a.id)
        .map((r) => this.runJson(r));
      const page = paginate(runs, u, this.url, this.maxPerPage);
      return send(200, { total_count: runs.length, workflow_runs: page.items }, page.headers);
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/runs/(\\d+)$`)))) {
      const run = this.runs.find((r) => r.id === Number(m?.[1]));
      return run ? send(200, this.runJson(run)) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/runs/(\\d+)/artifacts$`)))) {
      const name = q.get('name');
      const list = this.artifacts
        .filter((a) => a.runId === Number(m?.[1]) && (!name || a.name === name))
        .sort((a, b) => b.id - a.id)
        .map((a) => this.artifactJson(a));
      const page = paginate(list, u, this.url, this.maxPerPage);
      return send(200, { total_count: list.length, artifacts: page.items }, page.headers);
    }
    if (method === 'DELETE' && (m = p.match(new RegExp(`^${base}/actions/artifacts/(\\d+)$`)))) {
      const at = this.artifacts.findIndex((x) => x.id === Number(m?.[1]));
      if (at < 0) return send(404, { message: 'Not Found' });
      this.artifacts.splice(at, 1);
      return send(204);
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/actions/artifacts/(\\d+)/zip$`)))) {
      const a = this.artifacts.find((x) => x.id === Number(m?.[1]));
      if (!a) return send(404, { message: 'Not Found' });
      if (a.gone || this.isExpired(a))
        return send(410, {
          message: 'Artifact has expired',
          documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
          status: '410',
        });
      return send(302, undefined, { location: `${this.url}/blob/${a.id}.zip?sig=secret` });
    }
    if (method === 'GET' && (m = p.match(/^\/blob\/(\d+)\.zip$/))) {
      const a = this.artifacts.find((x) => x.id === Number(m?.[1]));
      return a ? send(200, a.zip, { 'content-type': 'application/zip' }) : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/compare/([0-9a-f]+)\\.\\.\\.([0-9a-f]+)$`)))) {
      const c = this.compare.get(`${m[1]}...${m[2]}`);
      return c
        ? send(200, { ...c, total_commits: c.ahead_by, commits: [], files: [] })
        : send(404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/pulls/(\\d+)$`)))) {
      const sha = this.pulls.get(Number(m[1]));
      const fullName = `${owner}/${repo}`;
      return sha
        ? send(200, {
            number: Number(m[1]),
            state: 'open',
            head: { sha, ref: 'feature', repo: { full_name: fullName } },
            base: { ref: 'main', sha: 'a'.repeat(40), repo: { full_name: fullName } },
          })
        : send(404, { message: 'Not Found' });
    }
    if ((m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const page = paginate(this.comments.get(issue) ?? [], u, this.url, this.maxPerPage);
        return send(
          200,
          page.items.map((c) => this.commentJson(c, issue)),
          page.headers,
        );
      }
      if (method === 'POST') {
        const text = (JSON.parse(body.toString()) as { body: string }).body;
        if (text.length > 65536)
          return send(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
          });
        return send(201, this.commentJson(this.addComment(issue, text), issue));
      }
    }
    if (method === 'DELETE' && (m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      for (const [issue, list] of this.comments) {
        if (list.some((x) => x.id === Number(m?.[1]))) {
          this.comments.set(
            issue,
            list.filter((x) => x.id !== Number(m?.[1])),
          );
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
    if (p.startsWith(`${base}/git/`))
      return this.git.route(method, p.slice(base.length), body, send, q.has('recursive'));
    if (method === 'POST' && (m = p.match(/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/)))
      return this.twirp(m[1] as string, JSON.parse(body.toString() || '{}') as Record<string, string>, send);
    if (method === 'PUT' && p.startsWith('/devstoreaccount1/actions-results/')) {
      return this.blob(decodeURIComponent(p), q, body, send);
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }

  /** Blob storage: blocks, then the block list that commits them (or one PUT of the whole blob). */
  private blob(p: string, q: URLSearchParams, body: Buffer, send: (status: number) => void): void {
    {
      const comp = q.get('comp');
      const blocks = this.blocks.get(p) ?? new Map<string, Buffer>();
      this.blocks.set(p, blocks);
      if (comp === 'block') blocks.set(q.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((x) => x[1] as string);
        this.committed.set(p, Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
      } else this.committed.set(p, body);
      send(201);
    }
  }

  private twirp(method: string, req: Record<string, string>, send: (status: number, payload?: unknown) => void): void {
    const name = req['name'] ?? '';
    const blobPath = `/devstoreaccount1/actions-results/${this.currentRunId}-${this.currentAttempt}-${name}.zip`;
    if (method === 'CreateArtifact') {
      // Names are unique within a workflow run, across its attempts (upload-artifact v4+).
      if (this.artifacts.some((a) => a.runId === this.currentRunId && a.name === name))
        return send(409, {
          code: 'already_exists',
          msg: 'an artifact with this name already exists on the workflow run',
        });
      const ofJob = this.artifacts.filter(
        (a) => a.runId === this.currentRunId && (a.attempt ?? 1) === this.currentAttempt,
      ).length;
      if (ofJob >= maxArtifactsPerJob)
        return send(400, {
          code: 'invalid_argument',
          msg: `the job has reached the limit of ${maxArtifactsPerJob} artifacts`,
        });
      this.pendingExpiry.set(blobPath, this.expiryOf(req['expires_at']));
      return send(200, { ok: true, signed_upload_url: `${this.url}${blobPath}?sig=upload` });
    }
    if (method === 'FinalizeArtifact') {
      const zip = this.committed.get(blobPath);
      if (!zip) return send(400, { code: 'invalid_argument', msg: 'nothing uploaded' });
      const stored = this.addArtifact({
        name,
        runId: this.currentRunId,
        attempt: this.currentAttempt,
        zip,
        expiresAtMs: this.pendingExpiry.get(blobPath) ?? this.expiryOf(undefined),
      });
      return send(200, { ok: true, artifact_id: String(stored.id) });
    }
    send(404, { code: 'not_found', msg: `unknown method ${method}` });
  }

  /** The asked expiry, never later than the repository's retention allows. */
  private expiryOf(asked: string | undefined): number {
    const latest = this.nowMs() + this.retentionDays * dayMs;
    const at = asked ? Date.parse(asked) : Number.NaN;
    return Number.isFinite(at) ? Math.min(at, latest) : latest;
  }

  private artifactJson(a: StoredArtifact): Record<string, unknown> {
    const base = `${this.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}`;
    const expires = new Date(a.expiresAtMs ?? this.nowMs() + this.retentionDays * dayMs).toISOString();
    const run = this.runs.find((r) => r.id === a.runId);
    return {
      id: a.id,
      node_id: `A${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: base,
      archive_download_url: `${base}/zip`,
      expired: this.isExpired(a),
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z',
      expires_at: expires,
      digest: null,
      workflow_run: {
        id: a.runId,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: run?.head_branch ?? 'main',
        head_sha: run?.head_sha ?? 'x',
      },
    };
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
      workflow_id: workflow.id,
      created_at: '2026-11-01T00:00:00Z',
      run_attempt: r.run_attempt ?? 1,
      pull_requests: [],
      head_repository: { full_name: `${owner}/${repo}` },
      repository: { full_name: `${owner}/${repo}` },
    };
  }

  private commentJson(c: StoredComment, issue: number): Record<string, unknown> {
    return {
      ...c,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z',
    };
  }
}

/** The permission a REST route needs (any one of the pairs), as GitHub's docs list them. */
function requiredAccess(method: string, path: string): [Scope, Access][] {
  const write = method !== 'GET';
  if (path.includes('/actions/')) return [['actions', write ? 'write' : 'read']];
  if (path.includes('/issues/'))
    return [
      ['issues', write ? 'write' : 'read'],
      ['pull_requests', write ? 'write' : 'read'],
    ];
  if (path.includes('/pulls/')) return [['pull_requests', write ? 'write' : 'read']];
  return [['contents', write ? 'write' : 'read']];
}
