// The words of the flame graph, shared by the SVG and HTML renderers: titles, legend lines,
// frame labels and tooltips. Untrusted names are only sanitised here; each renderer escapes
// (SVG) or assigns them as text (HTML).

import { sanitizeText } from '../escape.js';
import { formatValue } from '../format-values.js';
import { frameChange, type ColourBy, type FlameFrame, type FlameGraph } from './flame-graph.js';

export function graphTitle(g: FlameGraph): string {
  return `perfgate differential flame graph: ${g.kind} · ${g.sampleType.type} (${g.sampleType.unit})`;
}

export function legendLines(g: FlameGraph, by: ColourBy): string[] {
  const unit = g.sampleType.unit;
  return [
    `Sample type ${g.sampleType.type} (${unit}). Width: head, ${formatValue(g.headTotal, unit)} in all; base ${formatValue(g.baseTotal, unit)} after normalisation.`,
    `Normalisation: ${g.normalization}.`,
    `Colour: ${by} change, head − base: red grew, blue shrank, same scale both ways (±${formatValue(g.maxChange[by], unit)} is full colour).`,
    `Dashed frames are gone in head (drawn at their base width); "other" merges frames under ${(g.minFrameShare * 100).toFixed(1)}% of the width.`,
  ];
}

/** The last path element of a Go function name: `example.com/shop.findPrice` → `shop.findPrice`. */
export function shortName(name: string): string {
  const slash = name.lastIndexOf('/', name.indexOf('(') >= 0 ? name.indexOf('(') : name.length);
  return slash >= 0 ? name.slice(slash + 1) : name;
}

export function frameTooltip(f: FlameFrame, g: FlameGraph): string {
  const unit = g.sampleType.unit;
  const v = (x: number): string => formatValue(x, unit);
  const share = (x: number): string => (g.headTotal !== 0 ? `${((100 * x) / g.headTotal).toFixed(2)}%` : '–');
  const lines = [
    sanitizeText(f.name),
    f.kind === 'gone' ? 'gone in head (drawn at its base width)' : '',
    f.kind === 'other' ? `${f.merged} small frames merged` : '',
    `head: ${v(f.head)} (${share(f.head)}) · base: ${v(f.base)} (${share(f.base)})`,
    `total change: ${signed(frameChange(f, 'total'), unit)} ${ratio(f.head, f.base)}`,
    f.kind === 'other'
      ? ''
      : `self head: ${v(f.headSelf)} · base: ${v(f.baseSelf)} · change: ${signed(frameChange(f, 'self'), unit)}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function signed(x: number, unit: string): string {
  const clean = Math.abs(x) < 1e-9 ? 0 : x; // float noise of the normalisation is no change
  return `${clean >= 0 ? '+' : '−'}${formatValue(Math.abs(clean), unit)}`;
}

function ratio(head: number, base: number): string {
  if (base === 0) return head === 0 ? '' : '(new)';
  const r = (head - base) / base;
  return `(${r >= 0 ? '+' : '−'}${Math.abs(r * 100).toFixed(1)}%)`;
}
