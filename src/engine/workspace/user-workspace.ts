// What the workspace says about the user's code: its Go module paths (go.mod `module` lines,
// unless given) for culprit attribution, and the pull request's changed lines when a diff base
// is named. Shared by the CLI and the Action.

import type { ReportChanges } from '../../report/report.js';
import { changedLines } from './diff-base.js';
import { findGoModules } from './source-paths.js';

export interface UserWorkspace {
  modules: string[];
  changes?: ReportChanges;
}

export async function userWorkspace(
  workspace: string,
  modules: readonly string[] | undefined,
  diffBase: string | undefined,
): Promise<UserWorkspace> {
  const found = await findGoModules(workspace);
  const paths = modules?.length ? [...modules] : found.map((m) => m.path);
  if (!diffBase) return { modules: paths };
  return { modules: paths, changes: await changedLines(workspace, diffBase, found) };
}
