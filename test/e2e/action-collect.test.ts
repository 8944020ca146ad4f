// The Action's collect-* inputs: the bundle, run as the runner runs it, first takes the
// profiles of a (replayed) running service, then compares them with a local baseline. A header
// from a secret reaches the service but never the log; a failing endpoint is a warning.

import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServers, recorded, replay, serve } from '../collect-replay.js';
import { FakeGitHub } from './fake-github.js';
import { buildBundle, pullRequestEvent, removeTempDirs, runAction, tempDir } from './run-action.js';

const prEvent = pullRequestEvent({ baseSha: 'a'.repeat(40), headSha: 'e'.repeat(40) });

let bundle = '';
let github: FakeGitHub;
beforeAll(async () => {
  bundle = buildBundle();
  github = new FakeGitHub();
  await github.start();
}, 120_000);
afterAll(async () => {
  await github.stop();
  closeServers();
  removeTempDirs();
});

describe('the Action collects from a running service', () => {
  it('takes the profiles into collect-out, compares them, and masks the header secret', async () => {
    let authorization = '';
    const url = await serve((req, res) => {
      authorization = String(req.headers['authorization']);
      replay('/internal/pprof', {
        block: (_q, r) => r.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found (100% gone)\n'),
      })(req, res);
    });
    const ws = tempDir('perfgate-ws-collect-');
    mkdirSync(join(ws, 'base', 'run1'), { recursive: true });
    for (const name of ['cpu', 'heap'])
      cpSync(join(recorded, `${name}.body`), join(ws, 'base', 'run1', `${name}.pprof`));
    const run = await runAction({
      bundle,
      server: github,
      workspace: ws,
      inputs: {
        'collect-url': url,
        'collect-prefix': '/internal/pprof',
        'collect-profiles': 'cpu,heap,block',
        'collect-seconds': '1',
        'collect-header-env': 'SERVICE_AUTH',
        artifacts: 'perfgate-collect/**',
        'baseline-path': 'base',
        comment: 'never',
        'fail-on': 'never',
      },
      eventName: 'pull_request',
      event: prEvent,
      runId: 9001,
      sha: 'f'.repeat(40),
      ref: 'refs/pull/7/merge',
      env: { SERVICE_AUTH: 'Authorization: Bearer collect-secret-42' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(authorization).toBe('Bearer collect-secret-42');
    expect(existsSync(join(ws, 'perfgate-collect', 'cpu.pprof'))).toBe(true);
    expect(existsSync(join(ws, 'perfgate-collect', 'heap.pprof'))).toBe(true);
    expect(run.stdout).toMatch(/collect: cpu .* ok, cpu\.pprof/);
    expect(run.stdout).toMatch(
      /::warning::perfgate collect: block from http:\/\/127\.0\.0\.1:\d+\/internal\/pprof\/block: HTTP 404/,
    );
    // Escaped once, as a workflow command (the runner shows `100%`); escaped twice it would show `100%25`.
    expect(run.stdout).toContain('HTTP 404: 404 page not found (100%25 gone)');
    // The runner consumes `::add-mask::` and hides the value everywhere after it; nothing else may show it.
    expect(run.stdout).toContain('::add-mask::Bearer collect-secret-42');
    const shown = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/gm, '');
    expect(shown).not.toContain('collect-secret-42');
    expect(run.outputs['verdict']).toMatch(/^(pass|warn|fail)$/);
    const manifest = JSON.parse(readFileSync(join(ws, 'perfgate-collect', 'collect.json'), 'utf8')) as {
      items: { name: string; ok: boolean }[];
    };
    expect(manifest.items.map((i) => [i.name, i.ok])).toEqual([
      ['cpu', true],
      ['heap', true],
      ['block', false],
    ]);
  });
});
