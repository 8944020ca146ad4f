// Tests that need something outside the repository (a sample under ../shared/data, a Go toolchain)
// skip when it is absent, and say so: the reason goes into the test title and onto stderr, so a
// green run never hides that a part of the suite did not run.

import { existsSync } from 'node:fs';

/** Title suffix and stderr note for a suite that needs `what`; `undefined` when it is present. */
export function skipNote(present: boolean, what: string): string | undefined {
  if (present) return undefined;
  const note = `SKIPPED: ${what} is absent`;
  console.warn(`perfgate tests: ${note}`);
  return note;
}

/** The skip note for a file read in place outside the repository. */
export function missingFileNote(path: string): string | undefined {
  return skipNote(existsSync(path), path);
}

/** `title`, with the skip note in brackets when there is one. */
export function titled(title: string, note: string | undefined): string {
  return note === undefined ? title : `${title} [${note}]`;
}
