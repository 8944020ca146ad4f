// Small trend charts for health metrics with a base history: the recorded base runs, oldest
// first, then this head, as a mermaid `xychart-beta` block (GitHub renders mermaid in comments
// and job summaries). A report can come from a fork (comment mode), so everything is reduced to
// inert text here: commit labels to hex, titles and units to letters, digits and a few signs,
// values to finite numbers.

import type { Trend } from '../report.js';
import { textOf } from '../../model/unknown-value.js';

export function trendCharts(trends: readonly Trend[] | undefined): string {
  const drawn = (isTrendList(trends) ? trends : [])
    .filter((t) => Array.isArray(t?.base) && t.base.length >= 2 && Number.isFinite(Number(t.head)))
    .slice(0, 10);
  if (drawn.length === 0) return '';
  return ['### Trends', '', ...drawn.map(trendChart), ''].join('\n');
}

/** A report can come from a fork, so `trends` is checked to be an array even though its type says so. */
function isTrendList(trends: unknown): trends is readonly Trend[] {
  return Array.isArray(trends);
}

function trendChart(trend: Trend): string {
  const base = trend.base.slice(-50);
  const labels = [
    ...base.map(
      (b) =>
        `"${
          String(b?.commit ?? '')
            .replace(/[^0-9a-f]/gi, '')
            .slice(0, 7) || '?'
        }"`,
    ),
    '"head"',
  ];
  const values = [...base.map((b) => Number(b?.value)), Number(trend.head)].map((v) =>
    Number.isFinite(v) ? Number(v.toPrecision(4)) : 0,
  );
  const top = Math.max(...values) * 1.1 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${inert(trend.title)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${inert(trend.unit)}" 0 --> ${Number(top.toPrecision(3))}`,
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

/** Letters, digits, spaces and `/ % . -` only, at most 60 characters. */
function inert(text: unknown): string {
  return textOf(text ?? '')
    .replace(/[^A-Za-z0-9 /%.-]/g, '')
    .slice(0, 60);
}
