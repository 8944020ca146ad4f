// The tables beside the interactive flame graph: the gate's regression findings for this
// profile kind and sample type and the "top changes" rows, as plain strings (the page assigns
// them as text). Taken from the Report so they say exactly what the PR comment says.

import type { Finding } from '../../model/finding.js';
import type { ValueType } from '../../model/profile.js';
import { sanitizeText } from '../escape.js';
import { formatChange, formatPercent, formatPoints, formatQ, formatValue } from '../format-values.js';
import type { ComparisonSummary } from '../report.js';

export interface SideTables {
  regressionColumns: string[];
  regressions: string[][];
  changeColumns: string[];
  changes: string[][];
}

interface HotspotEvidence {
  profileKind: string;
  sampleType: string;
  metric: string;
  base: { sharePercent: number };
  head: { sharePercent: number };
  change: { sharePoints: number };
  stats: { effect: number; effectLow: number; effectHigh: number; q: number; qStrict?: number } | null;
}

/** `sampleType` as findings name it: `type/unit` (a bare `type` matches too). */
export function sideTables(findings: readonly Finding[], comparison: ComparisonSummary | undefined, kind: string, sampleType: ValueType): SideTables {
  const names = [sampleType.type, `${sampleType.type}/${sampleType.unit}`];
  const regressions = findings
    .filter((f) => f.id === 'hotspot.regression' && f.severity !== 'info')
    .filter((f) => (f.evidence as unknown as HotspotEvidence).profileKind === kind && names.includes((f.evidence as unknown as HotspotEvidence).sampleType))
    .map((f) => regressionRow(f));
  const unit = comparison?.unit ?? '';
  const changes = (comparison?.topChanges ?? []).map((row) => [
    sanitizeText(row.function),
    `${formatValue(row.baseFlat, unit)} → ${formatValue(row.headFlat, unit)}`,
    formatPoints(row.flatSharePoints),
    formatPoints(row.cumSharePoints),
    row.significant ? '' : '~',
  ]);
  return {
    regressionColumns: ['Function', 'Level', 'Share base → head', 'Change [95% CI]', 'q'],
    regressions,
    changeColumns: ['Function', 'Flat base → head (mean per run)', 'Flat share Δ', 'Cum share Δ', ''],
    changes,
  };
}

function regressionRow(f: Finding): string[] {
  const e = f.evidence as unknown as HotspotEvidence;
  const s = e.stats;
  return [
    sanitizeText(f.subject.key),
    `${f.severity} (${e.metric})`,
    `${formatPercent(e.base.sharePercent)} → ${formatPercent(e.head.sharePercent)} (${formatPoints(e.change.sharePoints)})`,
    s ? `${formatChange(s.effect)} [${formatChange(s.effectLow)}, ${formatChange(s.effectHigh)}]` : '~',
    s && typeof s.q === 'number' ? formatQ(f.severity === 'fail' ? (s.qStrict ?? s.q) : s.q) : '~',
  ];
}
