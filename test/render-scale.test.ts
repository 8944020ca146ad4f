// The comment is assembled once within its 65,536-character budget: rendering time grows about
// linearly with the report (n and 8n comparisons, findings and benchmarks; a generous bound), and
// the result always fits, naming what was left out.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { commentLimit, renderMarkdown } from '../src/report/markdown/render-markdown.js';
import type { ComparisonSummary, Report } from '../src/report/report.js';
import { benchEvidence, hotspotEvidence } from './finding-builders.js';

function comparison(i: number): ComparisonSummary {
  const row = (j: number) => ({
    function: `example.com/m${i}.F${j}`,
    file: 'm.go',
    line: j,
    baseFlat: j,
    headFlat: j + 1,
    baseCum: j,
    headCum: j + 2,
    baseFlatShare: 1,
    headFlatShare: 2,
    flatSharePoints: 1,
    cumSharePoints: 1,
    significant: j % 2 === 0,
  });
  return {
    profileKind: 'cpu',
    sampleType: `type${i}`,
    unit: 'nanoseconds',
    normalization: 'total',
    baseRuns: 5,
    headRuns: 5,
    baseTotalMean: 1,
    headTotalMean: 1,
    noiseModelAssumed: false,
    eventsPerRun: 100,
    tooFewEvents: i % 3 === 0,
    topChanges: Array.from({ length: 15 }, (_, j) => row(j)),
  };
}

function findings(i: number): Finding[] {
  const stats = { effect: 0.3, effectLow: 0.1, effectHigh: 0.5, p: 0.001, q: 0.004, nBase: 5, nHead: 5 };
  return [
    {
      id: 'hotspot.regression',
      severity: i % 2 ? 'fail' : 'warn',
      title: `F${i}`,
      subject: { kind: 'function', key: `example.com/m.F${i}` },
      evidence: hotspotEvidence({
        base: { sharePercent: 1 },
        head: { sharePercent: 1.3 },
        change: { sharePoints: 0.3 },
        stats,
        attribution: {
          own: true,
          via: [
            { function: 'runtime.mallocgc', metric: 'flat', sharePoints: 0.2, frameSharePoints: 0.2, severity: 'warn' },
          ],
          benchmarks: [`BenchmarkB${i}`],
          source: null,
        },
      }),
    },
    {
      id: 'bench.regression',
      severity: 'fail',
      title: `B${i}`,
      subject: { kind: 'benchmark', key: `BenchmarkB${i}` },
      evidence: benchEvidence({
        benchmark: `BenchmarkB${i}`,
        unit: 'ns/op',
        assumption: 'noisy',
        significant: true,
        improved: false,
        base: { median: 100, values: [100] },
        head: { median: 130, values: [130] },
        change: { ratio: 1.3 },
        stats,
      }),
    },
  ];
}

function report(n: number): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'perfgate', version: '0' },
    generatedAt: '2026-01-01T00:00:00Z',
    key: 'default',
    verdict: 'fail',
    reasons: [],
    summary: { baseRuns: 5, headRuns: 5, fail: n, warn: n, info: 0 },
    findings: Array.from({ length: n }, (_, i) => findings(i)).flat(),
    comparisons: Array.from({ length: n }, (_, i) => comparison(i)),
    inputs: [],
    diagnostics: [],
    links: {},
  };
}

function timed(n: number): { ms: number; text: string } {
  const r = report(n);
  const start = performance.now();
  const text = renderMarkdown(r);
  return { ms: performance.now() - start, text };
}

describe('comment rendering at scale', () => {
  it('grows about linearly from n to 8n and stays within the limit', () => {
    timed(100); // warm up
    const small = timed(500);
    const large = timed(4000);
    expect(small.text.length).toBeLessThanOrEqual(commentLimit);
    expect(large.text.length).toBeLessThanOrEqual(commentLimit);
    expect(large.text).toMatch(/Left out to fit GitHub's size limit: .* and \d+ more/);
    expect(large.text.split('\n').slice(0, 25).join('\n')).toContain('BenchmarkB');
    // Linear would be ×8; quadratic ×64. Generous: ×24 plus slack for a busy machine.
    expect(large.ms).toBeLessThan(24 * small.ms + 1500);
  }, 120_000);
});
