// Every trace in fixtures/gotrace/ (own programs for Go 1.19–1.26, Go's legacy samples) is read
// through the engine and compared with X.trace.golden: our whole summary, and the counts that
// Go 1.26's own parser (gotracestat, the "oracle" field) printed for the same file — they must be
// equal. UPDATE_GOLDEN=1 rewrites the summaries (the oracle field is kept); a mismatch leaves X.got.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/import-file.js';
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

async function summarize(path: string): Promise<{ summary: GoTraceSummary; diagnostics: unknown; cpuFunctions: number }> {
  const artifact = await importFile(path, defaultLimits);
  if (artifact.content.type !== 'go-trace') throw new Error(`${path} was not read as a Go trace`);
  const { summary, profile } = artifact.content;
  return { summary, diagnostics: artifact.diagnostics, cpuFunctions: profile?.functions.length ?? 0 };
}

describe('Go trace goldens', () => {
  it('has fixtures from every installed toolchain and the legacy samples', () => {
    for (const v of ['1.19', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26']) expect(traces).toContain(join(root, `go${v}.trace`));
    expect(traces.filter((t) => t.includes('/legacy/')).length).toBeGreaterThanOrEqual(6);
  });

  for (const path of traces) {
    it(`${path} matches its golden`, async () => {
      const got = await summarize(path);
      const goldenPath = `${path}.golden`;
      const golden = existsSync(goldenPath) ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, unknown>) : {};
      expectGolden(goldenPath, JSON.stringify({ oracle: golden['oracle'] ?? null, ...got }, null, 2) + '\n');
      if (golden['oracle']) {
        const oracle = { ...(golden['oracle'] as Record<string, unknown>) };
        delete oracle['bytes'];
        expect(oracleShape(got.summary)).toEqual(oracle);
      }
    });
  }
});
