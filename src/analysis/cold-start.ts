// Cold start across jobs (docs/statistics.md §6): while the history holds fewer than five
// entries, the between-job noise of hotspot shares is unknown, so a hotspot measured against a
// base from another job can at most warn, and says that `mode: ab` compares within one job.

import type { Finding } from '../model/finding.js';
import type { AnalysisContext } from './analysis-context.js';
import { minHistoryEntries } from './stats/between-job-noise.js';

export const coldStartNote =
  'base ran in another job and the history has fewer than 5 entries: the between-job noise is not known yet, so this can at most warn; `mode: ab` runs base and head in one job and can fail';

export function isColdStart(context: AnalysisContext): boolean {
  return context.crossJob === true && (context.history?.entries.length ?? 0) < minHistoryEntries;
}

export function capColdStartHotspots(findings: Finding[], context: AnalysisContext): Finding[] {
  if (!isColdStart(context)) return findings;
  return findings.map((f): Finding => {
    if (f.severity !== 'fail' || f.id !== 'hotspot.regression') return f;
    const caveats = [...f.evidence.caveats, { code: 'cold-start' as const, text: coldStartNote }];
    return { ...f, severity: 'warn', evidence: { ...f.evidence, caveats, crossJob: { method: 'cold-start' } } };
  });
}
