// Finds files and directories under a root by glob patterns (`**`, `*`, `?`, `{a,b}`, and
// `!pattern` to exclude), for the Action's `artifacts` and `runs` inputs. Node 20 has no fs.glob;
// this walks the tree once, skipping .git and node_modules, and matches relative paths.

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const skippedDirs = new Set(['.git', 'node_modules']);

export interface GlobResult {
  files: string[];
  dirs: string[];
}

/** Relative paths (forward slashes) under `root` that match the patterns, sorted. */
export async function globPaths(root: string, patterns: readonly string[]): Promise<GlobResult> {
  const include = patterns.filter((p) => p && !p.startsWith('!')).map(globRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globRegExp(p.slice(1)));
  const matches = (rel: string): boolean => include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel));
  const result: GlobResult = { files: [], dirs: [] };
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    const rel = relative(root, join(e.parentPath, e.name)).split(sep).join('/');
    if (rel.split('/').some((part) => skippedDirs.has(part))) continue;
    if (e.isFile() && matches(rel)) result.files.push(rel);
    else if (e.isDirectory() && matches(rel)) result.dirs.push(rel);
  }
  const order = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
  result.files.sort(order);
  result.dirs.sort(order);
  return result;
}

/** A glob as an anchored regular expression over a relative, slash-separated path. */
export function globRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = p.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${p.slice(i + 1, end).split(',').map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  p = out;
  return new RegExp(`^${p}$`);
}
