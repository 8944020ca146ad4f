// Every trace in fixtures/gotrace/ (own programs for Go 1.19–1.26, Go's legacy samples) is read
// through the engine and compared with X.trace.golden: our whole summary, and the counts that
// Go 1.26's own parser (gotracestat, the "oracle" field) printed for the same file — they must be
// equal, scheduler latency included (its quantiles within the histogram's bucket). UPDATE_GOLDEN=1
// rewrites the summaries (the oracle field is kept); a mismatch leaves X.got.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import type { GoTraceSummary } from '../src/model/go-trace-summary.js';
import { defaultLimits } from '../src/model/limits.js';
import { expectGolden } from './golden.js';

const root = 'fixtures/gotrace';

const traces = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.trace') && !e.parentPath.includes('bad'))
  .map((e) => join(e.parentPath, e.name))
  .sort();

/** Our summary in gotracestat's JSON shape (same names, same definitions). */
function oracleShape(s: GoTraceSummary): Record<string, unknown> {
  return {
    events: s.events,
    byKind: Object.fromEntries(Object.entries(s.eventsByKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    gcs: s.gc.cycles,
    stws: s.gc.stwCount,
    stwTotalNs: s.gc.stwTotalNs,
    stwMaxNs: s.gc.stwMaxNs,
    goCreated: s.goroutines.created,
    goEnded: s.goroutines.ended,
    goAliveAtEnd: s.goroutines.aliveAtEnd,
    durationNs: s.durationNs,
    gcPerSec: s.gc.perSecond,
    tasks: s.tasks.count,
    regions: s.regions,
    logs: s.logs,
    stackSamples: s.cpuSamples,
    maxHeapAllocBytes: s.heapPeakBytes,
  };
}

/** gotracestat's scheduler latency: exact values, nearest-rank quantiles. */
interface OracleLatency {
  count: number;
  totalNs: number;
  maxNs: number;
  p50Ns: number;
  p99Ns: number;
}

/**
 * Count and max equal Go's, and the total too for v2 traces; legacy tick → ns conversions may round
 * apart by 1 ns per wait (stress_start_stop_1_19: 2 ns over 237 waits). p50/p99 are the lower
 * bound of their histogram bucket (128 per octave), so at most 1/128 below Go's exact value.
 */
function expectSchedLatency(s: GoTraceSummary, oracle: OracleLatency): void {
  const ours = s.schedLatencyNs;
  expect({ count: ours.count, maxNs: ours.max }).toEqual({ count: oracle.count, maxNs: oracle.maxNs });
  const legacy = Number(s.headerVersion.split('.')[1]) <= 21;
  expect(Math.abs(ours.totalNs - oracle.totalNs)).toBeLessThanOrEqual(legacy ? oracle.count : 0);
  for (const [q, exact] of [
    [ours.p50, oracle.p50Ns],
    [ours.p99, oracle.p99Ns],
  ] as const) {
    expect(q).toBeLessThanOrEqual(exact);
    expect(exact - q).toBeLessThanOrEqual(Math.max(0, exact / 128));
  }
}

async function summarize(
  path: string,
): Promise<{ summary: GoTraceSummary; diagnostics: unknown; cpuFunctions: number }> {
  const artifact = await importFile(path, defaultLimits);
  if (artifact.content.type !== 'go-trace') throw new Error(`${path} was not read as a Go trace`);
  const { summary, profile } = artifact.content;
  return { summary, diagnostics: artifact.diagnostics, cpuFunctions: profile?.functions.length ?? 0 };
}

describe('Go trace goldens', () => {
  it('has fixtures from every installed toolchain and the legacy samples', () => {
    for (const v of ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'])
      expect(traces).toContain(join(root, `go${v}.trace`));
    expect(traces.filter((t) => t.includes('/legacy/')).length).toBeGreaterThanOrEqual(6);
  });

  for (const path of traces) {
    it(`${path} matches its golden`, async () => {
      const got = await summarize(path);
      const goldenPath = `${path}.golden`;
      const golden = existsSync(goldenPath)
        ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, unknown>)
        : {};
      expectGolden(goldenPath, JSON.stringify({ oracle: golden['oracle'] ?? null, ...got }, null, 2) + '\n');
      if (golden['oracle']) {
        const { bytes: _bytes, schedLatency, ...oracle } = golden['oracle'] as Record<string, unknown>;
        expect(oracleShape(got.summary)).toEqual(oracle);
        expectSchedLatency(got.summary, schedLatency as OracleLatency);
      }
    });
  }
});
