// Plain-text rendering of an `inspect` summary for a terminal: scalar fields as `key: value`,
// the top-functions table aligned. Untrusted names go through the escape module.

import { escapeTerminal } from '../escape.js';
import { renderAnnotationsText } from './render-annotations-text.js';
import { fieldOf, textOf } from '../../model/unknown-value.js';

export function renderInspectText(summary: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'top' && Array.isArray(value)) lines.push('top:', ...value.map((row) => `  ${formatRow(row)}`));
    else if (key === 'diagnostics' && Array.isArray(value) && value.length === 0) continue;
    else if (key === 'annotations') lines.push(...renderAnnotationsText(value));
    else
      lines.push(
        `${key}: ${escapeTerminal(typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function formatRow(row: unknown): string {
  const name = escapeTerminal(textOf(fieldOf(row, 'function') ?? ''));
  return `${textOf(fieldOf(row, 'flat')).padStart(14)} ${textOf(fieldOf(row, 'cum')).padStart(14)}  ${name}`;
}
