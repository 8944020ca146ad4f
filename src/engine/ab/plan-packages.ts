// Which packages are measured: those with tests in head that also exist (with tests) on the base
// side. The rest become notes: new in head, removed in head, no test files. Labels name a
// package's run directories: its directory relative to the module, `/` as `.` (`internal.cache`).

import { relative, sep } from 'node:path';
import type { GoPackage, ListedPackages } from './list-packages.js';

export interface PlannedPackage {
  importPath: string;
  label: string;
  head: GoPackage;
  base: GoPackage;
}

export interface PackagePlan {
  planned: PlannedPackage[];
  /** Import paths with tests in head and none (or no package) on the base side. */
  added: string[];
  /** Import paths with tests on the base side that head no longer has. */
  removed: string[];
  /** Head packages without test files. */
  untested: string[];
  /** `go list` failed on the base side (no module there yet): its message. */
  baseListFailure?: string;
}

export function planPackages(head: readonly GoPackage[], base: ListedPackages, headModuleDir: string): PackagePlan {
  const baseByPath = new Map(base.packages.map((p) => [p.importPath, p]));
  const headPaths = new Set(head.map((p) => p.importPath));
  const plan: PackagePlan = {
    planned: [],
    added: [],
    removed: [],
    untested: [],
    ...(base.failure !== undefined ? { baseListFailure: base.failure } : {}),
  };
  for (const pkg of head) {
    const onBase = baseByPath.get(pkg.importPath);
    if (!pkg.hasTests) plan.untested.push(pkg.importPath);
    else if (!onBase?.hasTests) plan.added.push(pkg.importPath);
    else
      plan.planned.push({
        importPath: pkg.importPath,
        label: packageLabel(headModuleDir, pkg.dir),
        head: pkg,
        base: onBase,
      });
  }
  plan.removed = base.packages.filter((p) => p.hasTests && !headPaths.has(p.importPath)).map((p) => p.importPath);
  return plan;
}

export function packageLabel(moduleDir: string, packageDir: string): string {
  const rel = relative(moduleDir, packageDir).split(sep).join('.');
  return rel === '' ? '_root' : rel.startsWith('..') ? packageDir.split(sep).filter(Boolean).join('.') : rel;
}
