// The history as one self-contained HTML page: an SVG chart per series (values per entry, the
// band the earlier entries make shaded, regressions in red, commit labels), no script at all and a
// Content-Security-Policy that forbids loading anything. Every name, commit and CPU model comes
// from artifacts and goes through escapeHtml; numbers are checked finite before they are drawn.

import { escapeHtml } from '../escape.js';
import type { Series, SeriesPoint } from './history-series.js';

const width = 720;
const height = 200;
const pad = { left: 70, right: 10, top: 12, bottom: 46 };

export function renderHistoryHtml(series: readonly Series[], title: string): string {
  const charts = series.map(chart).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#222}
section{margin:0 0 28px}h2{font-size:15px;margin:0 0 4px}
.band{fill:#cfe3ff}.line{fill:none;stroke:#3465a4;stroke-width:1.5}.pt{fill:#3465a4}.bad{fill:#cc0000}
.axis{stroke:#999}.lbl{font-size:10px;fill:#555}.note{color:#555;font-size:12px}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p class="note">One point per recorded base job (the median of its runs). The shaded band is
median ± k·1.4826·MAD of the entries before each point (from five entries on); red points are
outside it in the worse direction.</p>
${charts || '<p>No series in this history.</p>'}
</body></html>
`;
}

function chart(s: Series): string {
  const pts = s.points.filter((p) => Number.isFinite(p.value)).slice(-100);
  if (pts.length === 0) return '';
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pts) {
    lo = Math.min(lo, p.value, p.band?.low ?? Infinity);
    hi = Math.max(hi, p.value, p.band?.high ?? -Infinity);
  }
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  const x = (i: number): number =>
    pad.left + (pts.length === 1 ? 0 : (i * (width - pad.left - pad.right)) / (pts.length - 1));
  const y = (v: number): number => pad.top + ((hi - v) * (height - pad.top - pad.bottom)) / (hi - lo);
  const withBand = pts.map((p, i) => ({ p, i })).filter((e) => e.p.band);
  const band =
    withBand.length > 1
      ? `<polygon class="band" points="${[...withBand.map((e) => `${f(x(e.i))},${f(y(e.p.band?.high ?? 0))}`), ...[...withBand].reverse().map((e) => `${f(x(e.i))},${f(y(e.p.band?.low ?? 0))}`)].join(' ')}"/>`
      : '';
  const line = `<polyline class="line" points="${pts.map((p, i) => `${f(x(i))},${f(y(p.value))}`).join(' ')}"/>`;
  const dots = pts
    .map(
      (p, i) =>
        `<circle class="${p.regression ? 'bad' : 'pt'}" cx="${f(x(i))}" cy="${f(y(p.value))}" r="3"><title>${escapeHtml(tip(p, s.unit))}</title></circle>`,
    )
    .join('');
  const step = Math.max(1, Math.ceil(pts.length / 12));
  const labels = pts
    .map((p, i) =>
      i % step === 0
        ? `<text class="lbl" transform="translate(${f(x(i))},${height - pad.bottom + 12}) rotate(30)">${escapeHtml(p.commit.slice(0, 7))}</text>`
        : '',
    )
    .join('');
  const axis =
    `<line class="axis" x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}"/>` +
    `<text class="lbl" x="4" y="${pad.top + 8}">${escapeHtml(num(hi))}</text><text class="lbl" x="4" y="${height - pad.bottom}">${escapeHtml(num(lo))}</text>`;
  const regressions = pts.filter((p) => p.regression).length;
  return `<section><h2>${escapeHtml(s.title)} <span class="note">(${escapeHtml(s.unit)}; ${pts.length} entries${regressions ? `, ${regressions} outside the band` : ''})</span></h2>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img">${band}${line}${dots}${labels}${axis}</svg></section>`;
}

function tip(p: SeriesPoint, unit: string): string {
  const band = p.band ? `, band ${num(p.band.low)}–${num(p.band.high)}` : '';
  return `${p.commit.slice(0, 12)} ${p.date.slice(0, 10)} run ${p.runId}: ${num(p.value)} ${unit}${band}${p.cpuModel ? `, ${p.cpuModel}` : ''}${p.regression ? ' (regression)' : ''}`;
}

function f(v: number): string {
  return Number.isFinite(v) ? v.toFixed(1) : '0';
}

function num(x: number): string {
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(4);
}
