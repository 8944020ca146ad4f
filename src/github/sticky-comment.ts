// One comment per pull request and key: found again by its hidden marker and edited in place,
// never duplicated. Only comments by a bot or by someone with write access count, so a stranger
// cannot plant the marker and have us overwrite their comment. Two jobs racing to create it both
// list again afterwards and keep the oldest (the newer is deleted). A token that may not comment
// (a fork's pull request: 403) is reported to the caller, which falls back to the job summary.

import type { ActionEnvironment } from './environment.js';
import { rateLimited, statusOf, type RestClient } from './rest-client.js';

export type CommentResult =
  | { outcome: 'created' | 'updated'; id: number; url: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'forbidden'; reason: string };

export interface CommentRequest {
  issueNumber: number;
  marker: string;
  body: string;
  /** Create only when this is true; an existing comment is always updated. */
  create: boolean;
}

export async function upsertComment(
  rest: RestClient,
  env: ActionEnvironment,
  request: CommentRequest,
): Promise<CommentResult> {
  const { owner, repo } = env;
  try {
    const previous = await findOurs(rest, env, request);
    if (previous) {
      const { data } = await rest.rest.issues.updateComment({
        owner,
        repo,
        comment_id: previous.id,
        body: request.body,
      });
      return { outcome: 'updated', id: data.id, url: data.html_url };
    }
    if (!request.create)
      return { outcome: 'skipped', reason: 'nothing changed and there is no earlier comment (comment: on-change)' };
    const { data } = await rest.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.issueNumber,
      body: request.body,
    });
    const oldest = await findOurs(rest, env, request);
    if (oldest && oldest.id !== data.id) {
      // Another job created one first: keep theirs, with our (newer) body, and remove ours.
      await rest.rest.issues.deleteComment({ owner, repo, comment_id: data.id }).catch(() => undefined);
      const updated = await rest.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body: request.body });
      return { outcome: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    return { outcome: 'created', id: data.id, url: data.html_url };
  } catch (err) {
    // A rate-limited 403 (after the client's retries) is a failure to report, not a missing permission.
    if (statusOf(err) === 403 && !rateLimited(err)) return { outcome: 'forbidden', reason: firstLine(err) };
    throw err;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] || 'forbidden';
}

const writers = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/** Our comment: starts with the marker, written by a bot (github.token) or a writer (a personal
 *  token); a bot's first, then the oldest. */
async function findOurs(
  rest: RestClient,
  env: ActionEnvironment,
  request: CommentRequest,
): Promise<{ id: number } | undefined> {
  const comments = await rest.paginate(rest.rest.issues.listComments, {
    owner: env.owner,
    repo: env.repo,
    issue_number: request.issueNumber,
    per_page: 100,
  });
  const ours = comments
    .filter(
      (c) => c.body?.startsWith(request.marker) && (c.user?.type === 'Bot' || writers.includes(c.author_association)),
    )
    .sort((a, b) => a.id - b.id);
  return ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
}
