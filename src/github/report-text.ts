// The markdown the Action posts: the report rendered within a size limit, with lines about the
// baseline placed under the headline, and staging paths shown relative to the staging root.

import { escapeMarkdown, markdownCode } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import type { Report } from '../report/report.js';

/** Renders within `limit` characters (and bytes, for the job summary) with `context` under the headline. */
export function renderWithContext(report: Report, context: readonly string[], limit: number, bytes = false): string {
  const extra = context.join('\n\n');
  let budget = limit - extra.length - 8;
  let text = insertContext(renderMarkdown(report, budget), extra);
  while (bytes && Buffer.byteLength(text) > limit && budget > 1000) {
    budget = Math.floor(budget * 0.75);
    text = insertContext(renderMarkdown(report, budget), extra);
  }
  return text;
}

function insertContext(markdown: string, extra: string): string {
  if (!extra) return markdown;
  const heading = markdown.indexOf('\n## ');
  const titleEnd = heading < 0 ? -1 : markdown.indexOf('\n\n', heading + 1);
  const partsEnd = titleEnd < 0 ? -1 : markdown.indexOf('\n\n', titleEnd + 2);
  if (partsEnd < 0) return `${markdown}\n${extra}\n`;
  return `${markdown.slice(0, partsEnd)}\n\n${extra}${markdown.slice(partsEnd)}`;
}

/** Notes as a collapsed list; every note is escaped. */
export function notesBlock(title: string, notes: readonly string[]): string {
  if (notes.length === 0) return '';
  return [
    `<details><summary>${escapeMarkdown(title)}</summary>`,
    '',
    ...notes.map((n) => `- ${escapeMarkdown(n)}`),
    '',
    '</details>',
  ].join('\n');
}

export function code(text: string): string {
  return markdownCode(text);
}

/** Strips a staging root from every path the report shows. */
export function relabelPaths(report: Report, root: string): Report {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const strip = (s: string): string => (s.startsWith(prefix) ? s.slice(prefix.length) : s);
  return {
    ...report,
    inputs: report.inputs.map((i) => ({
      ...i,
      path: strip(i.path),
      run: strip(i.run),
      error: i.error ? { ...i.error, where: strip(i.error.where) } : null,
    })),
    diagnostics: report.diagnostics.map((d) => ({
      ...d,
      path: strip(d.path),
      ...(d.where !== undefined ? { where: strip(d.where) } : {}),
    })),
  };
}
