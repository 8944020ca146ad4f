// Lines for the job log that may carry text from artifacts (a fork's report, a shard's keys):
// `core.info` writes them raw to stdout, so they go through escape.ts's neutraliseLog first.
// (`core.warning` and `core.setFailed` escape newlines themselves.)

import * as core from '@actions/core';
import { neutraliseLog } from '../report/escape.js';

export function logInfo(text: string): void {
  core.info(neutraliseLog(text));
}
