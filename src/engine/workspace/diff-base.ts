// `--diff-base REF`: the lines the change touched, from the local git repository: `git diff` of
// the merge base of REF and HEAD against the working tree, zero lines of context. Each changed
// file is keyed the ways a Go profile may name it: its workspace path, its absolute path, and its
// module path (`example.com/shop/shop.go`, what `-trimpath` builds record) through go.mod.

import { execFile } from 'node:child_process';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { ReportChanges } from '../../report/report.js';
import type { GoModule } from './source-paths.js';

const run = promisify(execFile);
const gitOptions = { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 };

export async function changedLines(
  workspace: string,
  ref: string,
  modules: readonly GoModule[],
): Promise<ReportChanges> {
  try {
    const git = async (...args: string[]): Promise<string> =>
      (await run('git', ['-C', workspace, ...args], gitOptions)).stdout;
    const top = (await git('rev-parse', '--show-toplevel')).trim();
    const mergeBase = (await git('merge-base', ref, 'HEAD')).trim();
    const diff = await git('diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', mergeBase, '--', '.');
    return { base: ref, files: keyedByProfileNames(parseUnifiedDiff(diff), top, workspace, modules) };
  } catch (err) {
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return { base: ref, unavailable: `git diff against ${ref} failed: ${message}` };
  }
}

/** Changed (added or replaced) line ranges of the new side, per repository path. */
export function parseUnifiedDiff(diff: string): Map<string, [number, number][]> {
  const files = new Map<string, [number, number][]>();
  let current: [number, number][] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).trim();
      current = path === '/dev/null' ? undefined : [];
      if (current) files.set(path.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    // A pure deletion marks the line that now stands where the removed lines were.
    current.push(count === 0 ? [Math.max(1, start), Math.max(1, start)] : [start, start + count - 1]);
  }
  return files;
}

function keyedByProfileNames(
  byRepoPath: Map<string, [number, number][]>,
  top: string,
  workspace: string,
  modules: readonly GoModule[],
): Record<string, [number, number][]> {
  const out: Record<string, [number, number][]> = Object.create(null) as Record<string, [number, number][]>;
  const wsPrefix = relative(top, resolve(workspace)).split(sep).join('/');
  for (const [repoPath, ranges] of byRepoPath) {
    out[repoPath] = ranges;
    out[join(top, repoPath)] = ranges;
    const inWorkspace =
      wsPrefix && repoPath.startsWith(`${wsPrefix}/`) ? repoPath.slice(wsPrefix.length + 1) : repoPath;
    for (const m of modules) {
      if (m.dir === '' || inWorkspace.startsWith(`${m.dir}/`))
        out[`${m.path}/${m.dir === '' ? inWorkspace : inWorkspace.slice(m.dir.length + 1)}`] = ranges;
    }
  }
  return out;
}
