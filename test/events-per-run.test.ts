// How many sampling events stand behind a run, and the floor below which nothing is tested:
// real allocs profiles of a benchmark that hardly allocates (fixtures/ab-allocs, 10 runs a side of 2–5 samples
// each) are compared but not tested; block and mutex `delay` count contentions as events.

import { describe, expect, it } from 'vitest';
import { runTotals } from '../src/analysis/profile/run-totals.js';
import { runCompare } from '../src/engine/compare.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultConfig } from '../src/model/config.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';
import { samplesOf, withSamples } from './sample-objects.js';

const request = (minEventsPerRun: number) => {
  const config = defaultConfig('2026-11-27T00:00:00Z');
  config.hotspots.minEventsPerRun = minEventsPerRun;
  return { baseDirs: ['fixtures/ab-allocs/base'], headDirs: ['fixtures/ab-allocs/head'], config };
};

async function profile(path: string): Promise<Profile> {
  const parsed = await importFile(path, defaultLimits);
  if (parsed.content.type !== 'profile') throw new Error(`${path} is not a profile`);
  return parsed.content.profile;
}

describe('hotspots.min-events-per-run', () => {
  it('compares a three-sample allocs profile but tests nothing in it, and says so', async () => {
    const { report, result } = await runCompare(request(20));
    const allocs = report.comparisons.filter((c) => c.profileKind === 'allocs');
    expect(allocs.map((c) => c.sampleType)).toEqual(['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
    for (const c of allocs.slice(0, 2)) {
      expect(c.tooFewEvents).toBe(true);
      // Raw sampled events without runtime/pprof's own allocations: less than one per run.
      expect(c.eventsPerRun).toBeGreaterThan(0);
      expect(c.eventsPerRun).toBeLessThan(2);
      expect(c.topChanges.length).toBeGreaterThan(0);
    }
    const tested = result.comparisons.flatMap((c) => c.functions.filter((f) => f.flat.test || f.cum.test));
    expect(tested).toEqual([]);
    expect(report.findings.filter((f) => f.subject.kind === 'function')).toEqual([]);
    // An untested table collapses to one line.
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(
      /Top changes of allocs · alloc&#95;space: not tested \(\d\.\d sampling events per run, 10 vs 10 runs\)\./,
    );
    expect(markdown).not.toMatch(/<summary>Top changes: allocs · alloc&#95;space/);
  });

  it('with the floor at 0 the runs count as tested, yet no function has the raw events to be a candidate', async () => {
    const { result } = await runCompare(request(0));
    expect(result.comparisons.every((c) => !c.tooFewEvents)).toBe(true);
    const tested = result.comparisons.flatMap((c) =>
      c.functions.filter((f) => f.cum.test || f.flat.test).map((f) => f.key),
    );
    expect(tested).toEqual([]);
    expect(result.findings.filter((f) => f.subject.kind === 'function')).toEqual([]);
  });
});

describe('events behind a run', () => {
  it('block delay: the contentions, not the nanoseconds', async () => {
    const block = await profile('fixtures/demo/base/run1/block.pprof');
    const contentions = runTotals('r', [block], 'contentions');
    const delay = runTotals('r', [block], 'delay');
    expect(delay.events).toBe(contentions.events);
    expect(delay.events).toBe(contentions.total);
    expect(delay.total).toBeGreaterThan(100 * delay.events);
  });

  it('mutex: contentions ÷ the sampling fraction they were scaled by', async () => {
    // As runtime/pprof writes it under SetMutexProfileFraction(5): every value scaled by 5.
    const real = await profile('fixtures/pprof/go1.23/mutex.pb.gz');
    const mutex: Profile = {
      ...real,
      period: 5,
      samples: withSamples(
        real,
        samplesOf(real).map((s) => ({ ...s, values: s.values.map((v) => v * 5) })),
      ).samples,
    };
    const contentions = runTotals('r', [mutex], 'contentions');
    expect(runTotals('r', [mutex], 'delay').events).toBeCloseTo(contentions.total / mutex.period, 9);
  });

  it('allocs: the raw sampled events, each sample unscaled by 1 − e^(−size/period)', async () => {
    const allocs = await profile('fixtures/demo/base/run1/mem.pprof');
    const [objects, space] = ['alloc_objects', 'alloc_space'].map((t) =>
      allocs.sampleTypes.findIndex((x) => x.type === t),
    ) as [number, number];
    let raw = 0;
    for (const s of samplesOf(allocs)) {
      const n = s.values[objects] ?? 0;
      const bytes = s.values[space] ?? 0;
      if (n > 0 && bytes > 0) raw += n * (1 - Math.exp(-bytes / n / allocs.period));
    }
    const events = runTotals('r', [allocs], 'alloc_objects').events;
    expect(events).toBeCloseTo(raw, 6);
    expect(runTotals('r', [allocs], 'alloc_space').events).toBeCloseTo(raw, 6);
    // A sampled small allocation stands for thousands of objects but is one event.
    expect(events).toBeLessThan(runTotals('r', [allocs], 'alloc_objects').total / 10);
  });
});
