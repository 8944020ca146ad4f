// The base side's source: `git worktree add --detach` of the base ref in a temporary directory,
// and the directory in it that corresponds to the module directory perfgate runs in (the module
// may sit below the repository root). Removed again with `git worktree remove`.

import { realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AbError } from './ab-error.js';
import { runProcess, tail } from './run-process.js';

export interface BaseWorktree {
  /** The worktree's root. */
  root: string;
  /** The module directory inside it (`root` + the head directory's path in the repository). */
  moduleDir: string;
  baseSha: string;
  headSha: string;
}

type Env = Record<string, string | undefined>;

export async function addBaseWorktree(headDir: string, baseRef: string, into: string, env: Env): Promise<BaseWorktree> {
  const top = (
    await git(['rev-parse', '--show-toplevel'], headDir, env, `${headDir} is not inside a git repository`)
  ).trim();
  const baseSha = (
    await git(
      ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`],
      headDir,
      env,
      `base ref '${baseRef}' is not a commit in this repository (with actions/checkout, set fetch-depth: 0)`,
    )
  ).trim();
  const headSha = (await git(['rev-parse', 'HEAD'], headDir, env, 'cannot read HEAD')).trim();
  const root = join(into, 'base-worktree');
  await git(['worktree', 'add', '--detach', root, baseSha], headDir, env, `git worktree add of ${baseRef} failed`);
  const inRepo = relative(await realpath(top), await realpath(headDir));
  return { root, moduleDir: join(root, inRepo), baseSha, headSha };
}

export async function removeBaseWorktree(headDir: string, worktree: BaseWorktree, env: Env): Promise<void> {
  await runProcess('git', ['worktree', 'remove', '--force', worktree.root], { cwd: headDir, env });
  await runProcess('git', ['worktree', 'prune'], { cwd: headDir, env });
}

async function git(args: string[], cwd: string, env: Env, failure: string): Promise<string> {
  const result = await runProcess('git', args, { cwd, env });
  if (result.code !== 0) throw new AbError(`${failure}${result.stderr.trim() ? `:\n${tail(result.stderr, 5)}` : ''}`);
  return result.stdout;
}
