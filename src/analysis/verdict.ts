// The gate's verdict from its findings: fail beats warn beats pass; `inconclusive` when
// nothing could be compared and nothing was wrong.

import type { Finding } from '../model/finding.js';

export type Verdict = 'pass' | 'warn' | 'fail' | 'inconclusive';

export function verdictOf(findings: readonly Finding[], compared: boolean): { verdict: Verdict; reasons: string[] } {
  const fails = findings.filter((f) => f.severity === 'fail');
  const warns = findings.filter((f) => f.severity === 'warn');
  if (fails.length > 0) return { verdict: 'fail', reasons: fails.map((f) => f.title) };
  if (warns.length > 0) return { verdict: 'warn', reasons: warns.map((f) => f.title) };
  if (!compared) return { verdict: 'inconclusive', reasons: ['no base runs to compare head with'] };
  return { verdict: 'pass', reasons: [] };
}
