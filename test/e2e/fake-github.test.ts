// The fake GitHub itself answers as GitHub documents: 401 for a missing or unknown token, 404 for
// a repository the token cannot see, 403 for a missing permission, rate-limit headers on every
// REST answer, pages with `link` headers, and a workflow found by file name or numeric id.
// (The Action against it: github-rules.test.ts and the other e2e tests.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultToken, FakeGitHub, workflow } from './fake-github.js';
import { readOnlyGrant } from './fake-github-rules.js';

const server = new FakeGitHub();
beforeAll(async () => {
  server.maxPerPage = 2;
  for (let id = 1; id <= 5; id++) {
    server.runs.push({
      id,
      head_sha: String(id).repeat(40),
      head_branch: 'main',
      event: 'push',
      conclusion: 'success',
      run_number: id,
      workflow_file: 'bench.yml',
    });
  }
  server.grant('ghs_readonly', readOnlyGrant);
  server.grant('ghs_elsewhere', { repository: false, scopes: { actions: 'write' } });
  await server.start();
});
afterAll(() => server.stop());

function get(path: string, token?: string, method = 'GET'): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `token ${token}` } : {};
  return fetch(`${server.url}${path}`, { method, headers, ...(method === 'POST' ? { body: '{"body":"x"}' } : {}) });
}

describe('the fake GitHub', () => {
  it('answers 401 without a token or with an unknown one, 404 where the token cannot see the repository', async () => {
    expect((await get('/repos/o/r/actions/runs/1')).status).toBe(401);
    const unknown = await get('/repos/o/r/actions/runs/1', 'ghs_nobody');
    expect([unknown.status, ((await unknown.json()) as { message: string }).message]).toEqual([401, 'Bad credentials']);
    expect((await get('/repos/o/r/actions/runs/1', 'ghs_elsewhere')).status).toBe(404);
  });

  it('answers 403 for a permission the token lacks, and lets it do what it may', async () => {
    const post = await get('/repos/o/r/issues/7/comments', 'ghs_readonly', 'POST');
    expect([post.status, ((await post.json()) as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration',
    ]);
    expect((await get('/repos/o/r/issues/7/comments', 'ghs_readonly')).status).toBe(200);
    expect((await get('/repos/o/r/issues/7/comments', defaultToken, 'POST')).status).toBe(201);
  });

  it('sends rate-limit headers that count down', async () => {
    const first = await get('/repos/o/r/actions/runs/1', defaultToken);
    const second = await get('/repos/o/r/actions/runs/1', defaultToken);
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(
      Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining')),
    ).toBe(1);
    expect(Number(second.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('pages lists with link headers, and finds the workflow by file name or numeric id', async () => {
    const byFile = await get('/repos/o/r/actions/workflows/bench.yml/runs?per_page=100', defaultToken);
    const page1 = (await byFile.json()) as { total_count: number; workflow_runs: { id: number }[] };
    expect([page1.total_count, page1.workflow_runs.map((r) => r.id)]).toEqual([5, [5, 4]]);
    const next = /<([^>]+)>; rel="next"/.exec(byFile.headers.get('link') ?? '')?.[1] ?? '';
    expect(next).toContain('page=2');
    const page2 = (await (await fetch(next, { headers: { authorization: `token ${defaultToken}` } })).json()) as {
      workflow_runs: { id: number }[];
    };
    expect(page2.workflow_runs.map((r) => r.id)).toEqual([3, 2]);
    const byId = await get(`/repos/o/r/actions/workflows/${workflow.id}/runs`, defaultToken);
    expect(((await byId.json()) as { total_count: number }).total_count).toBe(5);
    expect((await get('/repos/o/r/actions/workflows/other.yml/runs', defaultToken)).status).toBe(404);
  });
});
