// Turns hotspot decisions into `hotspot.regression` findings about the user's own functions.
// Per comparison: a flagged frame outside the user's code is charged to its nearest user callers
// on the stacks where it grew (attribute-frame.ts) when one caller explains at least half of the
// growth; it is context (dropped) when user callees below it explain it (`testing.(*B).runN`);
// runtime frames explained by neither fold into one row per runtime cost class; the rest stand
// alone. A user function's cum rise is context when flagged user callees explain it.

import { compareSeverity, type Finding } from '../../model/finding.js';
import type { Profile } from '../../model/profile.js';
import { attributeFrame, type Part } from '../culprit/attribute-frame.js';
import type { Attribution, ViaFrame } from '../../model/attribution-evidence.js';
import type { CostClassId } from '../culprit/cost-class.js';
import { benchmarksByFunction, sourceSpans } from '../culprit/stack-context.js';
import type { CulpritTest } from '../culprit/user-code.js';
import { ancestorsAmong, pointsBelow } from '../profile/ancestry.js';
import type { RunProfiles } from '../profile/compare-runs.js';
import type { ProfileComparison } from '../profile/profile-comparison.js';
import { classFinding } from './class-finding.js';
import { fmtPoints, toFinding } from './hotspot-finding.js';
import type { HotspotDecision } from './hotspot-rule.js';

export interface HotspotContext {
  runsOf: (c: ProfileComparison) => { base: RunProfiles[]; head: RunProfiles[] };
  warnPoints: number;
  isCulprit: CulpritTest;
}

export function hotspotFindings(decisions: readonly HotspotDecision[], ctx: HotspotContext): Finding[] {
  const byComparison = new Map<ProfileComparison, HotspotDecision[]>();
  for (const d of decisions) {
    const list = byComparison.get(d.comparison);
    if (list) list.push(d);
    else byComparison.set(d.comparison, [d]);
  }
  const findings: Finding[] = [];
  for (const [comparison, group] of byComparison)
    for (const f of comparisonFindings(comparison, group, ctx)) findings.push(f);
  return findings;
}

interface Charged {
  via: ViaFrame[];
  decisions: HotspotDecision[];
}

function comparisonFindings(c: ProfileComparison, group: HotspotDecision[], ctx: HotspotContext): Finding[] {
  const runs = ctx.runsOf(c);
  const own = bestPerFunction(group.filter((d) => ctx.isCulprit(d.fn.key)));
  const charged = new Map<string, Charged>();
  const classes = new Map<CostClassId, HotspotDecision[]>();
  const alone: HotspotDecision[] = [];
  for (const d of bestPerFunction(group.filter((d) => !ctx.isCulprit(d.fn.key))).values()) {
    const query = {
      frame: d.fn.key,
      leafOnly: d.metric === 'flat',
      sampleType: c.sampleType.type,
      isCulprit: ctx.isCulprit,
    };
    const outcome = decide(attributeFrame(query, runs.base, runs.head));
    if (outcome.kind === 'caller') {
      for (const p of outcome.parts) {
        const entry = charged.get(p.target) ?? { via: [], decisions: [] };
        entry.via.push({
          function: d.fn.key,
          metric: d.metric,
          sharePoints: p.points,
          frameSharePoints: outcome.total,
          severity: d.severity,
        });
        entry.decisions.push(d);
        charged.set(p.target, entry);
      }
    } else if (outcome.kind === 'class') {
      const id = outcome.target as CostClassId;
      classes.set(id, [...(classes.get(id) ?? []), d]);
    } else if (outcome.kind === 'none') alone.push(d);
  }
  const headProfiles = runs.head.flatMap((r) => r.profiles);
  const findings = userFindings(c, own, charged, ctx, headProfiles);
  for (const [id, decisions] of classes) findings.push(classFinding(id, decisions, runs));
  for (const d of alone) findings.push(toFinding(d));
  return findings;
}

interface Outcome {
  kind: 'caller' | 'callee' | 'class' | 'none';
  parts: Part[];
  target: string;
  total: number;
}

