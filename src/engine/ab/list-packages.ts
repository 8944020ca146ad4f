// The packages to measure on each side: `go list -e` of the package patterns in the head module
// directory and in the base worktree. A pattern that matches nothing on the base side (the package
// is new) lists no directory there; that is reported, not an error.

import { AbError } from './ab-error.js';
import { runProcess, tail } from './run-process.js';

export interface GoPackage {
  importPath: string;
  dir: string;
  /** Has _test.go files: `go test -c` makes a binary. */
  hasTests: boolean;
}

export interface ListedPackages {
  packages: GoPackage[];
  /** `go list` itself failed (no module on this side): why. */
  failure?: string;
}

const format = '{{.ImportPath}}\t{{.Dir}}\t{{len .TestGoFiles}}\t{{len .XTestGoFiles}}';

export async function listPackages(
  go: string,
  moduleDir: string,
  patterns: readonly string[],
  tags: string | undefined,
  env: Record<string, string | undefined>,
): Promise<ListedPackages> {
  const args = ['list', '-e', ...(tags ? ['-tags', tags] : []), '-f', format, '--', ...patterns];
  const result = await runProcess(go, args, { cwd: moduleDir, env });
  if (result.code !== 0) return { packages: [], failure: tail(result.stderr || result.stdout, 5) };
  const packages = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter(([, dir]) => Boolean(dir))
    .map(([importPath, dir, tests, xtests]) => ({
      importPath: importPath ?? '',
      dir: dir ?? '',
      hasTests: Number(tests) + Number(xtests) > 0,
    }));
  return { packages };
}

/** Head packages must list: a head side that `go list` cannot read is an error. */
export function requireListed(listed: ListedPackages, side: string): GoPackage[] {
  if (listed.failure !== undefined) throw new AbError(`${side}: go list failed:\n${listed.failure}`);
  return listed.packages;
}
