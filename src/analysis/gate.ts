// Whether a verdict fails the gate under the `fail-on` setting.

import type { FailOn } from '../model/config.js';
import type { Verdict } from './verdict.js';

export function gateFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return verdict === 'fail' || verdict === 'warn';
  return verdict === 'fail';
}
