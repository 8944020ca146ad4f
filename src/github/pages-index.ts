// The index pages of the pages branch: `pr/<number>/index.html` (every published run of the pull
// request, newest first, with links to its flame graphs, its report and its workflow run),
// `pr/index.html` (the pull requests) and `history/index.html` (the keys with a history page).
// They are made anew from the branch's folder listing on each push attempt, so what other jobs
// pushed stays listed.

import { escapeHtml } from '../report/escape.js';

/** `<run id>-<attempt>-<key>`: the folder of one job's pages (never shared by two jobs). */
export function runFolderName(runId: number, attempt: number, safeKey: string): string {
  return `${runId}-${attempt}-${safeKey}`;
}

export interface RunFolder {
  name: string;
  runId: number;
  attempt: number;
  key: string;
}

/** The run id, attempt and key of a folder name, or undefined for any other name. */
export function parseRunFolder(name: string): RunFolder | undefined {
  const m = /^(\d+)-(\d+)-([A-Za-z0-9._-]+)$/.exec(name);
  if (!m) return undefined;
  return { name, runId: Number(m[1]), attempt: Number(m[2]), key: m[3] ?? '' };
}

/** At most this many runs are listed (the newest). */
const maxListed = 500;

export function renderRunsIndex(prNumber: number, folders: readonly string[], runsUrl: string): string {
  const runs: RunFolder[] = [];
  for (const name of folders) {
    const run = parseRunFolder(name);
    if (run) runs.push(run);
  }
  runs.sort((a, b) => b.runId - a.runId || b.attempt - a.attempt || a.key.localeCompare(b.key));
  const rows = runs.slice(0, maxListed).map((r) => {
    const dir = encodeURIComponent(r.name);
    const run = `${runsUrl}/${r.runId}/attempts/${r.attempt}`;
    return [
      '<tr>',
      `<td><a href="${escapeHtml(run)}">${r.runId}</a></td>`,
      `<td>${r.attempt}</td>`,
      `<td>${escapeHtml(r.key)}</td>`,
      `<td><a href="${dir}/index.html">flame graphs</a> · <a href="${dir}/report.md">report</a>`,
      ` · <a href="${dir}/report.json">JSON</a></td>`,
      '</tr>',
    ].join('');
  });
  return page(`perfgate: pull request #${prNumber}`, [
    `<p>${runs.length} published run${runs.length === 1 ? '' : 's'}, newest first.</p>`,
    '<table><thead><tr><th>workflow run</th><th>attempt</th><th>key</th><th>pages</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ]);
}

/** `pr/index.html`: the pull requests with published pages, newest (highest number) first. */
export function renderPullRequestsIndex(folders: readonly string[]): string {
  const numbers = folders.filter((f) => /^\d+$/.test(f)).map(Number);
  numbers.sort((a, b) => b - a);
  const items = numbers.slice(0, maxListed).map((n) => `<li><a href="${n}/index.html">#${n}</a></li>`);
  return page('perfgate: pull requests', [`<ul>`, ...items, '</ul>']);
}

/** `history/index.html`: one link per key with a history page. */
export function renderHistoryIndex(folders: readonly string[]): string {
  const keys = folders.filter((f) => /^[A-Za-z0-9._-]+$/.test(f) && f !== 'index.html').sort();
  const items = keys.map((k) => `<li><a href="${encodeURIComponent(k)}/index.html">${escapeHtml(k)}</a></li>`);
  return page('perfgate: history', [`<ul>`, ...items, '</ul>']);
}

function page(title: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:14px system-ui,sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}</style>',
    '</head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}
