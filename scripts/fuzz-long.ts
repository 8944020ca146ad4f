// The long fuzz run (not in CI): every importer over many mutated real fixtures, with the same
// mutations and oracle as test/fuzz-importers.test.ts. A failure is shrunk by fast-check and
// written to fixtures/_fuzz/<format>/ (chunk sizes in <name>.chunks), where CI replays it forever.
//
//   npx tsx scripts/fuzz-long.ts [--runs 20000] [--seconds 0] [--seed N] [--only gotrace,pprof]
//
// --seconds bounds each importer's run by wall time instead of a count. Prints inputs tried per
// importer and their outcomes; exits 1 when anything crashed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { check, fuzzTargets, mutations, type Mutated } from '../test/fuzz-harness.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const runs = Number(flag('runs', '20000'));
const seconds = Number(flag('seconds', '0'));
const seed = Number(flag('seed', String(Date.now() % 2 ** 31)));
const only = flag('only', '').split(',').filter(Boolean);
const budgetMs = Number(flag('budget-ms', '10000'));

let crashed = false;
console.log(
  `perfgate long fuzz: seed ${seed}, ${seconds ? `${seconds} s` : `${runs} inputs`} per importer, ${budgetMs} ms budget per input`,
);
for (const target of fuzzTargets()) {
  if (only.length && !only.includes(target.format)) continue;
  const seen = { ok: 0, 'format-error': 0 };
  const deadline = seconds ? Date.now() + seconds * 1000 : Infinity;
  const started = Date.now();
  const result = await fc.check(
    fc.asyncProperty(mutations(target), async (m: Mutated) => {
      if (Date.now() > deadline) fc.pre(false);
      seen[await check(target, m, budgetMs, m.how)]++;
    }),
    { seed, numRuns: seconds ? Number.MAX_SAFE_INTEGER : runs, maxSkipsPerRun: seconds ? 0 : 100, endOnFailure: false },
  );
  const tried = seen.ok + seen['format-error'];
  console.log(
    `${target.format.padEnd(10)} ${String(tried).padStart(8)} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s: ${seen.ok} parsed, ${seen['format-error']} FormatError`,
  );
  if (result.failed && result.counterexample) {
    crashed = true;
    const m = result.counterexample[0];
    const dir = join('fixtures/_fuzz', target.format);
    mkdirSync(dir, { recursive: true });
    // Big crashers are kept gzipped; the replay test unzips `.gz` (except for pprof-gz, which reads gzip).
    const big = m.bytes.length > 16 * 1024 && target.format !== 'pprof-gz';
    const name = `crash-${seed}-${result.numRuns}${big ? '.gz' : ''}`;
    writeFileSync(join(dir, name), big ? gzipSync(m.bytes) : m.bytes);
    if (m.chunkSizes.length) writeFileSync(join(dir, `${name}.chunks`), `${m.chunkSizes.join(' ')}\n`);
    console.log(
      `  CRASH (${m.how}) → ${join(dir, name)}\n  ${String(result.errorInstance).split('\n').slice(0, 4).join('\n  ')}`,
    );
  }
}
process.exit(crashed ? 1 : 0);
