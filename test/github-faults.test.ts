// GitHub API faults against the loopback fake, at the REST-client and sticky-comment level (the
// Action end to end is in github-faults-e2e.test.ts): every status has a defined outcome, retries
// happen only where they make sense, waits follow retry-after / x-ratelimit-reset up to a cap,
// hung requests time out, and two jobs racing on one sticky comment leave exactly one.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionEnvironment } from '../src/github/environment.js';
import type { RestClient, RetryPolicy } from '../src/github/rest-client.js';
import { recordingClock } from './recording-clock.js';
import { FakeGitHub, owner, repo } from './e2e/fake-github.js';
import { workflowGrant } from './e2e/fake-github-rules.js';
import { stringContaining } from './typed.js';

// @actions/github reads GITHUB_API_URL when it is first imported: start the fake, then import.
const server = new FakeGitHub();
await server.start();
process.env['GITHUB_API_URL'] = server.url;
const { describeError, restClient, retryDelayMs, statusOf } = await import('../src/github/rest-client.js');
const { upsertComment } = await import('../src/github/sticky-comment.js');

const token = 'ghs_faultTESTtoken0123456789';
server.grant(token, workflowGrant);
const policy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 20,
  maxDelayMs: 300,
  secondaryDelayMs: 60_000,
  secondaryMaxDelayMs: 240_000,
  timeoutMs: 400,
};
/** The client's clock: records every wait it asks for and returns at once (no test sleeps). */
const { clock, waits } = recordingClock();
const marker = '<!-- perfgate:comment:default -->';
const comments = /\/issues\/7\/comments(\?|$)/;
let rest: RestClient;
const env = { owner, repo } as ActionEnvironment;
const request = (body = `${marker}\nreport`) => ({ issueNumber: 7, marker, body, create: true });

beforeAll(() => undefined);
beforeEach(() => {
  server.faults.length = 0;
  server.log.length = 0;
  server.comments.clear();
  waits.length = 0;
  rest = restClient(token, policy, clock);
});
afterAll(async () => {
  await server.stop();
  delete process.env['GITHUB_API_URL'];
});

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('statuses that are not retried', () => {
  for (const status of [401, 404, 410, 422]) {
    it(`${status}: one request, an error naming the status and not the token`, async () => {
      server.faults.push({ method: 'GET', path: comments, status, times: Infinity });
      const err = await failure(upsertComment(rest, env, request()));
      expect(statusOf(err)).toBe(status);
      expect(describeError(err)).toMatch(new RegExp(`^HTTP ${status}: `));
      expect(describeError(err)).not.toContain(token);
      expect(server.requests('GET', comments)).toHaveLength(1);
    });
  }
  it('403 without rate-limit headers (a fork token): "forbidden", no retry', async () => {
    server.faults.push({
      method: 'POST',
      path: comments,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: Infinity,
    });
    expect(await upsertComment(rest, env, request())).toMatchObject({
      outcome: 'forbidden',
      reason: stringContaining('Resource not accessible'),
    });
    expect(server.requests('POST', comments)).toHaveLength(1);
  });
  it('422 (comment too long) on create is an error for the caller to report', async () => {
    const err = await failure(upsertComment(rest, env, request(`${marker}\n${'x'.repeat(70_000)}`)));
    expect(statusOf(err)).toBe(422);
    expect(server.requests('POST', comments)).toHaveLength(1);
  });
});

