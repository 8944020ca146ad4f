// End to end: `perfgate compare` on 10 runs per side (200 real profiles of mixed kinds, 4 Go
// traces of about 25 MB, the bench output) against the same reading done by the Go tools in the
// same run: `go tool pprof -symbolize=none -top` once per profile and gotracestat (Go 1.26's
// internal/trace) once per trace. Wall time, CPU time (user + system) and peak RSS of the
// largest process. Not a test. Data: bench/gen-e2e.sh (made the first time, needs Go 1.23).
//   node --import tsx bench/e2e-bench.ts        # PERFGATE_CLI=path/to/cli.js to try another build

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

const data = resolve('bench/.data/e2e');
const goTool = process.env['GO'] ?? '/usr/lib/go-1.23/bin/go';
const oracle = process.env['GOTRACESTAT'] ?? '/tmp/gotracestat';
const cli = process.env['PERFGATE_CLI'] ?? 'dist/cli.js';

interface Measured {
  wall: number;
  cpu: number;
  peakMiB: number;
}

function ensureData(): void {
  if (!existsSync(join(data, 'head', 'run10'))) execFileSync('bash', ['bench/gen-e2e.sh'], { stdio: 'inherit' });
  if (!existsSync(oracle)) execFileSync('bash', [resolve('../shared/tools/gotracestat/build.sh'), oracle], { stdio: 'inherit' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).sort();
}

/** One command under /usr/bin/time: wall, user + system CPU of it and its children, largest RSS. */
function measure(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-600)}`);
  const [wall, user, sys, kib] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [number, number, number, number];
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

/** The Go tools' reading of the same files, `parallel` processes at a time. */
function goTools(profiles: string[], traces: string[], parallel: number): Measured {
  const commands = [
    ...profiles.map((f) => `${goTool} tool pprof -symbolize=none -top ${f} > /dev/null`),
    ...traces.map((f) => `${oracle} ${f} > /dev/null`),
  ];
  const list = join(data, '..', 'e2e-commands.txt');
  writeFileSync(list, commands.join('\n') + '\n');
  return measure('bash', ['-c', `xargs -P ${parallel} -d '\\n' -I CMD sh -c CMD < ${list}`]);
}

function row(name: string, m: Measured): string {
  return `${name.padEnd(44)} ${m.wall.toFixed(2).padStart(7)} s ${m.cpu.toFixed(2).padStart(7)} s ${m.peakMiB.toFixed(0).padStart(7)} MiB`;
}

function main(): void {
  ensureData();
  const all = filesUnder(data);
  const profiles = all.filter((f) => f.endsWith('.pprof'));
  const traces = all.filter((f) => f.endsWith('.trace'));
  const mb = (files: string[]): string => (files.reduce((a, f) => a + statSync(f).size, 0) / 1e6).toFixed(1);
  console.log(`input: ${profiles.length} profiles (${mb(profiles)} MB), ${traces.length} traces (${mb(traces)} MB), ${all.length} files; ${availableParallelism()} cores`);
  const compare = (extra: string[]): Measured =>
    measure('node', [cli, 'compare', '--base', join(data, 'base'), '--head', join(data, 'head'), '--fail-on', 'never', '--json', '/dev/null', ...extra]);
  const ours = best(3, () => compare([]));
  const oursOneThread = best(3, () => compare(['--jobs', '1']));
  const goParallel = best(2, () => goTools(profiles, traces, availableParallelism()));
  const goSerial = best(1, () => goTools(profiles, traces, 1));
  console.log(`${''.padEnd(44)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak'.padStart(11)}`);
  console.log(row('perfgate compare (threads)', ours));
  console.log(row('perfgate compare --jobs 1', oursOneThread));
  console.log(row(`go tool pprof -top + gotracestat, ${availableParallelism()} at a time`, goParallel));
  console.log(row('go tool pprof -top + gotracestat, one at a time', goSerial));
  console.log(`ratio: perfgate is ${(goParallel.wall / ours.wall).toFixed(1)}x faster in wall time than the Go tools on the same cores, ` +
    `${(goParallel.cpu / ours.cpu).toFixed(1)}x in CPU time (target ≥ 3x, and under 15 s)`);
  console.log(`threads: ${(oursOneThread.wall / ours.wall).toFixed(2)}x faster in wall time than one thread`);
}

main();
