// The one way every mode posts its sticky comment: the policy (`comment` input), the upsert, and
// what to tell the user when it fails. A read-only token (a fork's or Dependabot's pull request)
// gets the fork recipe, anyone else is asked to grant `pull-requests: write`. Returns a line for
// the job summary ('' when the comment was posted or skipped), at most `commentNoteMaxBytes`.

import * as core from '@actions/core';
import { sanitizeText } from '../report/escape.js';
import { commentMarker } from '../report/markdown/render-markdown.js';
import { isDependabot, type ActionEnvironment } from './environment.js';
import { describeError } from './rest-client.js';
import type { Session } from './session.js';
import { upsertComment } from './sticky-comment.js';

/** Room the summary keeps for the line about a failed comment, appended after the comment. */
export const commentNoteMaxBytes = 256;

export interface CommentPost {
  issueNumber: number;
  key: string;
  verdict: string;
  /** The body, rendered within GitHub's comment limit. */
  body: string;
}

/**
 * Creates or updates the sticky comment. When it cannot be posted, the job summary (written
 * before, so a failing comment API never loses the report) gets a line saying it is the report.
 */
export async function postComment(s: Session, post: CommentPost): Promise<void> {
  const note = await upsertOrNote(s, post);
  if (note && process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(`\n${note}\n`).write();
}

/** Posts the comment; a note for the summary when it could not be posted, else ''. */
async function upsertOrNote(s: Session, post: CommentPost): Promise<string> {
  if (s.inputs.comment === 'never') return '';
  const create = s.inputs.comment === 'always' || post.verdict === 'fail' || post.verdict === 'warn';
  const request = { issueNumber: post.issueNumber, marker: commentMarker(post.key), body: post.body, create };
  try {
    const result = await upsertComment(s.rest, s.env, request);
    if (result.outcome === 'forbidden') {
      const why = sanitizeText(result.reason, 200);
      core.warning(
        `perfgate: this token may not comment on pull request #${post.issueNumber} (${why}). ` +
          `The report is in the job summary. ${forbiddenHint(s.env)}`,
      );
      return '_The pull-request comment could not be posted (no permission); this summary is the report._';
    }
    if (result.outcome === 'skipped') core.info(`perfgate: no comment: ${result.reason}`);
    else core.info(`perfgate: comment ${result.outcome} on #${post.issueNumber}: ${result.url}`);
    return '';
  } catch (err) {
    core.warning(`perfgate: could not post the pull-request comment: ${describeError(err)}`);
    return '_The pull-request comment could not be posted; this summary is the report._';
  }
}

/** What the user can do about a 403 on the comment. */
export function forbiddenHint(env: Pick<ActionEnvironment, 'actor' | 'pullRequest' | 'eventName'>): string {
  const recipe = 'post it from a workflow_run workflow with mode: comment (see the README)';
  if (isDependabot(env)) {
    return `Dependabot's pull requests get a read-only token whatever the workflow grants: ${recipe}.`;
  }
  if (env.pullRequest?.fromFork && env.eventName.startsWith('pull_request')) {
    return `For pull requests from forks, ${recipe}.`;
  }
  return 'Grant pull-requests: write.';
}
