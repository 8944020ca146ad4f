// index.html of a flame graph directory: one link per written file, names escaped.

import { escapeHtml } from '../escape.js';

export interface IndexEntry {
  title: string;
  files: { label: string; href: string }[];
}

export function renderFlameGraphIndex(entries: readonly IndexEntry[]): string {
  const items = entries.map(
    (e) =>
      `<li>${escapeHtml(e.title)}: ${e.files.map((f) => `<a href="${escapeHtml(encodeURI(f.href))}">${escapeHtml(f.label)}</a>`).join(' · ')}</li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>perfgate flame graphs</title>',
    '<style>body{font:14px/1.5 system-ui,sans-serif;margin:20px}</style></head><body>',
    '<h1>perfgate flame graphs</h1>',
    '<p>Differential flame graphs (HTML: interactive; SVG: static), the diff profile for <code>go tool pprof -http=: X.diff.pb.gz</code>, and folded stacks per side for speedscope or flamegraph.pl.</p>',
    `<ul>${items.join('\n')}</ul>`,
    '</body></html>',
    '',
  ].join('\n');
}
