// The gate on real runs: head with a known slowdown in findPrice and an allocation increase in
// formatReceipt must name them; runs of unchanged code must give no fail.

import { describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { defaultConfig } from '../src/model/config.js';
import type { Finding } from '../src/model/finding.js';
import { ev } from './evidence-of.js';

const config = () => defaultConfig('2026-01-01T00:00:00.000Z');
const regressions = (findings: Finding[]) => findings.filter((f) => f.id === 'hotspot.regression');

describe('compare on the demo runs', async () => {
  const { report, gateFailed } = await runCompare({
    baseDirs: ['fixtures/demo/base'],
    headDirs: ['fixtures/demo/head'],
    config: config(),
  });

  it('reads five runs per side', () => {
    expect(report.summary).toMatchObject({ baseRuns: 5, headRuns: 5 });
    expect(report.inputs.filter((i) => i.error)).toEqual([]);
  });

  it('names findPrice as a failing CPU regression at the top', () => {
    const top = report.findings[0];
    expect(top?.severity).toBe('fail');
    expect(top?.subject).toEqual({ kind: 'function', key: 'example.com/shop.findPrice' });
    expect(top?.evidence).toMatchObject({ profileKind: 'cpu', sampleType: 'cpu/nanoseconds' });
    expect(report.verdict).toBe('fail');
    expect(gateFailed).toBe(true);
  });

  it('names formatReceipt for its allocations', () => {
    const alloc = regressions(report.findings).filter((f) => ev(f)['profileKind'] === 'allocs');
    expect(alloc.map((f) => f.subject.key)).toContain('example.com/shop.formatReceipt');
  });

  it('carries the statistics behind each regression', () => {
    for (const f of regressions(report.findings)) {
      expect(ev(f)['stats']).toMatchObject({ nBase: 5, nHead: 5 });
      const stats = ev(f)['stats'] as { q: number; effectLow: number; effect: number; effectHigh: number };
      expect(stats.q).toBeLessThanOrEqual(0.05);
      expect(stats.effectLow).toBeLessThanOrEqual(stats.effect);
      expect(stats.effect).toBeLessThanOrEqual(stats.effectHigh);
    }
  });
});

describe('compare on unchanged code (A/A)', () => {
  // The demo runs also record block and mutex profiles, which costs CPU: they are an A/A pool of
  // their own, not one to mix with fixtures/aa.
  const runs = (dir: string, ns: number[]) => ns.map((n) => `${dir}/run${n}`);
  const pairs: [string[], string[]][] = [
    [['fixtures/aa/a'], ['fixtures/aa/b']],
    [['fixtures/aa/b'], ['fixtures/aa/a']],
    [
      runs('fixtures/aa/a', [1, 2, 3]).concat(runs('fixtures/aa/b', [4, 5])),
      runs('fixtures/aa/b', [1, 2, 3]).concat(runs('fixtures/aa/a', [4, 5])),
    ],
    [runs('fixtures/demo/base', [1, 3, 5]), runs('fixtures/demo/base', [2, 4])],
    [runs('fixtures/demo/head', [2, 4]), runs('fixtures/demo/head', [1, 3, 5])],
  ];
  for (const [base, head] of pairs) {
    it(`${base.join(',')} vs ${head.join(',')} gives no fail`, async () => {
      const { report } = await runCompare({ baseDirs: base, headDirs: head, config: config() });
      expect(report.findings.filter((f) => f.severity === 'fail')).toEqual([]);
      expect(report.verdict).not.toBe('fail');
    });
  }
});

describe('compare with a single run per side', () => {
  it('caps at warn and says the noise model was assumed', async () => {
    const { report } = await runCompare({
      baseDirs: ['fixtures/demo/base/run1'],
      headDirs: ['fixtures/demo/head/run1'],
      config: config(),
    });
    expect(report.findings.filter((f) => f.severity === 'fail')).toEqual([]);
    for (const f of regressions(report.findings))
      expect(ev(f)['caveats']).toContainEqual({
        code: 'noise-model-assumed',
        text: 'single run per side: noise model assumed',
      });
    const tested = report.comparisons.filter((c) => !c.tooFewEvents);
    expect(tested.length).toBeGreaterThan(5);
    expect(tested.every((c) => c.noiseModelAssumed)).toBe(true);
  });
});
