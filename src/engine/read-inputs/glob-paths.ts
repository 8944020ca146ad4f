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
  for (const entry of await walkTree(root, skippedDirs)) {
    if (!matches(entry.rel)) continue;
    (entry.dir ? result.dirs : result.files).push(entry.rel);
  }
  const order = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
  result.files.sort(order);
  result.dirs.sort(order);
  return result;
}

export interface TreeEntry {
  /** Relative to the root, forward slashes. */
  rel: string;
  dir: boolean;
}

/** Every file and directory under root, not descending into directories named in `skip`. */
export async function walkTree(root: string, skip: ReadonlySet<string>): Promise<TreeEntry[]> {
  const out: TreeEntry[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = join(dir, e.name);
      const rel = relative(root, full).split(sep).join('/');
      if (e.isDirectory()) {
        if (skip.has(e.name)) continue;
        out.push({ rel, dir: true });
        await visit(full);
      } else if (e.isFile()) out.push({ rel, dir: false });
    }
  };
  await visit(root);
  return out;
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
        out += `(?:${p
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  p = out;
  return new RegExp(`^${p}$`);
}
