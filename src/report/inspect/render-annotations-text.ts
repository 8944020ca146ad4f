// `perfgate inspect` text for a Go trace's user annotations: one aligned table each for tasks and
// regions by type (count, never ended / unended, goroutines, p50/p95/max in ms) and logs by
// category. Type and category names come from the trace, so they go through the escape module.

import { escapeTerminal } from '../escape.js';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(row: Row, key: string): number {
  const v = row[key];
  return typeof v === 'number' ? v : 0;
}

function ms(ns: number): string {
  return (ns / 1e6).toFixed(3);
}

function durationCells(stats: Row): string[] {
  const d = isRow(stats['durations']) ? stats['durations'] : {};
  if (num(d, 'count') === 0) return ['-', '-', '-']; // none began and ended inside the trace
  return [ms(num(d, 'p50Ns')), ms(num(d, 'p95Ns')), ms(num(d, 'maxNs'))];
}

/** Columns padded to their widest cell; the first column (the name) left-aligned. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length));
  const line = (cells: string[]): string =>
    '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** Lines for the `annotations` field of a Go trace summary; none when it holds nothing. */
export function renderAnnotationsText(value: unknown): string[] {
  if (!isRow(value)) return [];
  const tasks = isRow(value['tasks']) ? Object.entries(value['tasks']) : [];
  const regions = isRow(value['regions']) ? Object.entries(value['regions']) : [];
  const logs = isRow(value['logs']) ? Object.entries(value['logs']) : [];
  const lines: string[] = [];
  if (tasks.length > 0) {
    const cells = (name: string, s: Row): string[] => [
      escapeTerminal(name),
      String(num(s, 'count')),
      String(num(s, 'neverEnded')),
      ...durationCells(s),
    ];
    const rows = tasks.map(([name, s]) => (isRow(s) ? cells(name, s) : []));
    lines.push('task types:', ...table(['type', 'count', 'never ended', 'p50 ms', 'p95 ms', 'max ms'], rows));
  }
  if (regions.length > 0) {
    const rows = regions.map(([name, s]) =>
      isRow(s)
        ? [
            escapeTerminal(name),
            String(num(s, 'count')),
            String(num(s, 'unended')),
            String(num(s, 'goroutines')),
            String(num(s, 'maxPerGoroutine')),
            ...durationCells(s),
          ]
        : [],
    );
    const header = ['type', 'count', 'unended', 'goroutines', 'max/goroutine', 'p50 ms', 'p95 ms', 'max ms'];
    lines.push('region types:', ...table(header, rows));
  }
  if (logs.length > 0) {
    const rows = logs.map(([name, n]) => [escapeTerminal(name), String(typeof n === 'number' ? n : 0)]);
    lines.push('log categories:', ...table(['category', 'count'], rows));
  }
  return lines;
}
