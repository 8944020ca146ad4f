// Reading and writing a history file given by path (`perfgate record --history`, `compare
// --history`, `perfgate history`): the same versioned `perfgate.baseline-history` document the
// baseline artifact carries as `history.json`.

import { readFile } from 'node:fs/promises';
import type { BaselineHistory } from '../../model/baseline-history.js';
import { baselineSnapshotVersion } from './baseline-snapshot.js';

export class HistoryFileError extends Error {}

/** The history at `path`; undefined when the file does not exist. */
export async function readHistoryFile(path: string): Promise<BaselineHistory | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HistoryFileError(`${path}: unreadable (${(err as Error).message.slice(0, 200)})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new HistoryFileError(`${path}: not JSON`);
  }
  const obj = doc as Partial<BaselineHistory> | null;
  if (
    !obj ||
    obj.schema !== 'perfgate.baseline-history' ||
    typeof obj.version !== 'number' ||
    !Array.isArray(obj.entries)
  ) {
    throw new HistoryFileError(`${path}: not a perfgate history (schema perfgate.baseline-history)`);
  }
  if (obj.version > baselineSnapshotVersion)
    throw new HistoryFileError(
      `${path}: version ${obj.version} is newer than this perfgate understands (${baselineSnapshotVersion})`,
    );
  return {
    schema: obj.schema,
    version: obj.version,
    key: String(obj.key ?? 'default'),
    entries: obj.entries.filter(isEntry),
  };
}

function isEntry(e: unknown): e is BaselineHistory['entries'][number] {
  const x = e as Record<string, unknown> | null;
  return (
    !!x &&
    typeof x['commit'] === 'object' &&
    x['commit'] !== null &&
    typeof x['metrics'] === 'object' &&
    x['metrics'] !== null &&
    Array.isArray(x['profiles'])
  );
}
