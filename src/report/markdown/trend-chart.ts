// Small trend charts for health metrics with a base history: the recorded base runs, oldest
// first, then this head, as a mermaid `xychart-beta` block (GitHub renders mermaid in comments
// and job summaries). Labels are short commit ids reduced to hex; values are finite numbers.

import type { Trend } from '../report.js';

export function trendCharts(trends: readonly Trend[] | undefined): string {
  const drawn = (trends ?? []).filter((t) => t.base.length >= 2 && Number.isFinite(t.head));
  if (drawn.length === 0) return '';
  return ['### Trends', '', ...drawn.map(trendChart), ''].join('\n');
}

function trendChart(trend: Trend): string {
  const labels = [...trend.base.map((b) => `"${b.commit.replace(/[^0-9a-f]/gi, '').slice(0, 7) || '?'}"`), '"head"'];
  const values = [...trend.base.map((b) => b.value), trend.head].map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0));
  const top = Math.max(...values) * 1.1 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${trend.title}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${trend.unit}" 0 --> ${Number(top.toPrecision(3))}`,
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n');
}