/** Callers when one explains half the growth; else callees (context); else a class; else alone. */
function decide(parts: Part[]): Outcome {
  const total = parts.reduce((a, p) => a + p.points, 0);
  const none: Outcome = { kind: 'none', parts: [], target: '', total };
  if (!(total > 0)) return none;
  const callers = parts.filter((p) => p.kind === 'caller');
  if ((callers[0]?.points ?? 0) >= total / 2)
    return { kind: 'caller', parts: callers.filter((p) => p.points >= total / 4), target: '', total };
  const callees = parts.filter((p) => p.kind === 'callee').reduce((a, p) => a + p.points, 0);
  if (callees >= total / 2) return { kind: 'callee', parts: [], target: '', total };
  // A generic runtime frame (`runtime.systemstack`) spread over several classes goes to the largest.
  const classes = parts.filter((p) => p.kind === 'class');
  const cls = classes[0];
  if (cls && classes.reduce((a, p) => a + p.points, 0) >= total / 2)
    return { kind: 'class', parts: [cls], target: cls.target, total };
  return none;
}

/** One decision per function: the more severe, flat before cum when equally severe. */
function bestPerFunction(decisions: readonly HotspotDecision[]): Map<string, HotspotDecision> {
  const best = new Map<string, HotspotDecision>();
  for (const d of decisions) {
    const other = best.get(d.fn.key);
    const bySeverity = other ? compareSeverity(d.severity, other.severity) : 1;
    if (!other || bySeverity > 0 || (bySeverity === 0 && d.metric === 'flat' && other.metric === 'cum'))
      best.set(d.fn.key, d);
  }
  return best;
}

function userFindings(
  c: ProfileComparison,
  own: Map<string, HotspotDecision>,
  charged: Map<string, Charged>,
  ctx: HotspotContext,
  headProfiles: readonly Profile[],
): Finding[] {
  const fnByKey = new Map(c.functions.map((f) => [f.key, f]));
  const points = new Map<string, number>();
  const decisionOf = new Map<string, HotspotDecision>();
  for (const key of new Set([...own.keys(), ...charged.keys()])) {
    const d = own.get(key) ?? synthesized(charged.get(key), fnByKey.get(key));
    if (!d) continue;
    decisionOf.set(key, d);
    const viaPoints = largestPart(charged.get(key)?.via ?? []);
    points.set(key, Math.max(own.has(key) ? d.fn[d.metric].sharePoints : 0, viaPoints));
  }
  const benchmarksOf = benchmarksByFunction(headProfiles, c.sampleType.type);
  const spans = sourceSpans(headProfiles);
  const below = pointsBelow(ancestorsAmong(headProfiles, new Set(decisionOf.keys())), points);
  const findings: Finding[] = [];
  for (const [key, d] of decisionOf) {
    const via = charged.get(key)?.via ?? [];
    if (
      via.length === 0 &&
      d.metric === 'cum' &&
      explainedBelow(below.get(key) ?? 0, d.fn.cum.sharePoints, ctx.warnPoints)
    )
      continue;
    via.sort((a, b) => b.sharePoints - a.sharePoints);
    const title = own.has(key)
      ? undefined
      : `${key}: ${fmtPoints(largestPart(via))} ${c.sampleType.type} share via ${via[0]?.function ?? ''}`;
    const finding = toFinding(d, title);
    const attribution: Attribution = {
      own: own.has(key),
      via,
      benchmarks: benchmarksOf(key),
      source: spans.get(key) ?? null,
    };
    finding.evidence['attribution'] = attribution;
    findings.push(finding);
  }
  return findings;
}

/** Nested frames (`mallocgc` under `makeslice`) overlap: the largest part stands for them all. */
function largestPart(via: readonly ViaFrame[]): number {
  return via.reduce((a, v) => Math.max(a, v.sharePoints), 0);
}

/** Culprits below a function on head's stacks together explain its cum rise (within the warn floor). */
function explainedBelow(below: number, cumPoints: number, warnPoints: number): boolean {
  return below > 0 && below + warnPoints >= cumPoints;
}

/** A finding for a user function that only non-user frames were charged to: its cum values. */
function synthesized(charged: Charged | undefined, fn: HotspotDecision['fn'] | undefined): HotspotDecision | undefined {
  if (!charged || !fn) return undefined;
  let worst = charged.decisions[0] as HotspotDecision;
  for (const d of charged.decisions) if (compareSeverity(d.severity, worst.severity) > 0) worst = d;
  const caveats = [...new Set(charged.decisions.flatMap((d) => d.caveats))];
  const q = charged.decisions.reduce((a, d) => Math.min(a, d.q), 1);
  return { comparison: worst.comparison, fn, metric: 'cum', severity: worst.severity, q, caveats };
}
