// Re-runnable analysis of the cross-job campaign (docs/statistics.md §6, run-jobs.sh makes the
// data): every job is read once with perfgate's engine and turned into a history entry exactly
// as `perfgate record` does (the same summarize* functions and historyEntry); then
//   A/A:  every ordered pair of distinct base jobs (base job b, head job h), history = the other
//         base jobs except h (b's own entry included, as the Action's artifact holds it);
//   power: every base job against every `slow` job (+30% ns/op), history = all base jobs;
//   GOGC:  every base job against every `gogc` job: does gc.frequency fire;
//   cold start: the same pairs with no history (crossJob on): ns/op must never FAIL;
//   today:  the same A/A pairs with the within-job model only (no history, crossJob off);
//   GC/s:   the A/A pairs with the bench output left out, so gc.frequency judges GC per second;
//   rescaled (labelled semi-synthetic): each job's runs divided by the job's median and
//           multiplied by e^(τ·z), z standard normal, seeded: the real within-job shapes with a
//           between-job spread τ chosen (5%, 10%) instead of this shared machine's; then A/A
//           and +30% power of ns/op as above (the slow jobs get the same treatment ×1.3).
// Counts FAIL/WARN per category (ns/op, gc.frequency, hotspot shares) and for the whole verdict.
// Writes validation/cross-job/results.json. Usage: npx tsx validation/cross-job/analyze-cross-job.ts

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisContext } from '../../src/analysis/analysis-context.js';
import { analyze } from '../../src/analysis/analyze.js';
import {
  historyEntry,
  summarizeBenchmarks,
  summarizeMetrics,
  summarizeProfiles,
  type BaselineSnapshot,
} from '../../src/engine/baseline-snapshot.js';
import { collectSide } from '../../src/engine/collect-runs.js';
import type { Run } from '../../src/model/artifact.js';
import type { BaselineHistory, HistoryEntry } from '../../src/model/baseline-history.js';
import { defaultConfig } from '../../src/model/config.js';
import type { Finding } from '../../src/model/finding.js';
import { fingerprintFromRuns } from '../../src/model/runner-fingerprint.js';

const root = 'validation/cross-job/runs';
const config = defaultConfig('2026-12-04T00:00:00.000Z');

interface Job {
  name: string;
  runs: Run[];
  entry: HistoryEntry;
}

async function loadJobs(variant: string): Promise<Job[]> {
  const dir = join(root, variant);
  if (!existsSync(dir)) return [];
  const jobs: Job[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /^job\d+$/.test(n))
    .sort()) {
    const side = await collectSide('base', [join(dir, name)], config.limits, 1);
    const snapshot = {
      commit: { sha: `${variant}-${name}`, ref: 'main', workflowRunId: `${variant}-${name}` },
      createdAt: config.now,
      runs: side.runs.map((r) => r.id),
      metrics: summarizeMetrics(side.runs),
      benchmarks: summarizeBenchmarks(side.runs),
      profiles: summarizeProfiles(side.runs),
      fingerprint: fingerprintFromRuns(side.runs),
    } as unknown as BaselineSnapshot;
    jobs.push({
      name: `${variant}/${name}`,
      runs: side.runs.map((r) => ({ ...r, side: 'base' })),
      entry: historyEntry(snapshot),
    });
  }
  return jobs;
}

const asHead = (runs: Run[]): Run[] =>
  runs.map((r) => ({
    ...r,
    side: 'head' as const,
    artifacts: r.artifacts.map((a) => ({ ...a, side: 'head' as const })),
  }));

function history(entries: HistoryEntry[]): BaselineHistory {
  return { schema: 'perfgate.baseline-history', version: 2, key: 'default', entries };
}

type Category = 'ns/op' | 'gc.frequency' | 'hotspot' | 'verdict';
interface Tally {
  pairs: number;
  /** Pairs where ns/op was compared at all (GOMAXPROCS changes the benchmark's -N name). */
  nsPairs: number;
  fail: Record<Category, number>;
  warn: Record<Category, number>;
}

function tally(): Tally {
  const zero = (): Record<Category, number> => ({ 'ns/op': 0, 'gc.frequency': 0, hotspot: 0, verdict: 0 });
  return { pairs: 0, nsPairs: 0, fail: zero(), warn: zero() };
}

function categoryOf(f: Finding): Category | undefined {
  if (f.id === 'bench.regression' && f.evidence['unit'] === 'ns/op') return 'ns/op';
  if (f.id === 'gc.frequency') return 'gc.frequency';
  if (f.id.startsWith('hotspot.')) return 'hotspot';
  return undefined;
}

function count(t: Tally, base: Job, head: Job, context: AnalysisContext): void {
  const result = analyze(base.runs, asHead(head.runs), config, context);
  t.pairs++;
  if (result.findings.some((f) => f.id.startsWith('bench.') && f.evidence['unit'] === 'ns/op')) t.nsPairs++;
  const worst: Partial<Record<Category, 'fail' | 'warn'>> = {};
  for (const f of result.findings) {
    const c = categoryOf(f);
    if (!c || f.severity === 'info') continue;
    if (worst[c] !== 'fail') worst[c] = f.severity;
  }
  for (const [c, s] of Object.entries(worst) as [Category, 'fail' | 'warn'][]) t[s][c]++;
  if (result.verdict === 'fail') t.fail.verdict++;
  if (result.verdict === 'warn') t.warn.verdict++;
}

