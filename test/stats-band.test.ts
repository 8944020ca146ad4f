// Health bands from a history of base runs (research/statistics.md §4.4).

import { describe, expect, it } from 'vitest';
import { baselineBand, checkBand, checkExactCount, kForHistory } from '../src/analysis/stats/baseline-band.js';
import { median } from '../src/analysis/stats/median.js';

describe('baseline bands', () => {
  it('uses a stated ±15% with fewer than five base runs', () => {
    const band = baselineBand([10, 11, 9]);
    expect(band).toMatchObject({ method: 'fixed-tolerance', center: 10, historySize: 3 });
    expect(band?.low).toBeCloseTo(8.5);
    expect(band?.high).toBeCloseTo(11.5);
    expect(band?.caveat).toContain('±15%');
  });
  it('is median ± k·1.4826·MAD on logs from five runs on', () => {
    const history = [10, 10.5, 9.5, 10.2, 9.8, 10.1, 9.9, 10.3, 9.7, 10];
    const band = baselineBand(history);
    expect(band?.method).toBe('robust');
    expect(band?.k).toBe(4);
    expect(band?.center).toBeCloseTo(10, 6);
    const logs = history.map(Math.log);
    const mad = [...logs.map((x) => Math.abs(x - Math.log(10)))].sort((a, b) => a - b);
    const s = (1.4826 * ((mad[4] as number) + (mad[5] as number))) / 2;
    expect(band?.high).toBeCloseTo(Math.exp(Math.log(10) + 4 * s), 6);
  });
  it('picks k by history size', () => {
    expect([5, 9, 10, 19, 20, 30].map(kForHistory)).toEqual([5, 5, 4, 4, 3, 3]);
  });
  it('compares the median of the head runs', () => {
    const history = Array.from({ length: 20 }, (_, i) => 100 + (i % 5));
    expect(checkBand(history, [101, 103, 250])?.outside).toBeNull();
    expect(checkBand(history, [200, 210, 190])?.outside).toBe('above');
    expect(checkBand(history, [50, 52, 49])?.outside).toBe('below');
  });
  it('keeps a false-alarm rate near 1% for normal log data at 10 and 20 runs', () => {
    let seed = 99;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    const normal = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
    for (const size of [10, 20]) {
      let alarms = 0;
      const trials = 5000;
      for (let t = 0; t < trials; t++) {
        const history = Array.from({ length: size }, () => Math.exp(0.05 * normal()));
        if (checkBand(history, [Math.exp(0.05 * normal())], { scaleFloor: 0 })?.outside === 'above') alarms++;
      }
      expect(alarms / trials).toBeLessThan(0.02);
    }
  });
});

describe('exact counts (goroutines alive at the end)', () => {
  it('warns on any rise and fails past the history range', () => {
    expect(checkExactCount([3, 3, 3], [3, 3])?.severity).toBeNull();
    expect(checkExactCount([3, 3, 3], [4])?.severity).toBe('warn');
    expect(checkExactCount([3, 3, 3], [5])).toMatchObject({ severity: 'fail', failAbove: 4 });
    expect(checkExactCount([3, 5, 4], [7])?.severity).toBe('warn');
    expect(checkExactCount([3, 5, 4], [8])?.severity).toBe('fail');
  });
});

describe('median (the one copy in src/analysis/stats)', () => {
  it('is the middle value, the mean of the two middle values, or NaN for none; the input is not reordered', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([-7])).toBe(-7);
    expect(median([])).toBeNaN();
  });
});
