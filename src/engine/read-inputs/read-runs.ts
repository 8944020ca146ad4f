// Turns `--base`/`--head` directories into runs. A directory holding files is one run (its
// files, recursively); a directory holding only subdirectories is a set of runs, one each.
// Every file is detected by content; unreadable files are recorded, never fatal. Files are read
// concurrently through a FileImporter (Go traces on worker threads once the inputs are large);
// the runs and their files keep the order listed.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedArtifact, Run, Side } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import type { InputRecord } from '../../report/report.js';
import { chooseImporter, type FileImporter } from '../import-pool/file-importer.js';

export interface CollectedSide {
  runs: Run[];
  inputs: InputRecord[];
}

/** The run directories and their files of one side, before anything is read. */
export interface SideListing {
  side: Side;
  runs: { dir: string; files: string[] }[];
}

export async function listSide(side: Side, dirs: readonly string[]): Promise<SideListing> {
  const runs: SideListing['runs'] = [];
  for (const dir of dirs)
    for (const runDir of await runDirectories(dir)) runs.push({ dir: runDir, files: await filesUnder(runDir) });
  return { side, runs };
}

/** Reads the listed files of both sides with one importer chosen for their total size. */
export async function collectSides(
  listings: readonly SideListing[],
  limits: Limits,
  jobs?: number,
): Promise<CollectedSide[]> {
  const importer = chooseImporter(limits, await totalBytes(listings), jobs);
  try {
    return await Promise.all(listings.map((listing) => readSide(listing, importer)));
  } finally {
    await importer.close();
  }
}

export async function collectSide(
  side: Side,
  dirs: readonly string[],
  limits: Limits,
  jobs?: number,
): Promise<CollectedSide> {
  const [collected] = await collectSides([await listSide(side, dirs)], limits, jobs);
  return collected as CollectedSide;
}

async function readSide(listing: SideListing, importer: FileImporter): Promise<CollectedSide> {
  const runs = await Promise.all(
    listing.runs.map(async ({ dir, files }) => ({
      dir,
      imported: await Promise.all(files.map((path) => importOne(path, listing.side, dir, importer))),
    })),
  );
  return {
    runs: runs.map(({ dir, imported }) => ({
      side: listing.side,
      id: dir,
      artifacts: imported.flatMap((i) => i.artifact ?? []),
    })),
    inputs: runs.flatMap(({ imported }) => imported.map((i) => i.record)),
  };
}

async function totalBytes(listings: readonly SideListing[]): Promise<number> {
  const paths = listings.flatMap((l) => l.runs.flatMap((r) => r.files));
  const sizes = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

async function importOne(
  path: string,
  side: Side,
  run: string,
  importer: FileImporter,
): Promise<{ artifact?: ImportedArtifact; record: InputRecord }> {
  try {
    const parsed = await importer.import(path);
    const artifact: ImportedArtifact = { ...parsed, path, side, run };
    return { artifact, record: inputRecord(artifact) };
  } catch (err) {
    const error = err as FormatError;
    const record: InputRecord = { path, side, run, format: null, formatVersion: null, kind: null, error: null };
    if (error.code === 'input.unknown-format') return { record }; // not ours: skipped, not an error
    // The format that claimed the file, so that the other side's input of it can be matched.
    if (typeof error.format === 'string' && error.format !== '') record.format = error.format;
    record.error = { code: error.code ?? 'input.error', message: String(error.message), where: error.location ?? path };
    return { record };
  }
}

function inputRecord(a: ImportedArtifact): InputRecord {
  const kind = a.content.type === 'profile' ? a.content.profile.kind : a.content.type;
  return {
    path: a.path,
    side: a.side,
    run: a.run,
    format: a.format,
    formatVersion: a.formatVersion ?? null,
    kind,
    error: null,
  };
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
