// The Go trace health checks on real fixtures: each fires on the case it exists for (a GOGC
// change, leaked goroutines, a longer GC pause, slower scheduling, a cut-off trace, a header
// that does not fit the toolchain), and on two real runs of one program (A vs A) fails nothing.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gcFrequency } from '../src/analysis/health/checks/gc-frequency.js';
import { gcStwMax } from '../src/analysis/health/checks/gc-stw-max.js';
import { goroutineLeak } from '../src/analysis/health/checks/goroutine-leak.js';
import { healthChecks } from '../src/analysis/health/checks/index.js';
import { schedLatencyP99 } from '../src/analysis/health/checks/sched-latency-p99.js';
import { traceHeaderVersion } from '../src/analysis/health/checks/trace-header-version.js';
import { traceTruncated } from '../src/analysis/health/checks/trace-truncated.js';
import type { HealthCheck } from '../src/analysis/health/check.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { oneChunk } from '../src/formats/gotrace/byte-stream.js';
import { goTraceImporter } from '../src/formats/gotrace/importer.js';
import type { ImportedArtifact, ParsedArtifact, Run, Side } from '../src/model/artifact.js';
import { defaultConfig, type Config } from '../src/model/config.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import { ev } from './evidence-of.js';

const dir = 'fixtures/gotrace';

async function run(side: Side, ...names: string[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const [i, name] of names.entries()) {
    const path = `${dir}/${name}`;
    const parsed = await importFile(path, defaultLimits);
    runs.push({ side, id: `run${i + 1}`, artifacts: [{ ...parsed, path, side, run: `run${i + 1}` }] });
  }
  return runs;
}

function findings(check: HealthCheck, base: Run[], head: Run[], config: Config = defaultConfig()) {
  return check.run({ base, head, config });
}

