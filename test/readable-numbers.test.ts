// Readable numbers in the comment: a (near-)zero base reads "new", a rise of ×10 or more reads
// as a factor, an interval wider than ×10 as a bound; a noisy benchmark side gets a spread caveat.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { formatInterval, formatRise, formatValue } from '../src/report/format-values.js';
import { spreadCaveats } from '../src/report/spread-caveats.js';

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
    evidence: { unit: 'ns/op', assumption: 'noisy', base: { median: 100, values: [100, 101, 99] }, head: { median: values[1] ?? 0, values } },
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