describe('statuses that are retried', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`${status} twice, then success`, async () => {
      server.faults.push({ method: 'GET', path: comments, status, times: 2 });
      expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
      expect(server.requests('GET', comments).map((r) => r.status)).toEqual([status, status, 200, 200]);
    });
  }
  it('5xx on every attempt: gives up after the policy`s attempts', async () => {
    server.faults.push({ method: 'GET', path: comments, status: 503, times: Infinity });
    expect(statusOf(await failure(upsertComment(rest, env, request())))).toBe(503);
    expect(server.requests('GET', comments)).toHaveLength(policy.attempts);
  });
  it('429 with retry-after waits as asked, up to the cap', async () => {
    server.faults.push({ method: 'GET', path: comments, status: 429, headers: { 'retry-after': '30' }, times: 1 });
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(waits).toEqual([policy.maxDelayMs]);
  });
  it('403 secondary rate limit (retry-after) is retried', async () => {
    server.faults.push({
      method: 'POST',
      path: comments,
      status: 403,
      headers: { 'retry-after': '0' },
      body: { message: 'You have exceeded a secondary rate limit' },
      times: 1,
    });
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(server.requests('POST', comments).map((r) => r.status)).toEqual([403, 201]);
    expect(waits).toEqual([0]);
  });
  it('403 secondary rate limit without retry-after waits a minute, then longer, and is not "no permission"', async () => {
    const limited = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    };
    server.faults.push({ method: 'POST', path: comments, status: 403, body: limited, times: 1 });
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(waits).toEqual([60_000]);
    server.faults.push({ method: 'POST', path: comments, status: 403, body: limited, times: Infinity });
    server.comments.clear();
    const err = await failure(upsertComment(rest, env, request()));
    expect(statusOf(err)).toBe(403);
    expect(waits).toEqual([60_000, 60_000, 120_000]);
  });
  it('403 with a spent quota (x-ratelimit-remaining: 0) waits for x-ratelimit-reset', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 3600);
    server.faults.push({
      method: 'GET',
      path: comments,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      times: 1,
    });
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(server.requests('GET', comments).map((r) => r.status)).toEqual([403, 200, 200]);
    expect(waits).toEqual([policy.maxDelayMs]); // an hour away: capped
  });
  it('a hung request times out and is retried', async () => {
    server.faults.push({ method: 'GET', path: comments, delayMs: 3000, times: 1 });
    const started = Date.now();
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(Date.now() - started).toBeLessThan(2500);
  });
  it('an API that never answers fails after attempts × timeout, not never', async () => {
    server.faults.push({ method: 'GET', path: comments, delayMs: 3000, times: Infinity });
    const started = Date.now();
    expect(await failure(upsertComment(rest, env, request()))).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(policy.attempts * (policy.timeoutMs + policy.maxDelayMs) + 1000);
  });
});

describe('retry delays', () => {
  const err = (headers: Record<string, string>) => ({ status: 429, response: { headers } });
  const wide: RetryPolicy = { ...policy, maxDelayMs: 60_000, baseDelayMs: 1000 };
  it('follow retry-after, then x-ratelimit-reset, then exponential backoff, always capped', () => {
    expect(retryDelayMs(err({ 'retry-after': '7' }), 1, wide)).toBe(7000);
    expect(retryDelayMs(err({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }), 1, wide, 1_000_000)).toBe(
      11_000,
    );
    expect(retryDelayMs(err({}), 3, wide)).toBe(4000);
    expect(retryDelayMs(err({ 'retry-after': '86400' }), 1, wide)).toBe(60_000);
    expect(retryDelayMs(err({ 'retry-after': 'soon' }), 1, wide)).toBe(1000);
    const secondary = Object.assign(new Error('You have exceeded a secondary rate limit'), {
      status: 403,
      response: { headers: {} },
    });
    expect([1, 2, 3, 4].map((n) => retryDelayMs(secondary, n, wide))).toEqual([60_000, 120_000, 240_000, 240_000]);
  });
});

describe('the sticky comment', () => {
  it('two jobs racing to create it leave exactly one comment, with the later body', async () => {
    // Both list before either creates: the first two listings are held back.
    server.faults.push({ method: 'GET', path: comments, delayMs: 150, times: 2 });
    const results = await Promise.all([
      upsertComment(rest, env, request(`${marker}\nA`)),
      upsertComment(restClient(token, policy), env, request(`${marker}\nB`)),
    ]);
    expect(server.requests('POST', comments)).toHaveLength(2);
    expect(server.comments.get(7)).toHaveLength(1);
    const kept = server.comments.get(7)?.[0];
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'updated']);
    expect(results.every((r) => 'id' in r && r.id === kept?.id)).toBe(true);
  });
  it('a stranger`s comment carrying our marker is never edited', async () => {
    const planted = server.addComment(
      7,
      `${marker}\nplanted`,
      { login: 'mallory', type: 'User' },
      'FIRST_TIME_CONTRIBUTOR',
    );
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
    expect(server.comments.get(7)?.find((c) => c.id === planted.id)?.body).toBe(`${marker}\nplanted`);
    expect(server.requests('PATCH', /\/issues\/comments\//)).toHaveLength(0);
  });
  it('a member`s comment (a personal token) is updated in place', async () => {
    const pat = server.addComment(7, `${marker}\nold`, { login: 'maintainer', type: 'User' }, 'MEMBER');
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'updated', id: pat.id });
    expect(server.comments.get(7)).toHaveLength(1);
  });
  it('a marker quoted inside someone`s comment does not count', async () => {
    server.addComment(7, `see ${marker}`, { login: 'github-actions[bot]', type: 'Bot' });
    expect(await upsertComment(rest, env, request())).toMatchObject({ outcome: 'created' });
  });
});
