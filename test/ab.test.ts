// `perfgate ab` for real: a throwaway git repository built from fixtures/_gen/ab/ (base commit;
// head commit where work.Checksum is 5x slower and package fresh is new; a branch `broken` that
// does not compile), measured with a real Go toolchain. Skips, saying why, when no Go is found
// (.ci/run installs one).

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { abbaOrder } from '../src/engine/ab/abba-schedule.js';
import { abTestEnv as env, git, makeAbRepo, testGo } from './ab-repo.js';
import { skipNote, titled } from './outside-repo.js';

const go = testGo();
let temp = '';
let repo = '';

async function ab(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['ab', '--go', go ?? 'go', ...args], {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => '2026-01-01T00:00:00.000Z',
    env,
  });
  return { code, stdout, stderr };
}

function report(path: string): { verdict: string; findings: { id: string; severity: string }[] } {
  return JSON.parse(readFileSync(path, 'utf8')) as { verdict: string; findings: { id: string; severity: string }[] };
}

describe.skipIf(!go)(
  titled(`perfgate ab (Go: ${go ?? 'none'})`, skipNote(go !== undefined, 'a Go toolchain (/usr/lib/go-1.23)')),
  () => {
    beforeAll(() => {
      temp = mkdtempSync(join(tmpdir(), 'perfgate-ab-test-'));
      repo = join(temp, 'repo');
      makeAbRepo(repo);
    });
    afterAll(() => {
      if (temp) rmSync(temp, { recursive: true, force: true });
    });

    it('runs base and head interleaved (ABBA), lays out the runs, and names the slowed function', async () => {
      const out = join(temp, 'out');
      const json = join(temp, 'report.json');
      const { code, stdout, stderr } = await ab([
        '--dir',
        repo,
        '--base-ref',
        'base',
        '--out',
        out,
        '--runs',
        '4',
        '--benchtime',
        '400x',
        '--seed',
        '7',
        '--profiles',
        'cpu,mem',
        '--json',
        json,
      ]);
      expect(stderr).toContain('seed 7 (--seed 7 repeats this order)');
      expect(stderr).toMatch(/\[8\/8\] round 4\/4 (base|head) work .*about 0\.0s left/);
      expect(stderr).toContain('example.com/abdemo/fresh: new in head');
      expect(stderr).toContain('example.com/abdemo/nobench: no benchmark matches');
      expect(code, stderr).toBeLessThanOrEqual(1);

      const log = readFileSync(join(out, 'ab-log.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(log[0]).toMatchObject({
        type: 'start',
        seed: 7,
        packages: ['example.com/abdemo/nobench', 'example.com/abdemo/work'],
      });
      expect(log.filter((e) => e['type'] === 'warmup')).toHaveLength(4); // nobench and work, both sides
      const runs = log.filter((e) => e['type'] === 'run');
      const order = abbaOrder(4, 7);
      expect(runs.map((e) => `${String(e['round'])}:${String(e['side'])}`)).toEqual(
        order.flatMap((o, i) => o.map((side) => `${i + 1}:${side}`)),
      );
      expect(order[0]).toEqual([...(order[1] ?? [])].reverse()); // rounds come in mirrored pairs
      expect(log.at(-1)).toMatchObject({ type: 'end', roundsRun: 4, stoppedByBudget: false });

      for (const side of ['base', 'head']) {
        expect(readdirSync(join(out, side))).toEqual(['work']);
        expect(readdirSync(join(out, side, 'work')).sort()).toEqual(['run1', 'run2', 'run3', 'run4']);
        expect(readdirSync(join(out, side, 'work', 'run1')).sort()).toEqual(['bench.txt', 'cpu.pprof', 'mem.pprof']);
      }
      expect(readFileSync(join(out, 'head', 'work', 'run1', 'bench.txt'), 'utf8')).toContain(
        'pkg: example.com/abdemo/work',
      );

      const result = report(json);
      const regressed = result.findings.filter((f) => f.severity !== 'info' && JSON.stringify(f).includes('Checksum'));
      expect(regressed.length, stdout).toBeGreaterThan(0);
      expect(result.findings.filter((f) => f.severity !== 'info' && JSON.stringify(f).includes('Mix'))).toEqual([]);
      expect(['warn', 'fail']).toContain(result.verdict);
      expect(stdout).toContain('Checksum');
    }, 180_000);

    it('A/A (base ref = head) finds nothing to fail', async () => {
      const json = join(temp, 'aa.json');
      const { code, stderr } = await ab([
        '--dir',
        repo,
        '--base-ref',
        'HEAD',
        '--out',
        join(temp, 'aa'),
        '--runs',
        '4',
        '--benchtime',
        '200x',
        '--packages',
        './work',
        '--json',
        json,
      ]);
      expect(code, stderr).toBe(0);
      expect(report(json).verdict).not.toBe('fail');
    }, 180_000);

    it('a head package that does not build is an error naming the side and package', async () => {
      const broken = join(temp, 'broken-wt');
      git(repo, 'worktree', 'add', '-q', broken, 'broken');
      const { code, stderr } = await ab([
        '--dir',
        broken,
        '--base-ref',
        'head',
        '--out',
        join(temp, 'broken-out'),
        '--runs',
        '2',
        '--benchtime',
        '10x',
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain('head: package example.com/abdemo/work does not build');
      expect(stderr).toContain('undefinedHelper');
    }, 180_000);

    it('a base package that does not build is left out with a note; a budget stops adding rounds', async () => {
      const out = join(temp, 'base-broken');
      const { code, stderr } = await ab([
        '--dir',
        repo,
        '--base-ref',
        'broken',
        '--out',
        out,
        '--runs',
        '2',
        '--benchtime',
        '10x',
        '--fail-on',
        'never',
      ]);
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(
        'note: base: package example.com/abdemo/work does not build (go test -c exit 1); not compared',
      );
      expect(existsSync(join(out, 'base', 'work'))).toBe(false);

      const budget = await ab([
        '--dir',
        repo,
        '--base-ref',
        'base',
        '--out',
        join(temp, 'budget'),
        '--runs',
        '6',
        '--benchtime',
        '10x',
        '--packages',
        './work',
        '--time-budget',
        '0.001s',
        '--fail-on',
        'never',
      ]);
      expect(budget.code, budget.stderr).toBe(0);
      expect(budget.stderr).toContain('time budget of 0s reached: 1 of 6 rounds ran');
    }, 180_000);

    it('a base ref that does not exist is an error', async () => {
      const { code, stderr } = await ab(['--dir', repo, '--base-ref', 'no-such-ref', '--out', join(temp, 'x')]);
      expect(code).toBe(2);
      expect(stderr).toContain("base ref 'no-such-ref' is not a commit");
    });
  },
);