describe('Go trace health checks', () => {
  it('are all in the catalogue with their ids', () => {
    const ids = healthChecks.map((c) => c.id);
    for (const id of [
      'trace.header-version',
      'trace.truncated',
      'gc.frequency',
      'gc.stw-max',
      'goroutine.leak',
      'sched.latency-p99',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gc.frequency fires on GOGC=25 against GOGC=100, and is configurable', async () => {
    const base = await run('base', 'go1.23-gogc100.trace');
    const head = await run('head', 'go1.23-gogc25.trace');
    const [f] = findings(gcFrequency, base, head);
    expect(f?.id).toBe('gc.frequency');
    expect(f?.severity).toBe('warn');
    expect(ev(f)['basis']).toBe('per-second');
    expect(ev(f)['head']).toBeGreaterThan(1000);
    const wide = defaultConfig();
    wide.checks['gc.frequency'] = { tolerance: 10 };
    expect(findings(gcFrequency, base, head, wide)).toEqual([]);
    const off = defaultConfig();
    off.checks['gc.frequency'] = { severity: 'off' };
    expect(findings(gcFrequency, base, head, off)).toEqual([]);
  });

  it('gc.frequency compares GCs per benchmark iteration when every run has bench output', async () => {
    const withBench = (runs: Run[], iterations: number): Run[] =>
      runs.map((r) => {
        const bench: ImportedArtifact = {
          format: 'go-bench',
          content: {
            type: 'bench',
            bench: { results: [{ name: 'BenchmarkX', procs: 1, iterations, values: [], config: {}, line: 1 }] },
          },
          diagnostics: [],
          path: `${r.id}/bench.txt`,
          side: r.side,
          run: r.id,
        };
        return { ...r, artifacts: [...r.artifacts, bench] };
      });
    const base = await run('base', 'go1.23-gogc100.trace'); // 8 GCs
    const head = await run('head', 'go1.23-gogc25.trace'); // 46 GCs
    // Head did 46/8 the iterations of base: the same GCs per iteration, so per-second alone misleads.
    expect(findings(gcFrequency, withBench(base, 8000), withBench(head, 46000))).toEqual([]);
    const [f] = findings(gcFrequency, withBench(base, 8000), withBench(head, 8000));
    expect(ev(f)['basis']).toBe('per-iteration');
  });

  it('goroutine.leak fires on 50 leaked goroutines (Go 1.23 and 1.26)', async () => {
    for (const v of ['1.23', '1.26']) {
      const [f] = findings(goroutineLeak, await run('base', `go${v}.trace`), await run('head', `go${v}-leak.trace`));
      expect(f?.id).toBe('goroutine.leak');
      expect(ev(f)['headAliveAtEnd']).toBe(61);
      expect(ev(f)['baseAliveAtEnd']).toBe(11);
    }
  });

  it('gc.stw-max fires when the longest GC pause grows', async () => {
    const [f] = findings(gcStwMax, await run('base', 'go1.23.trace'), await run('head', 'go1.23-gogc100.trace'));
    expect(f?.id).toBe('gc.stw-max');
    expect(ev(f)['headMaxNs']).toBeGreaterThan(ev(f)['baseMaxNs'] as number);
  });

  it('sched.latency-p99 fires when scheduling gets slower', async () => {
    const [f] = findings(schedLatencyP99, await run('base', 'go1.26.trace'), await run('head', 'go1.26-leak.trace'));
    expect(f?.id).toBe('sched.latency-p99');
  });

  it('trace.truncated reports a cut-off trace with its byte offset', async () => {
    const bytes = new Uint8Array(readFileSync(`${dir}/go1.23.trace`));
    const ctx = { path: 'cut.trace', limits: defaultLimits, diagnostics: new DiagnosticSink() };
    const parsed: ParsedArtifact = await goTraceImporter.parseStream!(
      oneChunk(bytes.subarray(0, bytes.length - 1000)),
      ctx,
    );
    const artifact: ImportedArtifact = { ...parsed, path: 'cut.trace', side: 'head', run: 'run1' };
    const [f] = findings(traceTruncated, await run('base', 'go1.23.trace'), [
      { side: 'head', id: 'run1', artifacts: [artifact] },
    ]);
    expect(f?.id).toBe('trace.truncated');
    expect(ev(f)['offset']).toBeLessThanOrEqual(bytes.length - 1000);
    expect(f?.title).toContain('0x');
  });

  it('trace.header-version checks the toolchain and base vs head', async () => {
    const config = defaultConfig();
    config.goVersion = '1.24.4';
    expect(
      findings(traceHeaderVersion, await run('base', 'go1.24.trace'), await run('head', 'go1.24.trace'), config),
    ).toEqual([]);
    const wrong = findings(
      traceHeaderVersion,
      await run('base', 'go1.24.trace'),
      await run('head', 'go1.21.trace'),
      config,
    );
    expect(wrong.map((f) => f.subject.key)).toEqual(['fixtures/gotrace/go1.21.trace', 'base-vs-head']);
  });

  // A/A: go1.23.trace and go1.23-gogc100.trace are two runs of one Go 1.23 binary, GOGC=100 (the
  // default) both times; they differ (16 and 8 GC cycles in ~31 ms), as two CI runs do.
  const [a, b] = ['go1.23.trace', 'go1.23-gogc100.trace'];
  /** The findings of `checks` on the A/A pair, both ways round. */
  async function onAa(checks: HealthCheck[], keep: (f: { severity: string }) => boolean): Promise<string[]> {
    expect(readFileSync(`${dir}/${a}`).equals(readFileSync(`${dir}/${b}`))).toBe(false);
    const found: string[] = [];
    for (const [baseName, headName] of [
      [a, b],
      [b, a],
    ] as const) {
      const [base, head] = [await run('base', baseName), await run('head', headName)];
      for (const check of checks) {
        for (const f of findings(check, base, head).filter(keep)) found.push(`${baseName} → ${headName}: ${f.title}`);
      }
    }
    return found;
  }
  const all = [gcFrequency, gcStwMax, goroutineLeak, schedLatencyP99, traceTruncated, traceHeaderVersion];

  it('none fails on A vs A (two runs of the same program and settings)', async () => {
    expect(await onAa(all, (f) => f.severity === 'fail')).toEqual([]);
  });

  it('leak, scheduling, truncation and header checks stay quiet on A vs A', async () => {
    expect(await onAa([goroutineLeak, schedLatencyP99, traceTruncated, traceHeaderVersion], () => true)).toEqual([]);
  });

  // Known false positives (warnings): one ~31 ms run per side, and ±tolerance bands with no noise
  // model yet flag 8 vs 16 GC cycles and one 1.4 ms pause. When these checks learn the A/A noise
  // this test fails: make it a plain `it`.
  it.fails('gc.frequency and gc.stw-max stay quiet on A vs A (known gap: bands on single short runs)', async () => {
    expect(await onAa([gcFrequency, gcStwMax], () => true)).toEqual([]);
  });
});

describe('Go trace health checks against a recorded history', () => {
  const history = async (names: string[]) => {
    const { summarizeMetrics } = await import('../src/engine/baseline/baseline-snapshot.js');
    const entries = [];
    for (const [i, name] of names.entries()) {
      entries.push({
        commit: { sha: `c${i}`, ref: 'main', workflowRunId: String(i) },
        createdAt: '',
        runs: 1,
        metrics: summarizeMetrics(await run('base', name)),
        profiles: [],
      });
    }
    return { schema: 'perfgate.baseline-history' as const, version: 2, key: 'default', entries };
  };

  it('goroutine.leak uses the exact rule from five entries: quiet on the same program, fails past the range', async () => {
    const h = await history(['go1.23.trace', 'go1.23.trace', 'go1.26.trace', 'go1.23.trace', 'go1.26.trace']);
    const config = defaultConfig();
    const quiet = goroutineLeak.run({
      base: [],
      head: await run('head', 'go1.23.trace'),
      config,
      context: { history: h },
    });
    expect(quiet).toEqual([]);
    const [leak] = goroutineLeak.run({
      base: [],
      head: await run('head', 'go1.23-leak.trace'),
      config,
      context: { history: h },
    });
    expect(ev(leak)['entries']).toBe(5);
    expect(String(ev(leak)['method'])).toContain('exact');
    expect(leak?.severity).toBe('warn');
  });

  it('sched.latency-p99 and gc.stw-max keep the base rule below five entries', async () => {
    const h = await history(['go1.26.trace', 'go1.26.trace']);
    const [f] = schedLatencyP99.run({
      base: await run('base', 'go1.26.trace'),
      head: await run('head', 'go1.26-leak.trace'),
      config: defaultConfig(),
      context: { history: h },
    });
    expect(ev(f)['baseP99Ns']).toBeGreaterThan(0);
  });
});
