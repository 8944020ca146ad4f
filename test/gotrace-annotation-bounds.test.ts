// Memory bounds of the Go trace annotation summary: durations stay exact up to `exactLimit` per
// type and then move into a histogram (count, total and max still exact, percentiles within 1%);
// past `maxAnnotationTypes` distinct names, the rest are counted under one catch-all type.

import { describe, expect, it } from 'vitest';
import { AnnotationBuilder, maxAnnotationTypes, otherType } from '../src/formats/gotrace/annotations.js';
import { DurationSample, exactLimit } from '../src/formats/gotrace/duration-sample.js';
import type { TraceEvent } from '../src/formats/gotrace/events.js';
import { v2Type } from '../src/formats/gotrace/spec-v2.js';

describe('annotation bounds', () => {
  it('keeps exact percentiles up to the limit, then a histogram within 1%', () => {
    const exact = new DurationSample();
    for (let i = 1; i <= 1000; i++) exact.add(i * 1000);
    expect(exact.summary()).toEqual({ count: 1000, totalNs: 500500000, p50Ns: 500000, p95Ns: 950000, maxNs: 1000000 });
    const big = new DurationSample();
    const n = exactLimit * 2;
    let total = 0;
    for (let i = 1; i <= n; i++) {
      big.add(i * 10);
      total += i * 10;
    }
    const s = big.summary();
    expect([s.count, s.totalNs, s.maxNs]).toEqual([n, total, n * 10]);
    expect(Math.abs(s.p50Ns - n * 5) / (n * 5)).toBeLessThan(0.01);
    expect(Math.abs(s.p95Ns - n * 9.5) / (n * 9.5)).toBeLessThan(0.01);
  });

  it('folds log categories past the type limit into one', () => {
    const strings = new Map<number, string>();
    const builder = new AnnotationBuilder();
    const typ = v2Type['UserLog'] ?? -1;
    const ev: TraceEvent = { typ, time: 0, g: 1, p: 0, m: 0, args: [], fromState: 0, strings, taskName: '' };
    const names = maxAnnotationTypes + 50;
    for (let i = 0; i < names; i++) {
      strings.set(i + 1, `category-${i}`);
      ev.args = [0, i + 1, 0, 0];
      builder.event(ev);
    }
    const logs = builder.finish().logs;
    expect(Object.keys(logs).length).toBe(maxAnnotationTypes);
    expect(logs[otherType]).toBe(51);
    expect(Object.values(logs).reduce((a, b) => a + b, 0)).toBe(names);
  });
});
