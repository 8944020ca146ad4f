// The Action: picks the mode (auto records on pushes, compares on pull requests, comments on
// workflow_run) and runs it. Any error fails the step with one line; the token is never printed.

import * as core from '@actions/core';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import type { Mode } from './inputs.js';
import { runCollectStep } from './collect-step.js';
import { runAbMode } from './mode-ab.js';
import { runCommentMode } from './mode-comment.js';
import { runCompareMode } from './mode-compare.js';
import { runMergeMode } from './mode-merge.js';
import { runRecordMode } from './mode-record.js';
import { openSession } from './session.js';

export async function run(): Promise<void> {
  let token = '';
  try {
    const session = await openSession();
    token = session.inputs.token;
    const mode = resolveMode(session.inputs.mode, session.env.eventName, session.inputs.baselinePath.length > 0);
    core.info(`perfgate: mode ${mode} (event ${session.env.eventName || 'unknown'}, key ${session.inputs.key})`);
    if (mode !== 'comment') await runCollectStep();
    if (mode === 'record') await runRecordMode(session);
    else if (mode === 'comment') await runCommentMode(session);
    else if (mode === 'ab') await runAbMode(session);
    else if (mode === 'merge') await runMergeMode(session);
    else await runCompareMode(session);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const message = sanitizeText(token ? raw.split(token).join('***') : raw, 500);
    core.setFailed(`perfgate: ${message}`);
    await writeErrorSummary(message);
  }
}

/** The job summary is written every time, also when the step could not run. */
async function writeErrorSummary(message: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary
    .addRaw(`## ❗ perfgate could not run\n\n${escapeMarkdown(message)}\n`)
    .write()
    .catch(() => undefined);
}

/** auto: baseline-path or a pull request compares; workflow_run comments; anything else records. */
export function resolveMode(mode: Mode, eventName: string, hasBaselinePath: boolean): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (hasBaselinePath || eventName.startsWith('pull_request') || eventName === 'merge_group') return 'compare';
  if (eventName === 'workflow_run') return 'comment';
  return 'record';
}
