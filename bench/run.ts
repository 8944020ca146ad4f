// `npm run bench`: perfgate's speed against the reference tools, measured in the same run.
// Not a test. Needs Go 1.23 for the data (bench/gen-large.sh makes it into bench/.data/, which
// is gitignored, the first time) and measures against the newest Go installed (bench/newest-go.ts).
//   1. compare of two large heap profiles: `perfgate compare` (dist/cli.js) against
//      `go tool pprof -symbolize=none -top -diff_base`: wall and CPU time, ratio and peak memory,
//      and `compare --flamegraph` on the same pair;
//   2. gunzip throughput, pako against node:zlib (gzip.ts uses node:zlib, pako only to place errors);
//   3. profile.proto decoding into the model (samples in columns, decode-samples.ts) against
//      protobufjs's reflection decoder building an object per sample.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inflate } from 'pako';
import protobuf from 'protobufjs';
import { buildProfile } from '../src/formats/pprof/build-profile.js';
import { decodeProfileProto } from '../src/formats/pprof/decode.js';
import { NumberReader } from '../src/formats/pprof/number-reader.js';
import { newestGo } from './newest-go.js';

const data = resolve('bench/.data');
const go = newestGo();

function ensureData(): void {
  if (!existsSync(join(data, 'base.pprof')) || !existsSync(join(data, 'head.pprof')))
    execFileSync('bash', ['bench/gen-large.sh'], { stdio: 'inherit' });
  for (const side of ['base', 'head']) {
    mkdirSync(join(data, 'runs', side), { recursive: true });
    const link = join(data, 'runs', side, 'mem.pprof');
    if (!existsSync(link)) linkSync(join(data, `${side}.pprof`), link); // runs never follow symlinks
  }
}

interface Timed {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

/** Runs a command under /usr/bin/time: wall seconds, user + system CPU seconds, peak RSS in MiB. */
function timed(command: string, args: string[]): Timed {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, user, sys, kib] = last.split(' ').map(Number);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr.slice(0, 500)}`);
  return { seconds: seconds ?? NaN, cpuSeconds: (user ?? NaN) + (sys ?? NaN), peakMiB: (kib ?? NaN) / 1024 };
}

function line(name: string, t: Timed): string {
  return `${name.padEnd(34)} ${t.seconds.toFixed(2).padStart(7)} s wall ${t.cpuSeconds.toFixed(2).padStart(7)} s CPU  peak ${t.peakMiB.toFixed(0).padStart(5)} MiB`;
}

function best<T extends { seconds: number }>(runs: number, once: () => T): T {
  let winner: T | undefined;
  for (let i = 0; i < runs; i++) {
    const r = once();
    if (!winner || r.seconds < winner.seconds) winner = r;
  }
  return winner as T;
}

function timeIt(fn: () => void, repeat = 3): number {
  let bestMs = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    bestMs = Math.min(bestMs, performance.now() - start);
  }
  return bestMs;
}

function compareBench(): void {
  ensureData();
  const gz = readFileSync(join(data, 'base.pprof'));
  const raw = gunzipSync(gz);
  console.log(
    `input: two heap profiles of ${(gz.length / 2 ** 20).toFixed(1)} MiB gzipped, ${(raw.length / 2 ** 20).toFixed(1)} MiB decoded each`,
  );
  const runs = [
    '--base',
    join(data, 'runs/base'),
    '--head',
    join(data, 'runs/head'),
    '--fail-on',
    'never',
    '--json',
    '/dev/null',
  ];
  const ours = best(3, () => timed('node', ['dist/cli.js', 'compare', ...runs]));
  const flame = best(1, () =>
    timed('node', ['dist/cli.js', 'compare', ...runs, '--flamegraph', join(data, 'flamegraph')]),
  );
  const pprof = best(1, () =>
    timed(go.pprof, ['-symbolize=none', '-top', '-diff_base', join(data, 'base.pprof'), join(data, 'head.pprof')]),
  );
  console.log(`against ${go.version} (pprof: ${go.pprof})`);
  console.log(line('perfgate compare (best of 3)', ours));
  console.log(line('perfgate compare --flamegraph', flame));
  console.log(line('go tool pprof -top -diff_base', pprof));
  console.log(
    `ratio: perfgate is ${(pprof.seconds / ours.seconds).toFixed(1)}x faster in wall time (target ≥ 10x), ${(pprof.cpuSeconds / ours.cpuSeconds).toFixed(1)}x in CPU time`,
  );
  const decodedMiB = (2 * raw.length) / 2 ** 20; // the pair is about equal in size
  console.log(
    `compare peak: ${(ours.peakMiB / decodedMiB).toFixed(1)}x the decoded input of ${decodedMiB.toFixed(0)} MiB (target ≤ 3x)`,
  );
  console.log(
    `flame graphs: ${flame.seconds.toFixed(1)} s, peak ${flame.peakMiB.toFixed(0)} MiB (target < 10 s, < 1024 MiB)`,
  );
  inflateBench(gz, raw.length);
  decodeBench(raw);
}

function inflateBench(gz: Buffer, rawBytes: number): void {
  const pakoMs = timeIt(() => inflate(gz));
  const zlibMs = timeIt(() => gunzipSync(gz));
  const mbps = (ms: number): string => (rawBytes / 2 ** 20 / (ms / 1000)).toFixed(0);
  console.log(
    `gunzip: pako ${mbps(pakoMs)} MiB/s, node:zlib ${mbps(zlibMs)} MiB/s (pako/zlib time ${(pakoMs / zlibMs).toFixed(2)}x)`,
  );
}

function decodeBench(raw: Buffer): void {
  const root = protobuf.parse(readFileSync('src/formats/pprof/profile.proto', 'utf8')).root;
  const reflected = root.lookupType('perftools.profiles.Profile');
  const columnsMs = timeIt(() => buildProfile(decodeProfileProto(raw), Number.MAX_SAFE_INTEGER));
  const reflectMs = timeIt(() => reflected.decode(new NumberReader(raw)));
  console.log(
    `decode profile.proto (both reading int64 as numbers): to the model in columns ${columnsMs.toFixed(0)} ms, reflection (objects, no model) ${reflectMs.toFixed(0)} ms`,
  );
}

compareBench();
