// Maps the source file names a Go profile records to paths inside the repository, both ways Go
// writes them: absolute paths of the build machine (under the workspace) and, for `-trimpath`
// builds, module paths (`example.com/shop/shop.go`) resolved through each go.mod's `module` line.

import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { walkTree } from '../read-inputs/glob-paths.js';

export interface GoModule {
  /** The module path from the `module` line. */
  path: string;
  /** The module's directory relative to the workspace ('' for the root), forward slashes. */
  dir: string;
}

const skippedDirs = new Set(['.git', 'node_modules', 'vendor', 'testdata']);

/** Every go.mod in the workspace with its module path. */
export async function findGoModules(workspace: string): Promise<GoModule[]> {
  const modules: GoModule[] = [];
  for (const e of await walkTree(workspace, skippedDirs)) {
    if (e.dir || !(e.rel === 'go.mod' || e.rel.endsWith('/go.mod'))) continue;
    const path = moduleLine(await readFile(join(workspace, e.rel), 'utf8'));
    if (path) modules.push({ path, dir: e.rel.slice(0, -'go.mod'.length).replace(/\/$/, '') });
  }
  return modules.sort((a, b) => b.path.length - a.path.length);
}

/** The module path of a go.mod text, or undefined. */
export function moduleLine(goMod: string): string | undefined {
  const m = /^\s*module\s+("?)([^\s"/][^\s"]*)\1\s*(?:\/\/.*)?$/m.exec(goMod);
  return m?.[2];
}

/**
 * The repository-relative path (forward slashes) of a profile's file name, or undefined when it
 * is outside the workspace (the standard library, the module cache) or does not exist there.
 */
export function repoPathOf(file: string, workspace: string, modules: readonly GoModule[]): string | undefined {
  if (!file) return undefined;
  const candidate = isAbsolute(file) ? underWorkspace(file, workspace) : viaModule(file, modules);
  if (candidate === undefined) return undefined;
  const full = join(workspace, candidate);
  return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
}

function underWorkspace(file: string, workspace: string): string | undefined {
  const rel = relative(normalize(workspace), normalize(file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function viaModule(file: string, modules: readonly GoModule[]): string | undefined {
  const clean = file.replace(/\\/g, '/');
  for (const m of modules) {
    if (!clean.startsWith(`${m.path}/`)) continue;
    const rest = clean.slice(m.path.length + 1);
    if (rest.split('/').includes('..')) return undefined;
    return m.dir ? `${m.dir}/${rest}` : rest;
  }
  return undefined;
}
