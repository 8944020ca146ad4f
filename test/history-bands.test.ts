// Health bands and cross-job noise from a recorded history, on real runs (fixtures/history/,
// made by fixtures/_gen/gchistory/gen.sh): six GOGC=100 jobs recorded with `perfgate record`
// make the history; a seventh GOGC=100 job must pass gc.frequency and a GOGC=50 job must fail
// its band. Plus the between-job noise model on its own.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideBenchmarks } from '../src/analysis/bench/bench-rule.js';
import { compareBenchmarks } from '../src/analysis/bench/compare-benchmarks.js';
import { crossJobTest, rawBetweenJob, shrinkBetweenJob } from '../src/analysis/stats/between-job-noise.js';
import { cli, scratchDir } from './history-helpers.js';
import { defaultConfig } from '../src/model/config.js';
import { ev } from './evidence-of.js';

const fixtures = 'fixtures/history';
const tmp = scratchDir('perfgate-history-');

async function record(jobs: string[], history: string): Promise<void> {
  for (const job of jobs) {
    const { code } = await cli([
      'record',
      '--runs',
      join(fixtures, 'gogc100', job),
      '--out',
      join(tmp, `${history}-${job}`),
      '--history',
      join(tmp, history),
      '--commit',
      job,
      '--run-id',
      job,
    ]);
    expect(code).toBe(0);
  }
}

async function gcFindings(
  head: string,
  history: string,
): Promise<{ severity: string; evidence: Record<string, unknown> }[]> {
  const json = join(tmp, `${history}-${head.replace(/\//g, '_')}.json`);
  await cli([
    'compare',
    '--base',
    join(fixtures, 'gogc100', 'job06'),
    '--head',
    join(fixtures, head),
    '--history',
    join(tmp, history),
    '--json',
    json,
    '--fail-on',
    'never',
  ]);
  const report = JSON.parse(readFileSync(json, 'utf8')) as {
    findings: { id: string; severity: string; evidence: Record<string, unknown> }[];
  };
  return report.findings.filter((f) => f.id === 'gc.frequency');
}

describe('gc.frequency with a history built by perfgate record', () => {
  it('stays quiet on an unchanged job and fires on GOGC=50, with the band, method and entries', async () => {
    await record(['job01', 'job02', 'job03', 'job04', 'job05', 'job06'], 'full.json');
    const history = JSON.parse(readFileSync(join(tmp, 'full.json'), 'utf8')) as {
      version: number;
      entries: { fingerprint?: { goos?: string }; metrics: Record<string, number[]> }[];
    };
    expect(history.version).toBe(2);
    expect(history.entries).toHaveLength(6);
    expect(history.entries[0]?.metrics['run.gc.per-iteration']).toHaveLength(3);
    expect(history.entries[0]?.fingerprint?.goos).toBe('linux');
    expect(await gcFindings('gogc100/job07', 'full.json')).toEqual([]);
    const fired = await gcFindings('gogc50/job01', 'full.json');
    expect(fired).toHaveLength(1);
    expect(ev(fired[0])['entries']).toBe(6);
    expect(String(ev(fired[0])['method'])).toContain('MAD');
    expect(ev(fired[0])['basis']).toBe('per-iteration');
    // The directory record wrote, given as --base: its runs and its history.json, as the Action reads them.
    const json = join(tmp, 'recorded-base.json');
    await cli([
      'compare',
      '--base',
      join(tmp, 'full.json-job06'),
      '--head',
      join(fixtures, 'gogc50/job01'),
      '--json',
      json,
      '--fail-on',
      'never',
    ]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      summary: { baseRuns: number };
      findings: { id: string; evidence: Record<string, unknown> }[];
    };
    expect(report.summary.baseRuns).toBe(3);
    expect(report.findings.find((f) => f.id === 'gc.frequency')?.evidence['entries']).toBe(6);
  });

  it('keeps the founding ±15% rule while the history has fewer than five entries', async () => {
    await record(['job01', 'job02', 'job03'], 'short.json');
    const fired = await gcFindings('gogc50/job01', 'short.json');
    expect(fired).toHaveLength(1);
    expect(ev(fired[0])['method']).toBe('base ±15%');
  });
});

describe('between-job noise', () => {
  // Job effects e^(±0.1) around 100 ns/op, each job five runs within ±1%.
  const job = (effect: number): number[] => [0.99, 0.995, 1, 1.005, 1.01].map((w) => 100 * Math.exp(effect) * w);
  const effects = [-0.1, 0.05, 0.1, -0.05, 0, 0.08, -0.08, 0.02, -0.02, 0.1];

  it('learns τ from the spread of the entry medians, not from the runs within a job', () => {
    const raw = rawBetweenJob(effects.map(job));
    expect(raw?.entries).toBe(10);
    expect(Math.sqrt(raw?.tau2 ?? 0)).toBeGreaterThan(0.05);
    expect(Math.sqrt(raw?.within2 ?? 1)).toBeLessThan(0.01);
  });

  it('does not fail a +15% job difference that the history shows between jobs, but fails +60%', () => {
    const raw = rawBetweenJob(effects.map(job));
    if (!raw) throw new Error('no between-job estimate from ten entries');
    const noise = shrinkBetweenJob(new Map([['b ns/op', raw]]), 10).get('b ns/op');
    expect(noise).toBeDefined();
    if (!noise) return;
    expect(crossJobTest(job(0), job(Math.log(1.15)), noise, 0.95).pHigher).toBeGreaterThan(0.01);
    expect(crossJobTest(job(0), job(Math.log(1.6)), noise, 0.95).pHigher).toBeLessThan(0.01);
  });

  it('cold start: a time unit across jobs without history is at most warn and says to use mode: ab', () => {
    const config = defaultConfig().benchmarks;
    const samples = [
      {
        key: 'p.BenchmarkX-1 ns/op',
        name: 'BenchmarkX',
        pkg: 'p',
        procs: 1,
        unit: 'ns/op',
        base: job(0),
        head: job(Math.log(2)),
      },
    ];
    const within = decideBenchmarks(compareBenchmarks(samples, config), config);
    expect(within[0]?.severity).toBe('fail');
    const cross = decideBenchmarks(compareBenchmarks(samples, config, { noise: new Map() }), config);
    expect(cross[0]?.severity).toBe('warn');
    expect(cross[0]?.caveats.map((c) => c.text).join(' ')).toContain('mode: ab');
  });
});

