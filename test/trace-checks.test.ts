// The Go trace health checks on real fixtures: each fires on the case it exists for (a GOGC
// change, leaked goroutines, a longer GC pause, slower scheduling, a cut-off trace, a header
// that does not fit the toolchain) and stays quiet when head is base (A vs A).

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
import { importFile } from '../src/engine/import-file.js';
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
    for (const id of ['trace.header-version', 'trace.truncated', 'gc.frequency', 'gc.stw-max', 'goroutine.leak', 'sched.latency-p99']) {
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
          content: { type: 'bench', bench: { results: [{ name: 'BenchmarkX', procs: 1, iterations, values: [], config: {}, line: 1 }] } },
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
    const parsed: ParsedArtifact = await goTraceImporter.parseStream!(oneChunk(bytes.subarray(0, bytes.length - 1000)), ctx);
    const artifact: ImportedArtifact = { ...parsed, path: 'cut.trace', side: 'head', run: 'run1' };
    const [f] = findings(traceTruncated, await run('base', 'go1.23.trace'), [{ side: 'head', id: 'run1', artifacts: [artifact] }]);
    expect(f?.id).toBe('trace.truncated');
    expect(ev(f)['offset']).toBeLessThanOrEqual(bytes.length - 1000);
    expect(f?.title).toContain('0x');
  });

  it('trace.header-version checks the toolchain and base vs head', async () => {
    const config = defaultConfig();
    config.goVersion = '1.24.4';
    expect(findings(traceHeaderVersion, await run('base', 'go1.24.trace'), await run('head', 'go1.24.trace'), config)).toEqual([]);
    const wrong = findings(traceHeaderVersion, await run('base', 'go1.24.trace'), await run('head', 'go1.21.trace'), config);
    expect(wrong.map((f) => f.subject.key)).toEqual(['fixtures/gotrace/go1.21.trace', 'base-vs-head']);
  });

  it('all stay quiet on A vs A', async () => {
    for (const name of ['go1.23.trace', 'go1.23-leak.trace', 'go1.26.trace', 'go1.21.trace']) {
      const base = await run('base', name);
      const head = await run('head', name);
      for (const check of [gcFrequency, gcStwMax, goroutineLeak, schedLatencyP99, traceTruncated, traceHeaderVersion]) {
        expect(findings(check, base, head)).toEqual([]);
      }
    }
  });
});
