// Turns hotspot decisions into `hotspot.regression` findings, one per function and profile (the
// more severe of flat and cum). A cum decision is context, not a finding, when a flagged callee
// in user code explains its rise (its share rose as much, within the warn floor): the callee is
// the news.
// Standard-library callees explain nothing: the user's function that calls them is named.

import { compareSeverity, type Finding, type FindingOf } from '../../model/finding.js';
import type { Profile } from '../../model/profile.js';
import { ancestorsAmong } from '../profile/ancestry.js';
import type { HotspotDecision } from './hotspot-rule.js';

export function hotspotFindings(decisions: readonly HotspotDecision[], headProfiles: (d: HotspotDecision) => Profile[], warnPoints: number): Finding[] {
  const byComparison = new Map<object, HotspotDecision[]>();
  for (const d of decisions) byComparison.set(d.comparison, [...(byComparison.get(d.comparison) ?? []), d]);
  const findings: Finding[] = [];
  for (const group of byComparison.values()) {
    const ancestors = ancestorsAmong(headProfiles(group[0] as HotspotDecision), new Set(group.map((d) => d.fn.key)));
    const explainedBy = (d: HotspotDecision): HotspotDecision | undefined =>
      group.find((o) => o.fn.key !== d.fn.key && isUserCode(o.fn.key) && ancestors.get(o.fn.key)?.has(d.fn.key) && o.fn[o.metric].sharePoints + warnPoints >= d.fn.cum.sharePoints);
    const kept = new Map<string, HotspotDecision>();
    for (const d of group) {
      if (d.metric === 'cum' && explainedBy(d)) continue;
      const other = kept.get(d.fn.key);
      if (!other || outranks(d, other)) kept.set(d.fn.key, d);
    }
    for (const d of kept.values()) findings.push(toFinding(d));
  }
  return findings;
}

/** One finding per function: the more severe decision, flat before cum when equally severe. */
function outranks(d: HotspotDecision, other: HotspotDecision): boolean {
  const bySeverity = compareSeverity(d.severity, other.severity);
  return bySeverity > 0 || (bySeverity === 0 && d.metric === 'flat' && other.metric === 'cum');
}

/** Not the Go standard library or runtime: the first path element has a dot (a module domain), or it is package main. */
export function isUserCode(functionName: string): boolean {
  const firstElement = functionName.split('/')[0] ?? '';
  return functionName.startsWith('main.') || (firstElement.includes('.') && !/^[a-z0-9_]+\.[^/]*$/.test(functionName));
}

function toFinding(d: HotspotDecision): FindingOf<'hotspot.regression'> {
  const { comparison: c, fn, metric } = d;
  const value = fn[metric];
  const test = value.test;
  const sampleType = `${c.sampleType.type}/${c.sampleType.unit}`;
  return {
    id: 'hotspot.regression',
    severity: d.severity,
    title: `${fn.key}: ${metric} ${c.sampleType.type} share ${fmtPct(value.base.sharePercent)} → ${fmtPct(value.head.sharePercent)} (${fmtChange(test?.effect ?? value.ratio - 1)})`,
    subject: { kind: 'function', key: fn.key },
    evidence: {
      profileKind: c.kind,
      sampleType,
      metric,
      normalization: c.normalization,
      file: fn.file,
      line: fn.line,
      base: { mean: finite(value.base.mean), sharePercent: value.base.sharePercent, runs: value.base.runs },
      head: { mean: finite(value.head.mean), sharePercent: value.head.sharePercent, runs: value.head.runs },
      change: { delta: finite(value.delta), ratio: finite(value.ratio), sharePoints: value.sharePoints, countDeltaPerRun: value.countDeltaPerRun },
      stats: test
        ? {
            nBase: c.baseRuns.length,
            nHead: c.headRuns.length,
            effect: test.effect,
            effectLow: finite(test.effectLow),
            effectHigh: finite(test.effectHigh),
            p: test.pWorse,
            q: d.q,
            dispersion: finite(test.dispersion),
            df: finite(test.df),
          }
        : null,
      caveats: d.caveats,
    },
  };
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function fmtPct(x: number): string {
  return `${x.toFixed(2)}%`;
}

function fmtChange(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
