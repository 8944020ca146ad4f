// Turns `--base`/`--head` directories into runs. A directory holding files is one run (its
// files, recursively); a directory holding only subdirectories is a set of runs, one each.
// Every file is detected by content; unreadable files are recorded, never fatal.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedArtifact, Run, Side } from '../model/artifact.js';
import { FormatError } from '../model/format-error.js';
import type { Limits } from '../model/limits.js';
import type { InputRecord } from '../report/report.js';
import { importFile } from './import-file.js';

export interface CollectedSide {
  runs: Run[];
  inputs: InputRecord[];
}

export async function collectSide(side: Side, dirs: readonly string[], limits: Limits): Promise<CollectedSide> {
  const collected: CollectedSide = { runs: [], inputs: [] };
  for (const dir of dirs) {
    for (const runDir of await runDirectories(dir)) {
      const run: Run = { side, id: runDir, artifacts: [] };
      for (const path of await filesUnder(runDir)) {
        const { artifact, record } = await importOne(path, side, runDir, limits);
        collected.inputs.push(record);
        if (artifact) run.artifacts.push(artifact);
      }
      collected.runs.push(run);
    }
  }
  return collected;
}

async function importOne(path: string, side: Side, run: string, limits: Limits): Promise<{ artifact?: ImportedArtifact; record: InputRecord }> {
  try {
    const parsed = await importFile(path, limits);
    const artifact: ImportedArtifact = { ...parsed, path, side, run };
    return { artifact, record: inputRecord(artifact) };
  } catch (err) {
    const error = err as FormatError;
    const record: InputRecord = { path, side, run, format: null, formatVersion: null, kind: null, error: null };
    if (error.code === 'input.unknown-format') return { record }; // not ours: skipped, not an error
    record.error = { code: error.code, message: error.message, where: error.location };
    return { record };
  }
}

function inputRecord(a: ImportedArtifact): InputRecord {
  const kind = a.content.type === 'profile' ? a.content.profile.kind : a.content.type;
  return { path: a.path, side: a.side, run: a.run, format: a.format, formatVersion: a.formatVersion ?? null, kind, error: null };
}

async function runDirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const visible = entries.filter((e) => !e.name.startsWith('.'));
  if (visible.some((e) => e.isFile())) return [dir];
  const subdirs = visible.filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
  return subdirs.sort(naturalOrder);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort(naturalOrder);
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
