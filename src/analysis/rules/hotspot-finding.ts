// The shape of one `hotspot.regression` finding built from a hotspot decision (its evidence is
// documented in docs/report-schema.md); attribution fields are added by hotspot-findings.ts.

import type { FindingOf } from '../../model/finding.js';
import type { HotspotDecision } from './hotspot-rule.js';

export function toFinding(d: HotspotDecision, title?: string): FindingOf<'hotspot.regression'> {
  const { comparison: c, fn, metric } = d;
  const value = fn[metric];
  const test = value.test;
  const sampleType = `${c.sampleType.type}/${c.sampleType.unit}`;
  return {
    id: 'hotspot.regression',
    severity: d.severity,
    title:
      title ??
      `${fn.key}: ${metric} ${c.sampleType.type} share ${fmtPct(value.base.sharePercent)} → ${fmtPct(value.head.sharePercent)} (${fmtChange(test?.effect ?? value.ratio - 1)})`,
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
      change: {
        delta: finite(value.delta),
        ratio: finite(value.ratio),
        sharePoints: value.sharePoints,
        countDeltaPerRun: value.countDeltaPerRun,
      },
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

export function fmtPct(x: number): string {
  return `${x.toFixed(2)}%`;
}

export function fmtPoints(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} pp`;
}

function fmtChange(x: number): string {
  if (!Number.isFinite(x)) return 'new';
  if (x >= 9) return `×${(x + 1).toPrecision(2)}`;
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
