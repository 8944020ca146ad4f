// Renders a perfgate comment (markdown) the way GitHub shows it, to look at the first screen as a
// reviewer does: GitHub-flavoured markdown (marked) with GitHub's markdown stylesheet
// (github-markdown-css), about 1,000 px wide, screenshotted by headless Chromium.
// Usage: node scripts/screenshot-comment.mjs COMMENT.md OUT.png [height=900]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';

const [input, output, height = '900'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot-comment.mjs COMMENT.md OUT.png [height]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const body = marked.parse(readFileSync(input, 'utf8'), { gfm: true });
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: 1000px; padding: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px; margin: 8px; }
</style></head><body><div class="comment markdown-body">${body}</div></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'perfgate-shot-'));
try {
  const html = join(dir, 'comment.html');
  writeFileSync(html, page);
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--window-size=1020,${height}`,
      `--screenshot=${resolve(output)}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
