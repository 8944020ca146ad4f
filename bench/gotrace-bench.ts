// Go execution trace throughput: perfgate's streaming reader against Go 1.26's own parser
// (fixtures/_gen/gotracestat) on large real traces, in the same run. Not a test.
//   node --import tsx bench/gotrace-bench.ts            # all bench/.data/*.trace (made if missing)
//   node --import tsx bench/gotrace-bench.ts --one FILE # one parse in this process (used internally)
// Two ways each: the parse alone in one thread (its own clock, as gotracestat's parseSeconds), and
// whole processes timed from outside: `node dist/cli.js inspect --json FILE` (large v2 traces on
// worker threads, docs/formats-gotrace.md §3.8; needs `npm run build`) against `gotracestat FILE`.
// Data: `go test -run='^$' -bench=BenchmarkServerFakeConnNoKeepAlive -benchtime=3s -trace …
// net/http` with Go 1.23 and 1.21, and with -benchtime=3500000x (~250 MB: memory must not grow
// with the trace), written to bench/.data/ (gitignored).

import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultJobs } from '../src/engine/import-pool/file-importer.js';
import { withRandomAccess } from '../src/engine/read-inputs/random-access.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';

const data = resolve('bench/.data');
const oracle = process.env['GOTRACESTAT'] ?? '/tmp/gotracestat';

async function parseOnce(file: string): Promise<void> {
  const start = performance.now();
  const chunks = createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
  const ctx = { path: file, limits: defaultLimits, diagnostics: new DiagnosticSink() };
  // As the engine reads a file on disk: the chunks, and random access for legacy traces' second pass.
  const whole = process.env['PERFGATE_WHOLE_BODY'] === '1';
  const artifact = await withRandomAccess(file, statSync(file).size, (randomAccess) =>
    goTraceImporter.parseStream!(chunks, whole ? ctx : { ...ctx, randomAccess }),
  );
  const seconds = (performance.now() - start) / 1000;
  const events = artifact.content.type === 'go-trace' ? artifact.content.summary.events : 0;
  console.log(JSON.stringify({ seconds, events }));
}

/** The traces: `net/http` benchmarks for 3 s with Go 1.23 and 1.21, and a ~250 MB Go 1.23 one. */
const traces = [
  { name: 'nethttp-go1.23.trace', version: '1.23', benchtime: '3s' },
  { name: 'nethttp-go1.21.trace', version: '1.21', benchtime: '3s' },
  { name: 'nethttp-go1.23-large.trace', version: '1.23', benchtime: '3500000x' },
];

function ensureData(): void {
  mkdirSync(data, { recursive: true });
  for (const t of traces) {
    const out = join(data, t.name);
    if (existsSync(out)) continue;
    const go = `/usr/lib/go-${t.version}/bin/go`;
    if (!existsSync(go)) continue;
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod' };
    const args = [
      'test',
      '-run=^$',
      '-bench=BenchmarkServerFakeConnNoKeepAlive',
      `-benchtime=${t.benchtime}`,
      '-trace',
      out,
      'net/http',
    ];
    execFileSync(go, args, { cwd: `/usr/lib/go-${t.version}/src/net/http`, env, stdio: 'inherit' });
  }
  if (!existsSync(oracle))
    execFileSync('bash', [resolve('fixtures/_gen/gotracestat/build.sh'), oracle], { stdio: 'inherit' });
}

/** One child run under /usr/bin/time: its JSON line, its wall seconds and its peak RSS in MiB. */
function measure(command: string, args: string[]): { json: Record<string, number>; wall: number; peakMiB: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr.slice(0, 400)}`);
  const [wall = 0, kib = 0] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  const json = (last.startsWith('{') ? JSON.parse(last) : {}) as Record<string, number>;
  return { json, wall, peakMiB: kib / 1024 };
}

function bestOf(n: number, run: () => { seconds: number; peakMiB: number }): { seconds: number; peakMiB: number } {
  let best = run();
  for (let i = 1; i < n; i++) {
    const next = run();
    if (next.seconds < best.seconds) best = next;
  }
  return best;
}

function main(): void {
  ensureData();
  const files = readdirSync(data)
    .filter((f) => f.endsWith('.trace'))
    .map((f) => join(data, f));
  console.log(`against gotracestat: Go 1.26 internal/trace (${oracle}, ${goVersion()}); ratio = ours / Go throughput`);
  console.log('one thread, parse time only:');
  console.log('trace                         MB     ours MB/s  (peak MiB)   go MB/s  (peak MiB)   ratio');
  for (const file of files) oneThreadRow(file);
  if (!existsSync('dist/cli.js')) {
    console.log('whole processes: skipped (no dist/cli.js: npm run build)');
    return;
  }
  console.log(`whole processes, wall time (perfgate inspect: v2 traces on ${defaultJobs()} threads):`);
  console.log('trace                         MB     ours MB/s  (peak MiB)   go MB/s  (peak MiB)   ratio');
  for (const file of files) processRow(file);
}

function goVersion(): string {
  const r = spawnSync('/usr/lib/go-1.26/bin/go', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'go version unknown';
}

function processRow(file: string): void {
  const mb = statSync(file).size / 1e6;
  const ours = bestOf(3, () => {
    const m = measure(process.execPath, ['dist/cli.js', 'inspect', '--json', file]);
    return { seconds: m.wall, peakMiB: m.peakMiB };
  });
  const go = bestOf(3, () => {
    const m = measure(oracle, [file]);
    return { seconds: m.wall, peakMiB: m.peakMiB };
  });
  printRow(file, mb, ours, go);
}

function printRow(
  file: string,
  mb: number,
  ours: { seconds: number; peakMiB: number },
  go: { seconds: number; peakMiB: number },
): void {
  const name = file.split('/').pop()!.padEnd(28);
  const row = [
    mb.toFixed(1).padStart(6),
    (mb / ours.seconds).toFixed(1).padStart(10),
    `(${ours.peakMiB.toFixed(0)})`.padStart(11),
    (mb / go.seconds).toFixed(1).padStart(9),
    `(${go.peakMiB.toFixed(0)})`.padStart(11),
    (go.seconds / ours.seconds).toFixed(2).padStart(7),
  ];
  console.log(name, row.join(' '));
}

function oneThreadRow(file: string): void {
  const mb = statSync(file).size / 1e6;
  const ours = bestOf(3, () => {
    const m = measure(process.execPath, ['--import', 'tsx', 'bench/gotrace-bench.ts', '--one', file]);
    return { seconds: m.json['seconds']!, peakMiB: m.peakMiB };
  });
  const go = bestOf(3, () => {
    const m = measure(oracle, [file]);
    return { seconds: m.json['parseSeconds']!, peakMiB: m.peakMiB };
  });
  printRow(file, mb, ours, go);
}

if (process.argv[2] === '--one') await parseOnce(process.argv[3]!);
else main();
