// One measured run: the test binary of one package and side as its own process, in the package's
// directory (tests find testdata/ there), writing bench.txt (stdout) and the profiles and trace
// of that process into the run directory.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Side } from '../../model/artifact.js';
import { AbError } from './ab-error.js';
import { runProcess, tail } from './run-process.js';

export type AbProfile = 'cpu' | 'mem' | 'block' | 'mutex';

export const abProfiles: readonly AbProfile[] = ['cpu', 'mem', 'block', 'mutex'];

/** The test binary flag of each profile. */
const profileFlag: Record<AbProfile, string> = {
  cpu: '-test.cpuprofile',
  mem: '-test.memprofile',
  block: '-test.blockprofile',
  mutex: '-test.mutexprofile',
};

export interface BenchmarkRun {
  side: Side;
  importPath: string;
  binary: string;
  packageDir: string;
  /** Where the files go; undefined for a warm-up (its output is only read, never kept). */
  runDir: string | undefined;
  bench: string;
  benchtime: string;
  profiles: readonly AbProfile[];
  trace: boolean;
  env: Record<string, string | undefined>;
}

export interface BenchmarkOutcome {
  durationMs: number;
  /** Result lines in the output: 0 means no benchmark matched. */
  benchmarkLines: number;
}

export async function runBenchmark(run: BenchmarkRun): Promise<BenchmarkOutcome> {
  const out = run.runDir;
  if (out) await mkdir(out, { recursive: true });
  const args = [
    `-test.run=^$`,
    `-test.bench=${run.bench}`,
    `-test.benchtime=${run.benchtime}`,
    '-test.count=1',
    '-test.benchmem',
  ];
  if (out) {
    for (const p of run.profiles) args.push(`${profileFlag[p]}=${join(out, `${p}.pprof`)}`);
    if (run.trace) args.push(`-test.trace=${join(out, 'trace.out')}`);
  }
  const result = await runProcess(run.binary, args, { cwd: run.packageDir, env: run.env });
  if (result.code !== 0) {
    throw new AbError(
      `${run.side}: package ${run.importPath}: the benchmark process failed (exit ${result.code}):\n${tail(`${result.stdout}\n${result.stderr}`)}`,
    );
  }
  if (out) await writeFile(join(out, 'bench.txt'), result.stdout);
  return { durationMs: result.durationMs, benchmarkLines: countResultLines(result.stdout) };
}

function countResultLines(output: string): number {
  return output.split('\n').filter((line) => /^Benchmark\S*\s+\d+\s+\S+\s+\S/.test(line)).length;
}