describe('cross-job cold start on real runs (fixtures/demo)', () => {
  it('keeps the within-job fails of a same-job comparison, and caps them at warn across jobs without history', async () => {
    const { collectSide } = await import('../src/engine/read-inputs/read-runs.js');
    const { analyze } = await import('../src/analysis/analyze.js');
    const config = defaultConfig('2026-12-04T00:00:00.000Z');
    const base = await collectSide('base', ['fixtures/demo/base'], config.limits, 1);
    const head = await collectSide('head', ['fixtures/demo/head'], config.limits, 1);
    const same = analyze(base.runs, head.runs, config);
    const fails = same.findings.filter(
      (f) => f.severity === 'fail' && (f.id.startsWith('hotspot.') || f.id === 'bench.regression'),
    );
    expect(fails.length).toBeGreaterThan(0);
    const cross = analyze(base.runs, head.runs, config, { crossJob: true });
    for (const f of cross.findings.filter(
      (x) => x.id.startsWith('hotspot.') || (x.id === 'bench.regression' && ev(x)['unit'] === 'ns/op'),
    )) {
      expect(f.severity).not.toBe('fail');
    }
    const capped = cross.findings.filter((f) => f.id.startsWith('hotspot.') && f.severity === 'warn');
    expect(capped.some((f) => JSON.stringify(ev(f)['caveats']).includes('mode: ab'))).toBe(true);
  });
});

describe('runner fingerprint', () => {
  it('reads CPU model, GOOS/GOARCH from bench lines and the Go version from a trace header; the machine fills the rest', async () => {
    const { collectSide } = await import('../src/engine/read-inputs/read-runs.js');
    const { runsFingerprint } = await import('../src/engine/baseline/machine-fingerprint.js');
    const { describeFingerprint } = await import('../src/model/runner-fingerprint.js');
    const config = defaultConfig();
    const side = await collectSide('base', ['fixtures/history/gogc100/job01'], config.limits, 1);
    const fp = await runsFingerprint(side.runs, { ImageOS: 'ubuntu24', ImageVersion: '20261130.1' });
    const bench = readFileSync('fixtures/history/gogc100/job01/run1/bench.txt', 'utf8');
    expect(fp.cpuModel).toBe(/^cpu: (.+)$/m.exec(bench)?.[1]?.replace(/\s+/g, ' ').trim());
    expect([fp.goos, fp.goarch]).toEqual(['linux', 'amd64']);
    expect(fp.goVersion).toMatch(/^go1\.2\d/);
    expect(fp.gomaxprocs).toBe(2);
    expect(fp.imageOS).toBe('ubuntu24');
    expect(fp.logicalCores).toBeGreaterThan(0);
    expect(describeFingerprint(fp)).toContain('ubuntu24 20261130.1');
  });
});

describe('hotspot shares across jobs', () => {
  it('widens each tested function’s standard error by the history’s between-job variance', async () => {
    const { collectSide } = await import('../src/engine/read-inputs/read-runs.js');
    const { analyze } = await import('../src/analysis/analyze.js');
    const { historyEntry, summarizeMetrics, summarizeProfiles } =
      await import('../src/engine/baseline/baseline-snapshot.js');
    const config = defaultConfig('2026-12-04T00:00:00.000Z');
    const base = await collectSide('base', ['fixtures/demo/base'], config.limits, 1);
    const head = await collectSide('head', ['fixtures/demo/head'], config.limits, 1);
    // Five single-run entries from the five base runs: their shares differ as jobs would.
    const entries = base.runs.map((r, i) =>
      historyEntry({
        commit: { sha: `c${i}`, ref: 'main', workflowRunId: String(i) },
        createdAt: config.now,
        runs: [r.id],
        metrics: summarizeMetrics([r]),
        profiles: summarizeProfiles([r]),
      } as Parameters<typeof historyEntry>[0]),
    );
    const history = { schema: 'perfgate.baseline-history' as const, version: 2, key: 'default', entries };
    const errors = (result: ReturnType<typeof analyze>): Map<string, number> => {
      const out = new Map<string, number>();
      for (const c of result.comparisons)
        for (const f of c.functions)
          if (f.flat.test) out.set(`${c.kind} ${c.sampleType.type} ${f.key}`, f.flat.test.standardError);
      return out;
    };
    const within = errors(analyze(base.runs, head.runs, config));
    const cross = errors(analyze(base.runs, head.runs, config, { crossJob: true, history }));
    expect(cross.size).toBe(within.size);
    let widened = 0;
    for (const [key, se] of within) {
      const crossSe = cross.get(key) ?? 0;
      expect(crossSe).toBeGreaterThanOrEqual(se);
      if (crossSe > se * 1.01) widened++;
    }
    expect(widened).toBeGreaterThan(0);
  });
});
