// The Go toolchain the benchmarks measure against: $GO when set, otherwise the newest one under
// /usr/lib/go-1.NN, with the `go version` line that every benchmark prints next to its ratios.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GoTool {
  path: string;
  version: string;
  /**
   * The pprof binary itself. Since Go 1.24 `go tool pprof` looks its binary up in the build cache
   * on every call, about 0.5 s a call here against 0.04 s for the work on a small profile; a user
   * reading hundreds of profiles would call the binary, so the benchmarks do too.
   */
  pprof: string;
}

export function newestGo(): GoTool {
  const path = process.env['GO'] ?? newestInstalled();
  const version = execFileSync(path, ['version'], { encoding: 'utf8' }).trim();
  const pprof = execFileSync(path, ['tool', '-n', 'pprof'], { encoding: 'utf8' }).trim();
  return { path, version, pprof };
}

function newestInstalled(): string {
  const minor = (name: string): number => Number(/^go-1\.(\d+)$/.exec(name)?.[1] ?? -1);
  const dirs = readdirSync('/usr/lib').filter((d) => minor(d) >= 0 && existsSync(join('/usr/lib', d, 'bin/go')));
  const newest = dirs.sort((a, b) => minor(b) - minor(a))[0];
  if (!newest) throw new Error('no Go toolchain under /usr/lib/go-1.NN; set GO=/path/to/go');
  return join('/usr/lib', newest, 'bin/go');
}
