// The Action's `mode: ab`, run as the runner runs it (a fresh bundle of src/ as `node index.js`,
// INPUT_* variables, a loopback GitHub): on a pull request it measures the throwaway repository's
// base tag against the checked-out head, interleaved, and posts the sticky comment naming the
// slowed function, the seed and the new package. Skips without a Go toolchain.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './e2e/fake-github.js';
import { buildBundle, pullRequestEvent, removeTempDirs, runAction, tempDir } from './e2e/run-action.js';
import { makeAbRepo, testGo } from './ab-repo.js';
import { skipNote, titled } from './outside-repo.js';

const go = testGo();
const prEvent = pullRequestEvent({ baseSha: 'a'.repeat(40), headSha: 'e'.repeat(40), number: 11 });

describe.skipIf(!go)(
  titled('the Action in mode ab', skipNote(go !== undefined, 'a Go toolchain (/usr/lib/go-1.23)')),
  () => {
    let bundle = '';
    let github: FakeGitHub;
    beforeAll(async () => {
      bundle = buildBundle();
      github = new FakeGitHub();
      await github.start();
    }, 120_000);
    afterAll(async () => {
      await github.stop();
      removeTempDirs();
    });

    it('measures base and head in the job and comments like compare', async () => {
      const repo = join(tempDir('perfgate-ws-ab-'), 'repo');
      makeAbRepo(repo);
      // The summary is written before the comment is posted (one publishing path with compare).
      let summaryPath = '';
      let summaryAtComment: string | undefined;
      github.onRequest = (req) => {
        if (req.method === 'POST' && /\/issues\/11\/comments$/.test(req.url))
          summaryAtComment = readFileSync(summaryPath, 'utf8');
      };
      const run = await runAction({
        bundle,
        server: github,
        workspace: repo,
        inputs: {
          mode: 'ab',
          'base-ref': 'base',
          packages: './...',
          rounds: '4',
          benchtime: '1600x',
          profiles: 'cpu',
          seed: '7',
          'fail-on': 'never',
        },
        eventName: 'pull_request',
        event: prEvent,
        runId: 9011,
        sha: 'f'.repeat(40),
        ref: 'refs/pull/11/merge',
        env: { GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod' },
        onFiles: (f) => (summaryPath = f.summary),
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('perfgate ab: seed 7 (--seed 7 repeats this order)');
      expect(run.stdout).toMatch(/perfgate ab: \[8\/8\] round 4\/4/);
      expect(run.outputs['verdict']).toMatch(/^(warn|fail)$/);
      const comments = github.comments.get(11) ?? [];
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toContain('work.Checksum');
      expect(body).toContain('Interleaved A/B in this job: base `base`');
      expect(body).toContain('4 rounds of 1 package, seed 7');
      expect(body).toContain('example.com/abdemo/fresh&#58; new in head'); // notes are escaped
      expect(run.summary).toContain('Interleaved A/B in this job');
      expect(summaryAtComment).toContain('Interleaved A/B in this job');
    }, 180_000);
  },
);
