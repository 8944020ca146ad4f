// The tables beside the interactive flame graph: the gate's regression findings for this
// profile kind and sample type and the "top changes" rows, as plain strings (the page assigns
// them as text). Taken from the Report so they say exactly what the PR comment says.

import { isFinding, type Finding, type FindingOf } from '../../model/finding.js';
import type { ValueType } from '../../model/profile.js';
import { sanitizeText } from '../escape.js';
import { readAttribution } from '../culprit-evidence.js';
import { formatInterval, formatPercent, formatPoints, formatQ, formatRise, formatValue } from '../format-values.js';
import type { ComparisonSummary } from '../report.js';

export interface SideTables {
  regressionColumns: string[];
  regressions: string[][];
  changeColumns: string[];
  changes: string[][];
}

/** `sampleType` as findings name it: `type/unit` (a bare `type` matches too). */
export function sideTables(
  findings: readonly Finding[],
  comparison: ComparisonSummary | undefined,
  kind: string,
  sampleType: ValueType,
): SideTables {
  const names = [sampleType.type, `${sampleType.type}/${sampleType.unit}`];
  const regressions = findings
    .filter((f) => isFinding(f, 'hotspot.regression'))
    .filter((f) => f.severity !== 'info' && f.evidence.profileKind === kind && names.includes(f.evidence.sampleType))
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
    regressionColumns: ['Function', 'Level', 'Share base → head', 'Change [95% CI]', 'q', 'Via / explained by'],
    regressions,
    changeColumns: ['Function', 'Flat base → head (mean per run)', 'Flat share Δ', 'Cum share Δ', ''],
    changes,
  };
}

function regressionRow(f: FindingOf<'hotspot.regression'>): string[] {
  const e = f.evidence;
  const s = e.stats;
  return [
    sanitizeText(f.subject.key),
    `${f.severity} (${e.metric})`,
    `${formatPercent(e.base.sharePercent)} → ${formatPercent(e.head.sharePercent)} (${formatPoints(e.change.sharePoints)})`,
    s
      ? `${formatRise(e.base.sharePercent, e.head.sharePercent, 1 + s.effect, formatPercent)} ${formatInterval(s.effectLow ?? undefined, s.effectHigh ?? undefined)}`
      : '~',
    s && typeof s.q === 'number' ? formatQ(f.severity === 'fail' ? (s.qStrict ?? s.q) : s.q) : '~',
    explanation(f),
  ];
}

/** The same culprit story as the comment: frames charged to the function, or what explains a class. */
function explanation(f: Finding): string {
  const a = readAttribution(f);
  if (a.costClass)
    return sanitizeText(
      [...a.costClass.health, ...a.costClass.allocators.map((x) => `allocations in ${x}`)].join('; '),
    );
  return sanitizeText(
    a.via
      .slice(0, 2)
      .map((v) => `via ${v.function} (${formatPoints(v.sharePoints)})`)
      .join(', '),
  );
}
