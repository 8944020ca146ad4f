// The REST client: @actions/github's Octokit (base URL from GITHUB_API_URL) with a timeout per
// request and a retry on 5xx, 429, rate limits (403 with retry-after, an exhausted quota, or a
// secondary rate limit) and network errors, waiting as GitHub asks: retry-after, else the
// x-ratelimit-reset time, else for a secondary rate limit at least a minute and then
// exponentially longer, else exponential backoff; capped. The clock is injected, so tests do not
// sleep. The token is never logged; errors carry only status and message.

import * as github from '@actions/github';
import { fieldOf } from '../model/unknown-value.js';

export type RestClient = ReturnType<typeof github.getOctokit>;

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  /** Longest wait between attempts, whatever retry-after or x-ratelimit-reset ask for. */
  maxDelayMs: number;
  /** First wait after a secondary rate limit that names no time (GitHub: at least a minute). */
  secondaryDelayMs: number;
  /** Longest wait after a secondary rate limit. */
  secondaryMaxDelayMs: number;
  /** One request (one attempt) is aborted after this long. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  secondaryDelayMs: 60_000,
  secondaryMaxDelayMs: 240_000,
  timeoutMs: 60_000,
};

/** Time as the client sees it; tests pass one that records the waits instead of sleeping. */
export interface Clock {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function restClient(
  token: string,
  policy: RetryPolicy = defaultRetryPolicy,
  clock: Clock = systemClock,
): RestClient {
  const octokit = github.getOctokit(token);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTimeout(policy.timeoutMs, async (signal) =>
          request({ ...options, request: { ...options.request, signal } }),
        );
      } catch (err) {
        if (attempt >= policy.attempts || !retryable(err)) throw err;
        await clock.sleep(retryDelayMs(err, attempt, policy, clock.nowMs()));
      }
    }
  });
  return octokit;
}

/** Aborts the request after `ms`, and stops waiting for it even if the fetch ignores the signal. */
async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`request timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** retry-after seconds, else the x-ratelimit-reset epoch when the quota is spent, else (secondary
 *  rate limit) a minute doubling per attempt, else backoff; capped. */
export function retryDelayMs(err: unknown, attempt: number, policy: RetryPolicy, nowMs = Date.now()): number {
  const retryAfter = Number(headerOf(err, 'retry-after'));
  const reset = Number(headerOf(err, 'x-ratelimit-reset'));
  const exponent = 2 ** (attempt - 1);
  if (headerOf(err, 'retry-after') !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
    return capped(retryAfter * 1000, policy.maxDelayMs);
  if (headerOf(err, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0)
    return capped(reset * 1000 - nowMs + 1000, policy.maxDelayMs);
  if (secondaryRateLimit(err)) return capped(policy.secondaryDelayMs * exponent, policy.secondaryMaxDelayMs);
  return capped(policy.baseDelayMs * exponent, policy.maxDelayMs);
}

function capped(ms: number, max: number): number {
  return Math.max(0, Math.min(max, ms));
}

/** GitHub's secondary rate limit: a 403 or 429 whose message says so, with or without retry-after. */
function secondaryRateLimit(err: unknown): boolean {
  const status = statusOf(err);
  return (status === 403 || status === 429) && /secondary rate limit/i.test(err instanceof Error ? err.message : '');
}

/** A 403 or 429 that is about the rate, not about permissions. */
export function rateLimited(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 429) return true;
  return (
    status === 403 &&
    (headerOf(err, 'retry-after') !== undefined ||
      headerOf(err, 'x-ratelimit-remaining') === '0' ||
      secondaryRateLimit(err))
  );
}

/** A response header of an Octokit error, as found (undefined without a response). */
function headerOf(err: unknown, name: string): unknown {
  return fieldOf(fieldOf(fieldOf(err, 'response'), 'headers'), name);
}

/** HTTP status of an Octokit error, or undefined for a network error. */
export function statusOf(err: unknown): number | undefined {
  const status = fieldOf(err, 'status');
  return typeof status === 'number' ? status : undefined;
}

function retryable(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined || status >= 500 || rateLimited(err);
}

/** One line about a failed call, without headers or request bodies. */
export function describeError(err: unknown): string {
  const status = statusOf(err);
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 300) ?? '';
  return status ? `HTTP ${status}: ${message}` : message;
}
