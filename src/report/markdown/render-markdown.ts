// Assembles the markdown comment (and job summary) from its sections in priority order, and
// keeps it under a size limit by dropping the lowest-priority sections first, saying which.

import type { Report } from '../report.js';
import { benchmarkTable, footer, headline, healthTable, notes, regressionTable, topChanges } from './sections.js';
import { trendCharts } from './trend-chart.js';

/** GitHub's limit for an issue comment body. */
export const commentLimit = 65_536;
/** GitHub's limit for one step's job summary. */
export const summaryLimit = 1024 * 1024;

interface Section {
  name: string;
  text: string;
  /** Lower is dropped first. */
  priority: number;
}

/** The hidden marker that finds our sticky comment again; the key is reduced to safe characters. */
export function commentMarker(key: string): string {
  return `<!-- perfgate:comment:${key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)} -->`;
}

export function renderMarkdown(report: Report, limit = commentLimit): string {
  const sections: Section[] = [
    { name: 'headline', text: headline(report), priority: 100 },
    { name: 'regressions', text: regressionTable(report.findings), priority: 90 },
    { name: 'benchmarks', text: benchmarkTable(report.findings), priority: 85 },
    { name: 'health', text: healthTable(report.findings, ['fail', 'warn']), priority: 80 },
    ...report.comparisons.map((c, i) => ({ name: `top changes (${c.profileKind} ${c.sampleType})`, text: topChanges(c), priority: 40 - i / 100 })),
    { name: 'other findings', text: healthTable(report.findings, ['info']), priority: 30 },
    { name: 'trends', text: trendCharts(report.trends), priority: 35 },
  ].filter((s) => s.text !== '');
  const dropped: string[] = [];
  const build = (): string => {
    const kept = sections.filter((s) => !dropped.includes(s.name));
    const droppedNote = dropped.length ? [`Dropped to fit GitHub's size limit: ${dropped.join(', ')} (see the full report artifact).`] : [];
    return [commentMarker(report.key), ...kept.map((s) => s.text), notes(report, droppedNote), footer(report)].filter(Boolean).join('\n\n') + '\n';
  };
  let text = build();
  const droppable = [...sections].filter((s) => s.priority < 100).sort((a, b) => a.priority - b.priority);
  while (text.length > limit && droppable.length > 0) {
    dropped.push((droppable.shift() as Section).name);
    text = build();
  }
  return text.length > limit ? `${text.slice(0, limit - 80)}\n\n…cut to fit GitHub's size limit.\n` : text;
}
