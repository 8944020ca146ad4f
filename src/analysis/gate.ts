// Whether a verdict fails the gate under the `fail-on` setting. An input that could not be read
// (an `input.unreadable` finding) fails it under `fail` and `warn`: a missing or broken head side
// must not read as success. Only `never` lets it pass (docs/reliability.md, "fail-open").

import type { FailOn } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { Verdict } from './verdict.js';

export function gateFails(outcome: { verdict: Verdict; findings: readonly Finding[] }, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (outcome.findings.some((f) => f.id === 'input.unreadable')) return true;
  if (failOn === 'warn') return outcome.verdict === 'fail' || outcome.verdict === 'warn';
  return outcome.verdict === 'fail';
}
