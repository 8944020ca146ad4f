// The REST client: @actions/github's Octokit (base URL from GITHUB_API_URL) with a timeout per
// request and a retry on 5xx, 429, secondary rate limits (403 with retry-after or an exhausted
// quota) and network errors, waiting as GitHub asks (retry-after, x-ratelimit-reset) up to a cap,
// else with exponential backoff. The token is never logged; errors carry only status and message.

import * as github from '@actions/github';

export type RestClient = ReturnType<typeof github.getOctokit>;

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  /** Longest wait between attempts, whatever retry-after or x-ratelimit-reset ask for. */
  maxDelayMs: number;
  /** One request (one attempt) is aborted after this long. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000, timeoutMs: 60_000 };

export function restClient(token: string, policy: RetryPolicy = defaultRetryPolicy): RestClient {
  const octokit = github.getOctokit(token);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTimeout(policy.timeoutMs, async (signal) => request({ ...options, request: { ...options.request, signal } }));
      } catch (err) {
        if (attempt >= policy.attempts || !retryable(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(err, attempt, policy)));
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

/** retry-after seconds, else the x-ratelimit-reset epoch when the quota is spent, else backoff; capped. */
export function retryDelayMs(err: unknown, attempt: number, policy: RetryPolicy, nowMs = Date.now()): number {
  const headers = headersOf(err);
  const retryAfter = Number(headers['retry-after']);
  const reset = Number(headers['x-ratelimit-reset']);
  let wait = policy.baseDelayMs * 2 ** (attempt - 1);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) wait = retryAfter * 1000;
  else if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) wait = reset * 1000 - nowMs + 1000;
  return Math.max(0, Math.min(policy.maxDelayMs, wait));
}

function headersOf(err: unknown): Record<string, string | undefined> {
  const headers = (err as { response?: { headers?: unknown } } | null)?.response?.headers;
  return typeof headers === 'object' && headers !== null ? (headers as Record<string, string | undefined>) : {};
}

/** HTTP status of an Octokit error, or undefined for a network error. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function retryable(err: unknown): boolean {
  const status = statusOf(err);
  if (status === undefined || status >= 500 || status === 429) return true;
  const headers = headersOf(err);
  // A secondary rate limit or a spent quota is a 403 that says when to come back.
  return status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
}

/** One line about a failed call, without headers or request bodies. */
export function describeError(err: unknown): string {
  const status = statusOf(err);
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 300) ?? '';
  return status ? `HTTP ${status}: ${message}` : message;
}
