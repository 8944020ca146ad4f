// The analysis entry point: health checks over every run, profile comparisons between base and
// head per kind and sample type, the hotspot rule, and the verdict. Pure: runs in, result out.

import type { Run } from '../model/artifact.js';
import type { Config } from '../model/config.js';
import { compareSeverity, type Finding } from '../model/finding.js';
import type { AnalysisContext } from './analysis-context.js';
import { analyzeBenchmarks } from './bench/analyze-benchmarks.js';
import { applyCostShift } from './bench/cost-shift.js';
import { healthChecks } from './health/checks/index.js';
import { compareRuns } from './profile/compare-runs.js';
import { groupProfiles, type ProfileGroup } from './profile/group-profiles.js';
import type { ProfileComparison } from './profile/profile-comparison.js';
import { culpritTest } from './culprit/user-code.js';
import { linkCostClasses } from './culprit/link-classes.js';
import { hotspotFindings } from './rules/hotspot-findings.js';
import { significanceRule } from './rules/hotspot-rule.js';
import { runnerFindings } from './runner-findings.js';
import { applyHotspotBetweenJob } from './stats/hotspot-between-job.js';
import { entriesForHead } from './analysis-context.js';
import { capColdStartHotspots } from './cold-start.js';
import { unreadableInputFindings, type InputSeen } from './unreadable-inputs.js';
import { verdictOf, type Verdict } from './verdict.js';

export interface AnalysisResult {
  verdict: Verdict;
  reasons: string[];
  /** Most severe first. */
  findings: Finding[];
  comparisons: ProfileComparison[];
  /** Profile kinds present on one side only. */
  unmatched: { kind: string; side: 'base' | 'head' }[];
}

/** `inputs`: every file read, so that one unreadable or missing on one side is a finding (unreadable-inputs.ts). */
export function analyze(
  base: readonly Run[],
  head: readonly Run[],
  config: Config,
  context: AnalysisContext = {},
  inputs: readonly InputSeen[] = [],
): AnalysisResult {
  const groups = groupProfiles(base, head, { forTests: true });
  const comparable = groups.filter((g) => g.base.length > 0 && g.head.length > 0);
  const comparisons: ProfileComparison[] = [];
  const headProfilesOf = new Map<ProfileComparison, ProfileGroup>();
  for (const group of comparable) {
    for (const sampleType of group.sampleTypes) {
      const comparison = compareRuns(group.kind, sampleType, group.base, group.head, config.hotspots);
      comparisons.push(comparison);
      headProfilesOf.set(comparison, group);
    }
  }
  const headProfiles = (d: { comparison: ProfileComparison }) =>
    headProfilesOf.get(d.comparison)?.head.flatMap((r) => r.profiles) ?? [];
  const runsOf = (c: ProfileComparison) => ({
    base: headProfilesOf.get(c)?.base ?? [],
    head: headProfilesOf.get(c)?.head ?? [],
  });
  if (context.crossJob && context.history) applyHotspotBetweenJob(comparisons, entriesForHead(context).entries);
  const benchmarks = analyzeBenchmarks(base, head, config.benchmarks, context);
  const tested = significanceRule.decide(comparisons, config.hotspots);
  const costShift = { benchmarks: benchmarks.decisions, headProfiles, base, head, qWarn: config.benchmarks.qWarn };
  const decisions = config.hotspots.costShift === 'on' ? applyCostShift(tested, costShift) : tested;
  const names = comparisons.flatMap((c) => c.functions.map((f) => f.key));
  const { test: isCulprit } = culpritTest(config.modules ?? [], names);
  const hotspotsFound = hotspotFindings(decisions, { runsOf, warnPoints: config.hotspots.warn.sharePoints, isCulprit });
  const hotspots = capColdStartHotspots(hotspotsFound, context);
  const health = healthChecks.flatMap((check) => check.run({ base: [...base], head: [...head], config, context }));
  const unreadable = inputs.length ? unreadableInputFindings(inputs, { base: base.length, head: head.length }) : [];
  const findings = [...hotspots, ...benchmarks.findings, ...health, ...runnerFindings(context), ...unreadable];
  linkCostClasses(findings);
  findings.sort((a, b) => compareSeverity(b.severity, a.severity) || findingWeight(b) - findingWeight(a));
  const compared = base.length > 0 && (comparisons.length > 0 || benchmarks.decisions.length > 0);
  return { ...verdictOf(findings, compared), findings, comparisons, unmatched: unmatchedKinds(groups) };
}

/** Time first (cpu), then memory, then waiting: within a severity, then by share change. */
const kindOrder = [
  'cpu',
  'trace-cpu',
  'allocs',
  'heap',
  'block',
  'mutex',
  'goroutine',
  'threadcreate',
  'folded',
  'other',
];

function findingWeight(f: Finding): number {
  const hotspot = f.id === 'hotspot.regression' ? f.evidence : undefined;
  const kind = kindOrder.indexOf(hotspot?.profileKind ?? 'other');
  return (
    (kindOrder.length - (kind < 0 ? kindOrder.length : kind)) * 1000 + Math.min(999, hotspot?.change.sharePoints ?? 0)
  );
}

function unmatchedKinds(groups: ProfileGroup[]): AnalysisResult['unmatched'] {
  return groups
    .filter((g) => g.base.length === 0 || g.head.length === 0)
    .map((g) => ({ kind: g.kind, side: g.base.length === 0 ? ('head' as const) : ('base' as const) }));
}
