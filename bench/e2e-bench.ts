// End to end: `perfgate compare` on 10 runs per side (200 real profiles of mixed kinds, 4 Go
// traces of about 25 MB, the bench output) against the same reading done by the Go tools in the
// same run: the pprof binary (`go tool -n pprof`) with `-symbolize=none -top` once per profile and gotracestat (Go 1.26's
// internal/trace) once per trace. Wall time, CPU time (user + system) and peak RSS of the
// largest process. Not a test. Data: bench/gen-e2e.sh (made the first time, needs Go 1.23); the
// Go tools are the newest installed (bench/newest-go.ts).
//   node --import tsx bench/e2e-bench.ts        # PERFGATE_CLI=path/to/cli.js to try another build

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { newestGo } from './newest-go.js';

const data = resolve('bench/.data/e2e');
const go = newestGo();
const oracle = process.env['GOTRACESTAT'] ?? '/tmp/gotracestat';
const cli = process.env['PERFGATE_CLI'] ?? 'dist/cli.js';

interface Measured {
  wall: number;
  cpu: number;
  peakMiB: number;
}

function ensureData(): void {
  if (!existsSync(join(data, 'head', 'run10'))) execFileSync('bash', ['bench/gen-e2e.sh'], { stdio: 'inherit' });
  if (!existsSync(oracle))
    execFileSync('bash', [resolve('fixtures/_gen/gotracestat/build.sh'), oracle], { stdio: 'inherit' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** One command under /usr/bin/time: wall, user + system CPU of it and its children, largest RSS. */
function measure(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-600)}`);
  const [wall, user, sys, kib] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { wall, cpu: user + sys, peakMiB: kib / 1024 };
}

function best(n: number, run: () => Measured): Measured {
  let winner = run();
  for (let i = 1; i < n; i++) {
    const next = run();
    if (next.wall < winner.wall) winner = next;
  }
  return winner;
}

/** A tree of hard links to the files of `data` that `keep` selects (runs never follow symlinks). */
function subset(name: string, files: string[], keep: (f: string) => boolean): string {
  const root = join(data, '..', `e2e-${name}`);
  for (const f of files.filter(keep)) {
    const to = join(root, relative(data, f));
    if (existsSync(to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    linkSync(f, to);
  }
  return root;
}

/** The Go tools' reading of the same files, `parallel` processes at a time. */
function goTools(profiles: string[], traces: string[], parallel: number): Measured {
  const commands = [
    ...profiles.map((f) => `${go.pprof} -symbolize=none -top ${f} > /dev/null`),
    ...traces.map((f) => `${oracle} ${f} > /dev/null`),
  ];
  const list = join(data, '..', 'e2e-commands.txt');
  writeFileSync(list, commands.join('\n') + '\n');
  return measure('bash', ['-c', `xargs -P ${parallel} -d '\\n' -I CMD sh -c CMD < ${list}`]);
}

function main(): void {
  ensureData();
  const all = filesUnder(data);
  const profiles = all.filter((f) => f.endsWith('.pprof'));
  const traces = all.filter((f) => f.endsWith('.trace'));
  const mb = (files: string[]): string => (files.reduce((a, f) => a + statSync(f).size, 0) / 1e6).toFixed(1);
  console.log(`against ${go.version} (${go.path}); traces with gotracestat (Go 1.26 internal/trace)`);
  console.log(
    `input: ${profiles.length} profiles (${mb(profiles)} MB), ${traces.length} traces (${mb(traces)} MB), ${all.length} files; ${availableParallelism()} cores`,
  );
  const compare = (root: string, extra: string[] = []): Measured =>
    measure('node', [
      cli,
      'compare',
      '--base',
      join(root, 'base'),
      '--head',
      join(root, 'head'),
      '--fail-on',
      'never',
      '--json',
      '/dev/null',
      ...extra,
    ]);
  const cores = availableParallelism();
  const profileRoot = subset('profiles', all, (f) => !f.endsWith('.trace'));
  const traceRoot = subset('traces', all, (f) => f.endsWith('.trace'));
  const rows: [string, Measured, Measured][] = [
    ['everything', best(3, () => compare(data)), best(2, () => goTools(profiles, traces, cores))],
    [
      'everything, one thread / one process at a time',
      best(3, () => compare(data, ['--jobs', '1'])),
      best(1, () => goTools(profiles, traces, 1)),
    ],
    [
      `the ${profiles.length} profiles (and bench output)`,
      best(3, () => compare(profileRoot)),
      best(2, () => goTools(profiles, [], cores)),
    ],
    [`the ${traces.length} traces`, best(3, () => compare(traceRoot)), best(2, () => goTools([], traces, cores))],
  ];
  console.log(
    `${''.padEnd(48)} ${'perfgate compare'.padEnd(34)} go tool pprof -top + gotracestat (${cores} at a time)`,
  );
  console.log(
    `${''.padEnd(48)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak'.padStart(11)}   ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak'.padStart(11)}   wall ratio`,
  );
  for (const [name, ours, go] of rows)
    console.log(`${name.padEnd(48)} ${cells(ours)}   ${cells(go)}   ${(go.wall / ours.wall).toFixed(2)}x`);
  console.log('target: the whole compare under 10 s on 2 cores and at least 3x faster than the Go tools (wall ratio)');
}

function cells(m: Measured): string {
  return `${m.wall.toFixed(2).padStart(7)} s ${m.cpu.toFixed(2).padStart(7)} s ${m.peakMiB.toFixed(0).padStart(7)} MiB`;
}

main();
