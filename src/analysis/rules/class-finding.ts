// One `hotspot.regression` finding per runtime cost class of a comparison, folding the flagged
// runtime frames that no user function explains. Its shares are the class's own (every sample
// the class covers); its test is the strongest folded frame's. Health findings and allocating
// functions are linked in afterwards (culprit/link-classes.ts).

import { compareSeverity, type Finding } from '../../model/finding.js';
import type { CostClassEvidence } from '../../model/attribution-evidence.js';
import { costClasses, type CostClassId } from '../culprit/cost-class.js';
import { benchmarksOf, classShares } from '../culprit/stack-context.js';
import { classOfStack } from '../culprit/cost-class.js';
import type { RunProfiles } from '../profile/compare-runs.js';
import { fmtPct, fmtPoints, toFinding } from './hotspot-finding.js';
import type { HotspotDecision } from './hotspot-rule.js';

export function classFinding(
  id: CostClassId,
  decisions: readonly HotspotDecision[],
  runs: { base: RunProfiles[]; head: RunProfiles[] },
): Finding {
  const cls = costClasses[id];
  let worst = decisions[0] as HotspotDecision;
  for (const d of decisions) {
    const bySeverity = compareSeverity(d.severity, worst.severity);
    if (bySeverity > 0 || (bySeverity === 0 && d.fn[d.metric].sharePoints > worst.fn[worst.metric].sharePoints))
      worst = d;
  }
  const type = worst.comparison.sampleType.type;
  const basePercent = classShares(type, runs.base).get(id) ?? 0;
  const headPercent = classShares(type, runs.head).get(id) ?? 0;
  const sharePoints = headPercent - basePercent;
  const label = `runtime: ${cls.label}`;
  const finding = toFinding(
    worst,
    `${label}: ${fmtPct(basePercent)} → ${fmtPct(headPercent)} of ${type} (${fmtPoints(sharePoints)})`,
  );
  finding.subject = { kind: 'function', key: label };
  const headProfiles = runs.head.flatMap((r) => r.profiles);
  const evidence: CostClassEvidence = {
    id,
    metric: cls.metric,
    label: cls.label,
    frames: decisions.map((d) => d.fn.key),
    basePercent,
    headPercent,
    sharePoints,
    health: [],
    allocators: [],
    benchmarks: benchmarksOf(headProfiles, type, (names) => classOfStack(names) === id),
  };
  const e = finding.evidence;
  e.base = { ...e.base, sharePercent: basePercent };
  e.head = { ...e.head, sharePercent: headPercent };
  e.change = { ...e.change, sharePoints, ratio: basePercent > 0 ? headPercent / basePercent : null };
  e.costClass = evidence;
  return finding;
}
