// GitHub's rules that the fake enforces, kept apart from its routes: tokens with permission sets
// (401 for an unknown token, 404 for a repository the token cannot see, 403 for a missing scope,
// with GitHub's messages), the rate-limit headers every REST answer carries, and pagination by
// `per_page`/`page` with a `link` header (octokit's paginate follows only `link`).
// Sources: docs.github.com REST "Permissions required for GitHub Apps", "Using pagination",
// "Rate limits for the REST API" (the headers), and the OpenAPI description's error bodies.

export type Access = 'none' | 'read' | 'write';
export type Scope = 'actions' | 'contents' | 'issues' | 'pull_requests';

/** What a token may do; `repository: false` is a token that cannot see o/r at all (404). */
export interface TokenGrant {
  repository: boolean;
  scopes: Partial<Record<Scope, Access>>;
}

/** The permissions block of the quick-start workflow. */
export const workflowGrant: TokenGrant = {
  repository: true,
  scopes: { contents: 'read', actions: 'read', pull_requests: 'write' },
};
/** A fork's (or Dependabot's) GITHUB_TOKEN: read-only. */
export const readOnlyGrant: TokenGrant = {
  repository: true,
  scopes: { contents: 'read', actions: 'read', pull_requests: 'read', issues: 'read' },
};

export interface Denial {
  status: number;
  body: Record<string, string>;
}

const docs = 'https://docs.github.com/rest';

/** Undefined when the request may go on; else GitHub's answer. `needs`: any one of these suffices. */
export function checkAccess(
  grant: TokenGrant | undefined,
  authorization: string | undefined,
  needs: readonly [Scope, Access][],
): Denial | undefined {
  if (!authorization)
    return { status: 401, body: { message: 'Requires authentication', documentation_url: docs, status: '401' } };
  if (!grant) return { status: 401, body: { message: 'Bad credentials', documentation_url: docs, status: '401' } };
  if (!grant.repository) return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
  const rank = { none: 0, read: 1, write: 2 };
  if (needs.some(([scope, access]) => rank[grant.scopes[scope] ?? 'none'] >= rank[access])) return undefined;
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
  };
}

/** The token of an `authorization: token X` or `Bearer X` header. */
export function tokenOf(authorization: string | undefined): string {
  return (authorization ?? '').replace(/^(token|bearer)\s+/i, '');
}

/** Per-token quota: GITHUB_TOKEN gets 1,000 requests an hour per repository. */
export class RateLimits {
  limit = 1000;
  private readonly used = new Map<string, number>();

  constructor(private readonly nowMs: () => number) {}

  headers(token: string): Record<string, string> {
    const used = (this.used.get(token) ?? 0) + 1;
    this.used.set(token, used);
    const reset = Math.floor(this.nowMs() / 1000 / 3600 + 1) * 3600;
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - used)),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    };
  }
}

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/** One page of `all` as GitHub serves it: per_page (default 30, at most 100, and at most `maxPerPage`
 *  for tests that want small pages), page from 1, and a `link` header with next/last/first/prev. */
export function paginate<T>(all: readonly T[], url: URL, origin: string, maxPerPage: number): Page<T> {
  const asked = Number(url.searchParams.get('per_page') ?? 30);
  const perPage = Math.max(1, Math.min(Number.isInteger(asked) && asked > 0 ? asked : 30, 100, maxPerPage));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const at = (n: number): string => {
    const u = new URL(`${origin}${url.pathname}${url.search}`);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links: string[] = [];
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
  return { items, headers: links.length ? { link: links.join(', ') } : {} };
}
