// The REST client: @actions/github's Octokit (base URL from GITHUB_API_URL) with a small retry
// on 5xx, 429 and network errors, so one flaky response does not fail a pull request's check.
// The token is never logged; errors carry only status and message.

import * as github from '@actions/github';

export type RestClient = ReturnType<typeof github.getOctokit>;

const attempts = 3;
const baseDelayMs = 1000;

export function restClient(token: string): RestClient {
  const octokit = github.getOctokit(token);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        if (attempt >= attempts || !retryable(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, baseDelayMs * attempt));
      }
    }
  });
  return octokit;
}

/** HTTP status of an Octokit error, or undefined for a network error. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function retryable(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined || status >= 500 || status === 429;
}

/** One line about a failed call, without headers or request bodies. */
export function describeError(err: unknown): string {
  const status = statusOf(err);
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 300) ?? '';
  return status ? `HTTP ${status}: ${message}` : message;
}
