// One comment per pull request and key: found again by its hidden marker and edited in place,
// never duplicated. A token that may not comment (a fork's pull request: 403) is reported to the
// caller, which falls back to the job summary and a warning.

import type { ActionEnvironment } from './environment.js';
import { statusOf, type RestClient } from './rest-client.js';

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

export async function upsertComment(rest: RestClient, env: ActionEnvironment, request: CommentRequest): Promise<CommentResult> {
  const { owner, repo } = env;
  try {
    const comments = await rest.paginate(rest.rest.issues.listComments, { owner, repo, issue_number: request.issueNumber, per_page: 100 });
    // Ours start with the marker; a bot's comment first (github.token), else one from a personal token.
    const ours = comments.filter((c) => c.body?.startsWith(request.marker));
    const previous = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
    if (previous) {
      const { data } = await rest.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body: request.body });
      return { outcome: 'updated', id: data.id, url: data.html_url };
    }
    if (!request.create) return { outcome: 'skipped', reason: 'nothing changed and there is no earlier comment (comment: on-change)' };
    const { data } = await rest.rest.issues.createComment({ owner, repo, issue_number: request.issueNumber, body: request.body });
    return { outcome: 'created', id: data.id, url: data.html_url };
  } catch (err) {
    if (statusOf(err) === 403) return { outcome: 'forbidden', reason: (err as Error).message.split('\n')[0] ?? 'forbidden' };
    throw err;
  }
}
