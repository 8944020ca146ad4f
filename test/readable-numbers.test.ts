// Readable numbers in the comment: a (near-)zero base reads "new", a rise of ×10 or more reads
// as a factor, an interval wider than ×10 as a bound; a noisy benchmark side gets a spread caveat.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { formatInterval, formatRise, formatValue } from '../src/report/format-values.js';
import { spreadCaveats } from '../src/report/spread-caveats.js';
import { benchEvidence } from './finding-builders.js';

const bytes = (v: number): string => formatValue(v, 'bytes');

describe('readable numbers', () => {
  it('shows a rise from zero as new, with both values', () => {
    expect(formatRise(0, 3.1 * 2 ** 20, undefined, bytes)).toBe('new (0B → 3.10MiB)');
    expect(formatRise(0.001, 17, 570, (v) => `${v}%`)).toBe('new (0.001% → 17%)');
  });

  it('shows ×N from ten times on, never a five-digit percentage', () => {
    expect(formatRise(1, 570, undefined, bytes)).toBe('×570');
    expect(formatRise(1, 1.29, undefined, bytes)).toBe('+29.0%');
    expect(formatRise(10, 31, 3.1, bytes)).toBe('+210.0%');
  });

  it('turns an interval wider than ×10 into a bound', () => {
    expect(formatInterval(31.578, 10006.742)).toBe('at least ×33');
    expect(formatInterval(0.5, 20)).toBe('at least +50.0%');
    expect(formatInterval(0.133, 0.473)).toBe('[+13.3%, +47.3%]');
  });
});

describe('spread caveats', () => {
  const bench = (values: number[]): Finding => ({
    id: 'bench.comparison',
    severity: 'info',
    title: 'b',
    subject: { kind: 'benchmark', key: 'BenchmarkX' },
    evidence: benchEvidence({
      unit: 'ns/op',
      assumption: 'noisy',
      base: { median: 100, values: [100, 101, 99] },
      head: { median: values[1] ?? 0, values },
    }),
  });

  it('names a side whose coefficient of variation is above 10%', () => {
    const caveats = spreadCaveats([bench([80, 100, 130])]);
    expect(caveats).toHaveLength(1);
    expect(caveats[0]?.side).toBe('head');
    expect(caveats[0]?.cv).toBeCloseTo(0.2434, 3);
  });

  it('says nothing about a steady side', () => {
    expect(spreadCaveats([bench([100, 102, 98])])).toEqual([]);
  });
});

describe('high-spread caveat on a hotspot', () => {
  const test = {
    logRatio: 0.4,
    effect: 0.5,
    effectLow: 0.3,
    effectHigh: 0.7,
    standardError: 0.1,
    t: 4,
    df: 8,
    pWorse: 0.0001,
    qWorse: 0.001,
    qBetter: 1,
    dispersion: 0.2,
  };
  const side = (share: number) => ({
    runs: [share, share + 1, share + 2, share + 1, share],
    mean: share / 100,
    sharePercent: share,
  });
  const metric = { base: side(10), head: side(20), delta: 0.1, ratio: 2, sharePoints: 10, countDeltaPerRun: 50, test };
  const comparison = (median: number) => ({
    kind: 'cpu' as const,
    sampleType: { type: 'cpu', unit: 'nanoseconds' },
    normalization: 'none' as const,
    baseRuns: ['1', '2', '3', '4', '5'],
    headRuns: ['1', '2', '3', '4', '5'],
    baseTotals: [100, 100, 100, 100, 100],
    headTotals: [100, 100, 100, 100, 100],
    functions: [{ key: 'example.com/m.F', file: 'm.go', line: 1, flat: metric, cum: metric }],
    noiseModelAssumed: false,
    dispersionMedian: median,
    eventsPerRun: 1000,
    tooFewEvents: false,
  });

  it('names the figure and the remedy when the spread is far above the profile median', async () => {
    const { significanceRule } = await import('../src/analysis/rules/hotspot-rule.js');
    const { defaultConfig } = await import('../src/model/config.js');
    const noisy = significanceRule.decide([comparison(0.01)], defaultConfig().hotspots);
    expect(noisy[0]?.caveats.map((c) => c.text).join(' ')).toMatch(
      /run-to-run spread 20× the profile's median .*-benchtime=Nx.*mode: ab/,
    );
    const steady = significanceRule.decide([comparison(0.1)], defaultConfig().hotspots);
    expect(steady[0]?.caveats).toEqual([]);
  });
});
