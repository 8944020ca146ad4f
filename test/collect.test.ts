// `perfgate collect` against a loopback server that replays real net/http/pprof answers
// (recorded from fixtures/_gen/pprof-service), plus the faults services really show: a refused
// second CPU profile, an HTML page at a wrong prefix, 404, 401, a body cut short, an endpoint
// that never answers, and TLS with a private CA.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { closeServers, recorded, replay, serve, type Handler } from './collect-replay.js';

async function collect(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const out = mkdtempSync(join(tmpdir(), 'perfgate-collect-'));
  const code = await main(['collect', '--out', out, ...args], {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => '2026-01-01T00:00:00Z',
    env,
  });
  const manifest = existsSync(join(out, 'collect.json'))
    ? (JSON.parse(readFileSync(join(out, 'collect.json'), 'utf8')) as {
        items: {
          name: string;
          ok: boolean;
          file: string | null;
          error: string | null;
          format: string | null;
          url: string;
        }[];
      })
    : undefined;
  return { code, stdout, stderr, out, manifest, item: (name: string) => manifest?.items.find((i) => i.name === name) };
}

afterAll(closeServers);

describe('collect from a service', () => {
  let url = '';
  beforeAll(async () => {
    url = await serve(replay('/internal/pprof'));
  });

  it('takes every default profile and the trace, checked by content', async () => {
    const r = await collect(['--url', url, '--prefix', '/internal/pprof', '--seconds', '1', '--trace-seconds', '1']);
    expect(r.code).toBe(0);
    expect(r.manifest?.items.map((i) => [i.name, i.ok, i.format])).toEqual([
      ['cpu', true, 'pprof'],
      ['trace', true, 'go-trace'],
      ['heap', true, 'pprof'],
      ['allocs', true, 'pprof'],
      ['block', true, 'pprof'],
      ['mutex', true, 'pprof'],
      ['goroutine', true, 'pprof'],
    ]);
    for (const file of ['cpu.pprof', 'trace.out', 'heap.pprof', 'goroutine.pprof'])
      expect(existsSync(join(r.out, file))).toBe(true);
    expect(r.item('heap')?.url).toMatch(/\/internal\/pprof\/heap\?gc=1$/);
    expect(r.item('cpu')?.url).toMatch(/\/profile\?seconds=1$/);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('collect:'))).toHaveLength(7);
  });

  it('names the URL and the HTML page when the prefix is wrong, and keeps nothing bogus', async () => {
    const r = await collect(['--url', url, '--profiles', 'heap', '--seconds', '1']);
    expect(r.code).toBe(1);
    expect(r.item('heap')?.error).toMatch(/HTML page, not a profile: is the path prefix right/);
    expect(r.item('heap')?.url).toContain('/debug/pprof/heap');
    expect(r.item('heap')?.file).toBeNull();
  });
});

describe('collect when the service misbehaves', () => {
  it('reports the refused CPU profile and still keeps the others', async () => {
    const url = await serve(replay('/debug/pprof', { profile: 'cpu-busy' }));
    const r = await collect(['--url', url, '--profiles', 'cpu,heap', '--seconds', '1']);
    expect(r.code).toBe(1);
    expect(r.item('cpu')?.error).toBe('HTTP 500: Could not enable CPU profiling: cpu profiling already in use');
    expect(r.item('heap')?.ok).toBe(true);
    expect(r.stdout).toContain('collected 1 of 2');
  });

  it('reports 404 and 401 with their status', async () => {
    const status =
      (code: number): Handler =>
      (_req, res) =>
        res
          .writeHead(code, { 'content-type': 'text/plain' })
          .end(code === 401 ? 'unauthorized\n' : '404 page not found\n');
    const url = await serve(replay('/debug/pprof', { heap: status(404), allocs: status(401) }));
    const r = await collect(['--url', url, '--profiles', 'heap,allocs,goroutine']);
    expect(r.item('heap')?.error).toBe('HTTP 404: 404 page not found');
    expect(r.item('allocs')?.error).toBe('HTTP 401: unauthorized');
    expect(r.item('goroutine')?.ok).toBe(true);
  });

  it('keeps a body cut short as .partial and says so', async () => {
    const body = readFileSync(join(recorded, 'goroutine.body'));
    const cut: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
      res.write(body.subarray(0, 100));
      setTimeout(() => res.socket?.destroy(), 50);
    };
    const url = await serve(replay('/debug/pprof', { goroutine: cut }));
    const r = await collect(['--url', url, '--profiles', 'goroutine']);
    expect(r.code).toBe(1);
    expect(r.item('goroutine')?.error).toMatch(/closed before the whole response arrived|broke off/);
    expect(r.item('goroutine')?.file).toBe('goroutine.pprof.partial');
    expect(readFileSync(join(r.out, 'goroutine.pprof.partial'))).toHaveLength(100);
  });

  it('gives up on an endpoint that never answers, within the timeout', async () => {
    const url = await serve(replay('/debug/pprof', { mutex: () => undefined }));
    const started = Date.now();
    const r = await collect(['--url', url, '--profiles', 'mutex,block', '--timeout', '1']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.item('mutex')?.error).toBe('no complete answer within 1 s');
    expect(r.item('block')?.ok).toBe(true);
  });

  it('stores a body that is not a profile as .invalid with the importer error', async () => {
    const garbage: Handler = (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
    const url = await serve(replay('/debug/pprof', { block: garbage }));
    const r = await collect(['--url', url, '--profiles', 'block']);
    expect(r.item('block')?.error).toMatch(/^gzip\.truncated: /);
    expect(r.item('block')?.file).toBe('block.pprof.invalid');
  });
});

describe('collect with TLS and headers', () => {
  it('trusts a private CA from --ca-file and sends headers from the environment without printing them', async () => {
    let seen = '';
    const url = await serve((req, res) => {
      seen = String(req.headers['authorization']);
      replay('/debug/pprof')(req, res);
    }, true);
    const r = await collect(
      ['--url', url, '--profiles', 'heap', '--ca-file', 'fixtures/collect/tls/ca.pem', '--header-env', 'PPROF_AUTH'],
      { PPROF_AUTH: 'Authorization: Bearer s3cret-token' },
    );
    expect(r.item('heap')?.ok).toBe(true);
    expect(seen).toBe('Bearer s3cret-token');
    expect(r.stdout + r.stderr + readFileSync(join(r.out, 'collect.json'), 'utf8')).not.toContain('s3cret');
  });

  it('refuses an untrusted certificate', async () => {
    const url = await serve(replay('/debug/pprof'), true);
    const r = await collect(['--url', url, '--profiles', 'heap']);
    expect(r.item('heap')?.error).toMatch(/request failed: .*(self-signed|unable to verify|certificate)/i);
  });

  it('rejects a missing environment variable without echoing anything', async () => {
    const r = await collect(['--url', 'http://127.0.0.1:1', '--header-env', 'NOPE']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('environment variable NOPE is not set');
  });
});
