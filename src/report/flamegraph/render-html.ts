// The self-contained interactive flame graph page: one HTML file with its style, script and data
// inline, a Content-Security-Policy that allows only those exact inline blocks (by hash) and no
// network at all, and the data as JSON in which `<`, `>`, `&`, U+2028 and U+2029 are escaped.

import { createHash } from 'node:crypto';
import { sanitizeText } from '../escape.js';
import { formatValue } from '../format-values.js';
import { darkText, legendStops } from './colour-scale.js';
import { frameChange, type FlameGraph } from './flame-graph.js';
import { frameTooltip, graphTitle, legendLines, shortName } from './frame-text.js';
import { pageScript, pageStyle } from './page-script.js';
import type { SideTables } from './side-tables.js';

/** JSON that is safe inside a <script> element and in any JavaScript source. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function renderFlameGraphHtml(g: FlameGraph, tables: SideTables): string {
  const title = graphTitle(g);
  const style = pageStyle;
  const script = pageScript;
  const csp = `default-src 'none'; style-src '${sha256(style)}'; script-src '${sha256(script)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>perfgate flame graph</title>',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header><h1 id="title"></h1><div id="legend"></div>',
    '<div class="controls"><input id="search" type="search" placeholder="Search functions (substring)" aria-label="Search functions"><span id="matches"></span>',
    '<label>Colour by <select id="colour-by"><option value="self">self change</option><option value="total">total change</option></select></label>',
    '<button id="reset" type="button">Reset zoom</button></div></header>',
    '<main><div id="chart"></div><aside><h2>Regressions</h2><table id="regressions"></table><h2>Top changes</h2><table id="changes"></table></aside></main>',
    '<div id="tooltip" hidden></div>',
    `<script type="application/json" id="flame-data">${scriptSafeJson(pageData(g, title, tables))}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Frames as rows of [name, label, depth, x, width, kind, head, colours, dark text, tooltip, parent]. */
function pageData(g: FlameGraph, title: string, tables: SideTables): unknown {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const intern = (s: string): number => {
    let i = nameIndex.get(s);
    if (i === undefined) {
      i = names.push(s) - 1;
      nameIndex.set(s, i);
    }
    return i;
  };
  const unit = g.sampleType.unit;
  const frames = g.frames.map((f) => [
    intern(sanitizeText(f.name)),
    intern(sanitizeText(f.depth === 0 ? `all (${g.kind} ${g.sampleType.type})` : shortName(f.name))),
    f.depth,
    round(f.x),
    round(f.width),
    f.kind,
    round(f.head),
    f.colour.self,
    f.colour.total,
    darkText(frameChange(f, 'self'), g.maxChange.self) ? 1 : 0,
    darkText(frameChange(f, 'total'), g.maxChange.total) ? 1 : 0,
    frameTooltip(f, g),
    f.parent,
  ]);
  const stops = (by: 'self' | 'total') =>
    legendStops(g.maxChange[by]).map((s) => ({
      colour: s.colour,
      label: `${s.value >= 0 ? '+' : '−'}${formatValue(Math.abs(s.value), unit)}`,
    }));
  const range = (by: 'self' | 'total') => `±${formatValue(g.maxChange[by], unit)}`;
  return {
    title: sanitizeText(title),
    unit,
    headTotal: g.headTotal,
    legend: { self: legendLines(g, 'self'), total: legendLines(g, 'total') },
    scale: { self: stops('self'), total: stops('total') },
    scaleLabel: { self: range('self'), total: range('total') },
    names,
    frames,
    tables,
  };
}

function round(x: number): number {
  return Math.abs(x) >= 1000 ? Math.round(x) : Math.round(x * 1000) / 1000;
}
