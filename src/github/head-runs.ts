// Turns the `runs` and `artifacts` inputs into runs to analyse: each directory matched by `runs`
// is one run (all its files); without `runs`, the files matched by `artifacts` are one run. The
// files are staged (copied) under a temporary directory so record and compare read the same layout.

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { StagedRun } from '../engine/baseline/stage-runs.js';
import { globPaths } from '../engine/read-inputs/glob-paths.js';

export async function resolveRuns(
  workspace: string,
  runGlobs: readonly string[],
  artifactGlobs: readonly string[],
): Promise<StagedRun[]> {
  if (runGlobs.length > 0) {
    const { dirs } = await globPaths(workspace, runGlobs);
    const runs: StagedRun[] = [];
    const names = new Set<string>();
    for (const dir of dirs) {
      const files = await filesUnder(join(workspace, dir));
      if (files.length === 0) continue;
      let name = dir.replace(/[^A-Za-z0-9._-]+/g, '_') || 'run';
      while (names.has(name)) name += '_';
      names.add(name);
      runs.push({ name, files });
    }
    return runs;
  }
  const { files } = await globPaths(workspace, artifactGlobs);
  return files.length ? [{ name: 'run1', files: files.map((rel) => ({ from: join(workspace, rel), rel })) }] : [];
}

async function filesUnder(dir: string): Promise<StagedRun['files']> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((from) => ({ from, rel: relative(dir, from).split(sep).join('/') }));
}
