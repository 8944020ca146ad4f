// The gate's verdict from its findings: fail beats warn beats inconclusive beats pass.
// `inconclusive` when an input of a kind the other side has could not be read (an
// `input.unreadable` finding: a gate never passes on input it could not read) or when nothing
// could be compared; its reasons say which.

import type { Finding } from '../model/finding.js';

export type Verdict = 'pass' | 'warn' | 'fail' | 'inconclusive';

export function verdictOf(findings: readonly Finding[], compared: boolean): { verdict: Verdict; reasons: string[] } {
  const fails = findings.filter((f) => f.severity === 'fail');
  const warns = findings.filter((f) => f.severity === 'warn');
  const unreadable = findings.filter((f) => f.id === 'input.unreadable').map((f) => f.title);
  if (fails.length > 0) return { verdict: 'fail', reasons: [...fails.map((f) => f.title), ...unreadable] };
  if (warns.length > 0) return { verdict: 'warn', reasons: [...warns.map((f) => f.title), ...unreadable] };
  if (unreadable.length > 0) return { verdict: 'inconclusive', reasons: unreadable };
  if (!compared) return { verdict: 'inconclusive', reasons: ['no base runs to compare head with'] };
  return { verdict: 'pass', reasons: [] };
}
