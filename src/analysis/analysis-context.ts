// What an analysis knows beyond the runs: whether base and head ran in different jobs (a baseline
// recorded earlier, on another runner), the recorded history of base jobs, and where head ran.
// Same-job comparisons (`mode: ab`, `baseline-path`) leave `crossJob` off and keep the
// within-job noise model (docs/statistics.md §6).

import type { BaselineHistory } from '../model/baseline-history.js';
import type { RunnerFingerprint } from '../model/runner-fingerprint.js';

export interface AnalysisContext {
  /** Base was measured in another job: the between-job noise applies to time-like metrics. */
  crossJob?: boolean;
  history?: BaselineHistory;
  headFingerprint?: RunnerFingerprint;
  baseFingerprint?: RunnerFingerprint;
}

/** The entries a band or a noise estimate should use: those of head's CPU model when five exist. */
export function entriesForHead(
  context: AnalysisContext,
  minEntries = 5,
): { entries: BaselineHistory['entries']; cpuModel?: string; otherCpu: number } {
  const all = context.history?.entries ?? [];
  const cpu = context.headFingerprint?.cpuModel;
  const other = all.filter((e) => cpu && e.fingerprint?.cpuModel && e.fingerprint.cpuModel !== cpu).length;
  if (!cpu) return { entries: all, otherCpu: 0 };
  const same = all.filter((e) => e.fingerprint?.cpuModel === cpu);
  if (same.length >= minEntries) return { entries: same, cpuModel: cpu, otherCpu: other };
  return { entries: all, otherCpu: other };
}
