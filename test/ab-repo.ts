// The throwaway git repository of the A/B tests, made from fixtures/_gen/ab/: commit `base`
// (tag), commit `head` (tag, branch main: work.Checksum 5x slower, package fresh new), and branch
// `broken` on top of head where package work does not compile. Also the Go toolchain to use.

import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { findGo } from '../src/engine/ab/go-toolchain.js';

const fixture = 'fixtures/_gen/ab';

/** The environment of every Go and git command in these tests. */
export const abTestEnv: Record<string, string | undefined> = {
  ...process.env,
  GOTOOLCHAIN: 'local',
  GOPROXY: 'off',
  GOFLAGS: '-mod=mod',
  GIT_AUTHOR_NAME: 'perfgate test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'perfgate test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** The Go command perfgate ab would find, or undefined (the tests then skip). */
export function testGo(): string | undefined {
  try {
    return findGo(undefined, process.env);
  } catch {
    return undefined;
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: abTestEnv, encoding: 'utf8' });
}

/** Makes the repository in `repo` (which must not exist yet). */
export function makeAbRepo(repo: string): void {
  const commitOverlay = (tree: string, message: string): void => {
    cpSync(join(fixture, tree), repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', message);
  };
  cpSync(join(fixture, 'base'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'tag', 'base');
  commitOverlay('head', 'head: Checksum 5x slower, package fresh');
  git(repo, 'tag', 'head');
  git(repo, 'checkout', '-q', '-b', 'broken');
  commitOverlay('broken', 'broken: work does not compile');
  git(repo, 'checkout', '-q', 'main');
}
