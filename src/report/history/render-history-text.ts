// `perfgate history` on a terminal: per series one line per entry (commit, date, CPU model,
// value, band, a mark on regressions). Untrusted names pass through escapeTerminal.

import { escapeTerminal } from '../escape.js';
import type { Series } from './history-series.js';

export function renderHistoryText(series: readonly Series[], entries: number): string {
  const lines = [`perfgate history: ${entries} entr${entries === 1 ? 'y' : 'ies'}, ${series.length} series`, ''];
  for (const s of series) {
    lines.push(`${escapeTerminal(s.title)} (${escapeTerminal(s.unit)})`);
    for (const p of s.points) {
      const band = p.band ? `band ${num(p.band.low)}–${num(p.band.high)}` : 'band: needs 5 entries';
      const cpu = p.cpuModel ? `  ${escapeTerminal(p.cpuModel).slice(0, 40)}` : '';
      lines.push(
        `  ${escapeTerminal(p.commit).slice(0, 12).padEnd(12)} ${escapeTerminal(p.date).slice(0, 10)}  ${num(p.value).padStart(12)}  ${band}${p.regression ? '  ◀ regression' : ''}${cpu}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(4);
}
