// The static SVG differential flame graph: no script, tooltips by <title>, every name escaped
// through escape.ts. Root on top (an icicle, like pprof's and speedscope's views).

import { escapeXml, sanitizeText } from '../escape.js';
import { formatValue } from '../format-values.js';
import { darkText, legendStops } from './colour-scale.js';
import { frameChange, type ColourBy, type FlameFrame, type FlameGraph } from './flame-graph.js';
import { frameTooltip, graphTitle, legendLines, shortName } from './frame-text.js';
import { maxOf } from '../../model/extremes.js';

export interface SvgOptions {
  width?: number;
  colourBy?: ColourBy;
}

const frameHeight = 17;
const fontSize = 11;
const charWidth = fontSize * 0.6;
const margin = 10;

export function renderFlameGraphSvg(g: FlameGraph, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const by = options.colourBy ?? 'self';
  const legend = legendLines(g, by);
  const top = margin + 24 + legend.length * 15 + 30;
  const maxDepth = maxOf(
    g.frames.map((f) => f.depth),
    0,
  );
  const height = top + (maxDepth + 1) * frameHeight + margin;
  const scale = g.layoutTotal > 0 ? (width - 2 * margin) / g.layoutTotal : 0;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Verdana, DejaVu Sans, sans-serif" font-size="${fontSize}">`,
    `<style>.f rect{stroke:#fff;stroke-width:0.5}.gone rect{fill-opacity:0.45;stroke:#335;stroke-dasharray:3 2}.other text{font-style:italic}text{pointer-events:none}</style>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${margin}" y="${margin + 14}" font-size="16" font-weight="bold">${escapeXml(graphTitle(g))}</text>`,
    ...legend.map((line, i) => `<text x="${margin}" y="${margin + 38 + i * 15}">${escapeXml(line)}</text>`),
    legendBar(g, by, margin, margin + 38 + legend.length * 15),
  ];
  for (const f of g.frames) {
    if (f.width * scale < 0.3) continue;
    out.push(frameSvg(f, g, by, margin + f.x * scale, top + f.depth * frameHeight, f.width * scale));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function frameSvg(f: FlameFrame, g: FlameGraph, by: ColourBy, x: number, y: number, w: number): string {
  const label = fitLabel(f.depth === 0 ? `all (${g.kind} ${g.sampleType.type})` : shortName(f.name), w);
  const fill = f.colour[by];
  const textFill = darkText(frameChange(f, by), g.maxChange[by]) || f.kind === 'gone' ? '#000' : '#fff';
  const text = label ? `<text x="${fmt(x + 3)}" y="${fmt(y + 12)}" fill="${textFill}">${escapeXml(label)}</text>` : '';
  return `<g class="f ${f.kind}"><title>${frameTooltip(f, g).split('\n').map(escapeXml).join('&#10;')}</title><rect x="${fmt(x)}" y="${y}" width="${fmt(w)}" height="${frameHeight - 1}" fill="${fill}" rx="1"/>${text}</g>`;
}

/** The name cut to the frame's width ("…" marks a cut); empty when not even 3 characters fit. */
export function fitLabel(name: string, widthPx: number): string {
  const chars = Math.floor((widthPx - 6) / charWidth);
  const clean = sanitizeText(name, 1000);
  if (chars < 3) return '';
  return clean.length <= chars ? clean : `${clean.slice(0, chars - 1)}…`;
}

function legendBar(g: FlameGraph, by: ColourBy, x: number, y: number): string {
  const stops = legendStops(g.maxChange[by]);
  const box = 34;
  const parts = stops.map(
    (s, i) => `<rect x="${x + 160 + i * box}" y="${y}" width="${box}" height="12" fill="${s.colour}"/>`,
  );
  const unit = g.sampleType.unit;
  parts.push(`<text x="${x}" y="${y + 10}">shrank ◀ change ▶ grew</text>`);
  parts.push(
    `<text x="${x + 160 + stops.length * box + 6}" y="${y + 10}">−${escapeXml(formatValue(g.maxChange[by], unit))} … 0 … +${escapeXml(formatValue(g.maxChange[by], unit))}</text>`,
  );
  return parts.join('');
}

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}
