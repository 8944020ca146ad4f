// Lays out runs as directories: each run's files copied to `root/<run>/<rel>`. Used for the
// baseline artifact (record) and for head's runs before a comparison (the Action's compare mode).

import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One run to stage: its name and its files (absolute source, path relative to the run). */
export interface StagedRun {
  name: string;
  files: { from: string; rel: string }[];
}

/** Copies each run's files to `root/<run>/<rel>`; returns the copies. */
export async function stageRuns(runs: readonly StagedRun[], root: string): Promise<string[]> {
  const copied: string[] = [];
  for (const run of runs) {
    for (const file of run.files) {
      const to = join(root, run.name, file.rel);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(file.from, to);
      copied.push(to);
    }
  }
  return copied;
}
