// Trend charts: health metrics of the base history and this head, as mermaid xychart-beta,
// from real Go traces (GOGC=100 as the recorded base runs, GOGC=25 as head).

import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeMetrics, type BaselineHistory } from '../src/engine/baseline/baseline-snapshot.js';
import { collectSide } from '../src/engine/read-inputs/read-runs.js';
import { healthTrends } from '../src/engine/baseline/health-trends.js';
import { defaultLimits } from '../src/model/limits.js';
import { trendCharts } from '../src/report/markdown/trend-chart.js';

async function runsOf(trace: string) {
  const dir = mkdtempSync(join(tmpdir(), 'perfgate-trend-'));
  mkdirSync(join(dir, 'run1'));
  copyFileSync(trace, join(dir, 'run1', 'trace.out'));
  return (await collectSide('head', [dir], defaultLimits)).runs;
}

function history(metrics: Record<string, number[]>, shas: string[]): BaselineHistory {
  return {
    schema: 'perfgate.baseline-history',
    version: 1,
    key: 'default',
    entries: shas.map((sha) => ({
      commit: { sha, ref: 'refs/heads/main', workflowRunId: '1' },
      createdAt: '2026-01-01T00:00:00Z',
      runs: 1,
      metrics,
      profiles: [],
    })),
  };
}

describe('health trends', () => {
  it('draws GC frequency, scheduler latency and goroutines for base history and head', async () => {
    const base = summarizeMetrics(await runsOf('fixtures/gotrace/go1.23-gogc100.trace'));
    const head = await runsOf('fixtures/gotrace/go1.23-gogc25.trace');
    const trends = healthTrends(history(base, ['a1b2c3d4e5', 'b2c3d4e5f6', 'c3d4e5f6a7']), head);
    expect(trends.map((t) => t.title)).toEqual([
      'GC cycles per second',
      'Scheduler latency p99',
      'Goroutines alive at the end',
    ]);
    const gc = trends[0];
    expect(gc?.base.map((b) => b.value)).toEqual([
      base['trace.gc.per-second']?.[0],
      base['trace.gc.per-second']?.[0],
      base['trace.gc.per-second']?.[0],
    ]);
    expect(gc?.head).toBeGreaterThan(gc?.base[0]?.value ?? Infinity); // GOGC=25 collects more often
    const markdown = trendCharts(trends);
    expect(markdown).toContain(
      '```mermaid\nxychart-beta\n  title "GC cycles per second"\n  x-axis ["a1b2c3d", "b2c3d4e", "c3d4e5f", "head"]',
    );
    expect(markdown.match(/```mermaid/g)).toHaveLength(3);
  });

  it('reduces everything to inert text, as a report from a fork may carry anything', () => {
    const hostile = '"]\n```\n<script>alert(1)</script> @octocat';
    const markdown = trendCharts([
      {
        title: hostile,
        unit: hostile,
        base: [
          { commit: hostile, value: 1 },
          { commit: 'abc', value: '2]; x' as unknown as number },
        ],
        head: 3,
      },
    ]);
    expect(markdown).not.toMatch(/<script|@octocat|alert\(|\n```\n<|x-axis \["[^\]]*\n/);
    expect(markdown.match(/```/g)).toHaveLength(2);
    expect(markdown).toContain('line [1, 0, 3]');
  });

  it('draws nothing without a history', async () => {
    expect(healthTrends(undefined, await runsOf('fixtures/gotrace/go1.23.trace'))).toEqual([]);
    expect(trendCharts([])).toBe('');
  });
});