function rates(t: Tally): Record<string, unknown> {
  const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  const out: Record<string, unknown> = { pairs: t.pairs, nsPairs: t.nsPairs };
  for (const c of Object.keys(t.fail) as Category[]) {
    const of = c === 'ns/op' ? t.nsPairs : t.pairs;
    out[c] = { fail: t.fail[c], warn: t.warn[c], failRate: pct(t.fail[c], of), warnRate: pct(t.warn[c], of) };
  }
  return out;
}

const withoutBench = (job: Job): Job => ({
  ...job,
  runs: job.runs.map((r) => ({ ...r, artifacts: r.artifacts.filter((a) => a.content.type !== 'bench') })),
});

let seed = 20261204;
function gaussian(): number {
  const uniform = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed + 1) / 2147483649;
  };
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** The job with its ns/op values moved to a job effect e^(τ·z) × factor around 1 µs/op. */
function rescaled(job: Job, tau: number, factor: number): Job {
  const values = job.entry.benchmarks?.find((b) => b.unit === 'ns/op')?.values ?? [];
  const med = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 1;
  const scale = (1000 * factor * Math.exp(tau * gaussian())) / med;
  const runs = job.runs.map((r) => ({
    ...r,
    artifacts: r.artifacts.map((a) =>
      a.content.type === 'bench'
        ? {
            ...a,
            content: {
              ...a.content,
              bench: {
                results: a.content.bench.results.map((res) => ({
                  ...res,
                  values: res.values.map((v) => (v.unit === 'ns/op' ? { ...v, value: v.value * scale } : v)),
                })),
              },
            },
          }
        : a,
    ),
  }));
  const benchmarks = (job.entry.benchmarks ?? []).map((b) =>
    b.unit === 'ns/op' ? { ...b, values: b.values.map((v) => v * scale) } : b,
  );
  return { ...job, runs, entry: { ...job.entry, benchmarks } };
}

const base = await loadJobs('base');
const slow = await loadJobs('slow');
const gogc = await loadJobs('gogc');
console.log(`jobs: ${base.length} base, ${slow.length} slow, ${gogc.length} gogc`);
const tallies = {
  aa: tally(),
  aaToday: tally(),
  aaColdStart: tally(),
  power: tally(),
  powerColdStart: tally(),
  gogc: tally(),
};
for (const b of base) {
  for (const h of base) {
    if (b === h) continue;
    const others = base.filter((j) => j !== h).map((j) => j.entry);
    count(tallies.aa, b, h, { crossJob: true, history: history(others) });
    count(tallies.aaToday, b, h, {});
    count(tallies.aaColdStart, b, h, { crossJob: true });
  }
  for (const h of slow) {
    count(tallies.power, b, h, { crossJob: true, history: history(base.map((j) => j.entry)) });
    count(tallies.powerColdStart, b, h, { crossJob: true });
  }
  for (const h of gogc) count(tallies.gogc, b, h, { crossJob: true, history: history(base.map((j) => j.entry)) });
}
const gcBase = base.map(withoutBench);
const gcPerSecond = tally();
for (const b of gcBase)
  for (const h of gcBase)
    if (b !== h)
      count(gcPerSecond, b, h, { crossJob: true, history: history(gcBase.filter((j) => j !== h).map((j) => j.entry)) });
const semiSynthetic: Record<string, unknown> = {};
for (const tau of [0.05, 0.1]) {
  const aa = tally();
  const power = tally();
  for (let draw = 0; draw < 3; draw++) {
    const b2 = base.map((j) => rescaled(j, tau, 1));
    const s2 = slow.map((j) => rescaled(j, tau, 1.3));
    for (const b of b2) {
      for (const h of b2)
        if (b !== h)
          count(aa, b, h, { crossJob: true, history: history(b2.filter((j) => j !== h).map((j) => j.entry)) });
      for (const h of s2) count(power, b, h, { crossJob: true, history: history(b2.map((j) => j.entry)) });
    }
  }
  semiSynthetic[`tau${tau}`] = { aa: rates(aa), slowPlus30: rates(power) };
}
const medians = (jobs: Job[]): number[] =>
  jobs.map((j) => {
    const v = j.entry.benchmarks?.find((x) => x.unit === 'ns/op')?.values ?? [];
    return [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
  });
const summary = {
  jobs: { base: base.length, slow: slow.length, gogc: gogc.length },
  nsPerOpJobMedians: { base: medians(base), slow: medians(slow), gogc: medians(gogc) },
  aaWithHistory: rates(tallies.aa),
  aaTodayWithinJobModel: rates(tallies.aaToday),
  aaColdStartNoHistory: rates(tallies.aaColdStart),
  slowWithHistory: rates(tallies.power),
  slowColdStartNoHistory: rates(tallies.powerColdStart),
  gogcWithHistory: rates(tallies.gogc),
  aaGcPerSecondWithHistory: rates(gcPerSecond),
  semiSynthetic,
};
writeFileSync('validation/cross-job/results.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
