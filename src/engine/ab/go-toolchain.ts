// Finds the Go command: `--go PATH` when given, else `go` on PATH, else the newest Debian
// toolchain under /usr/lib/go-1.NN/bin/go. Also reads `go version` for the run log.

import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AbError } from './ab-error.js';
import { runProcess } from './run-process.js';

export function findGo(explicit: string | undefined, env: Record<string, string | undefined>): string {
  if (explicit) {
    if (!isExecutable(explicit)) throw new AbError(`--go ${explicit} is not an executable file`);
    return explicit;
  }
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    if (isExecutable(join(dir, 'go'))) return join(dir, 'go');
  }
  const debian = debianToolchains().find(isExecutable);
  if (debian) return debian;
  throw new AbError('no Go toolchain found: put go on PATH (actions/setup-go) or pass --go PATH');
}

/** `go1.23.5`, or undefined when `go version` fails. */
export async function goVersion(
  go: string,
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<string | undefined> {
  const result = await runProcess(go, ['env', 'GOVERSION'], { cwd, env });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

function debianToolchains(): string[] {
  let names: string[];
  try {
    names = readdirSync('/usr/lib').filter((n) => /^go-1\.\d+$/.test(n));
  } catch {
    return [];
  }
  const minor = (n: string): number => Number(n.slice('go-1.'.length));
  return names.sort((a, b) => minor(b) - minor(a)).map((n) => join('/usr/lib', n, 'bin', 'go'));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
