// Cold start across jobs (docs/statistics.md §6): while the history holds fewer than five
// entries, the between-job noise is unknown, so a time-like benchmark unit or a hotspot share
// measured against a base from another job can at most warn, and says that `mode: ab` compares
// within one job. One caveat text for both.

import type { Caveat } from '../model/caveat.js';
import type { Finding } from '../model/finding.js';
import type { AnalysisContext } from './analysis-context.js';
import { minHistoryEntries } from './stats/between-job-noise.js';

/** The caveat of a time-like measure capped at warn: what was capped and how many entries the history has. */
export function coldStartCaveat(what: string, entries: number): Caveat {
  return {
    code: 'cold-start',
    text:
      `base ran in another job and the history has ${entries} of the ${minHistoryEntries} entries needed to learn ` +
      `the between-job noise: ${what} can at most warn; \`mode: ab\` runs base and head in one job and can fail`,
  };
}

export function isColdStart(context: AnalysisContext): boolean {
  return context.crossJob === true && (context.history?.entries.length ?? 0) < minHistoryEntries;
}

export function capColdStartHotspots(findings: Finding[], context: AnalysisContext): Finding[] {
  if (!isColdStart(context)) return findings;
  return findings.map((f): Finding => {
    if (f.severity !== 'fail' || f.id !== 'hotspot.regression') return f;
    const entries = context.history?.entries.length ?? 0;
    const caveats = [...f.evidence.caveats, coldStartCaveat(`${f.evidence.sampleType} shares`, entries)];
    return { ...f, severity: 'warn', evidence: { ...f.evidence, caveats, crossJob: { method: 'cold-start' } } };
  });
}
