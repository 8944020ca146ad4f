// Merging shard reports: union false-discovery control (demote only), partial verdicts for
// missing or failed shards, a section per shard, hostile reports as failed shards, and the CLI.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { runCompare } from '../src/engine/compare.js';
import { readShardReport, runMerge } from '../src/engine/merge-shards.js';
import { defaultConfig } from '../src/model/config.js';
import type { Finding } from '../src/model/finding.js';
import { unionFdr } from '../src/analysis/stats/merge-fdr.js';
import { mergeReports } from '../src/report/merge-reports.js';
import { renderMergedMarkdown } from '../src/report/markdown/render-merged.js';
import { renderJson } from '../src/report/render-json.js';
import type { Report } from '../src/report/report.js';
import { ev } from './evidence-of.js';
import { closeTo, parseAs, stringContaining } from './typed.js';

const levels = { hotspots: { qWarn: 0.05, qFail: 0.01 }, benchmarks: { qWarn: 0.05, qFail: 0.01 } };
const now = '2026-01-01T00:00:00.000Z';
const runs = (side: string): string[] => [1, 2, 3, 4, 5].map((i) => `fixtures/demo/${side}/run${i}`);
let demo: Report;
let aa: Report;
let dir: string;

function bench(name: string, severity: Finding['severity'], p: number, q: number): Finding {
  return {
    id: severity === 'info' ? 'bench.comparison' : 'bench.regression',
    severity,
    title: `${name} ns/op`,
    subject: { kind: 'benchmark', key: name },
    evidence: {
      benchmark: name,
      pkg: 'example.com/shop',
      procs: 8,
      unit: 'ns/op',
      assumption: 'noisy',
      direction: 'higher-is-worse',
      base: { median: 1, values: [1] },
      head: { median: 2, values: [2] },
      change: { ratio: 2 },
      floor: 0.05,
      significant: severity !== 'info',
      improved: false,
      stats: {
        effect: 1,
        effectLow: 0.5,
        effectHigh: 1.5,
        p,
        q,
        nBase: 5,
        nHead: 5,
        exactTest: true,
        test: 'mann-whitney-u',
      },
      caveats: [],
    },
  };
}

function shardReport(key: string, findings: Finding[], verdict: Report['verdict']): Report {
  return { ...aa, key, verdict, findings, reasons: [] };
}

beforeAll(async () => {
  const config = defaultConfig(now);
  demo = (await runCompare({ baseDirs: runs('base'), headDirs: runs('head'), config, key: 'demo' })).report;
  aa = (await runCompare({ baseDirs: runs('base'), headDirs: runs('base'), config, key: 'aa' })).report;
  dir = mkdtempSync(join(tmpdir(), 'perfgate-merge-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('union false-discovery control', () => {
  it('raises q over the union and demotes only the tiers q earned', () => {
    // Alone, p=0.004 is q=0.004 (fail). Among 20 tests of which it is the smallest, BH q = 0.08.
    const quiet = Array.from({ length: 19 }, (_, i) => bench(`BenchmarkQuiet${i}`, 'info', 0.5 + i / 100, 0.9));
    const out = unionFdr([bench('BenchmarkHot', 'fail', 0.004, 0.004), ...quiet], levels);
    expect(out.tests.benchmark).toBe(20);
    const hot = out.findings[0] as Finding;
    expect(hot.severity).toBe('info');
    expect(hot.id).toBe('bench.comparison');
    expect((ev(hot)['stats'] as { q: number; qShard: number }).q).toBeCloseTo(0.08, 6);
    expect((ev(hot)['stats'] as { qShard: number }).qShard).toBe(0.004);
    expect(hot.demotedByMerge).toEqual({ from: 'fail', qShard: 0.004, q: closeTo(0.08, 6) });
    expect(out.demoted).toHaveLength(1);
  });

  it('never promotes, and keeps a warn that came from a fixed tolerance (shard q above q-warn)', () => {
    const out = unionFdr(
      [
        bench('BenchmarkA', 'info', 0.0001, 0.2),
        bench('BenchmarkB', 'warn', 0.3, 0.3),
        bench('BenchmarkC', 'fail', 0.001, 0.002),
      ],
      levels,
    );
    expect(out.findings.map((f) => f.severity)).toEqual(['info', 'warn', 'fail']);
    expect(out.demoted).toHaveLength(0);
  });

  it('a fail between q-fail and q-warn across shards becomes a warn', () => {
    // q of A across both: min(0.008 × 2 / 1, 0.04 × 2 / 2) = 0.016 > q-fail.
    const out = unionFdr([bench('BenchmarkA', 'fail', 0.008, 0.008), bench('BenchmarkB', 'warn', 0.04, 0.04)], levels);
    expect(out.findings.map((f) => f.severity)).toEqual(['warn', 'warn']);
    expect((ev(out.findings[0])['stats'] as { q: number }).q).toBeCloseTo(0.016, 9);
  });

  it('diff(a, a)-like reports merge to the same findings', () => {
    const out = unionFdr(aa.findings, levels);
    expect(out.demoted).toEqual([]);
  });
});

describe('mergeReports', () => {
  it('merges the demo shards: one verdict, every finding tagged with its shard, hotspot q over the union', () => {
    const merged = mergeReports(
      [
        { key: 'one', report: demo },
        { key: 'two', report: { ...demo, key: 'two' } },
      ],
      { key: 'merged', expectKeys: ['one', 'two'], levels, version: '0.1.0', now },
    );
    expect(merged.partial).toBe(false);
    expect(merged.findings).toHaveLength(demo.findings.length * 2);
    expect(new Set(merged.findings.map((f) => f.shard))).toEqual(new Set(['one', 'two']));
    expect(merged.summary.headRuns).toBe(demo.summary.headRuns * 2);
    const hotspots = merged.findings.filter((f) => f.id === 'hotspot.regression');
    for (const f of hotspots) {
      const s = ev(f)['stats'] as { q: number; qShard: number } | null;
      if (s) expect(s.q).toBeGreaterThanOrEqual(s.qShard);
    }
    expect(merged.verdict).toBe('fail');
    expect(merged.mergeNotes[0]).toMatch(
      /Benjamini–Hochberg over the p-values of \d+ hotspot and \d+ benchmark findings/,
    );
  });

  it('names a missing shard, marks the result partial, and makes a pass at least warn', () => {
    const merged = mergeReports(
      [
        { key: 'a', report: shardReport('a', [], 'pass') },
        { key: 'b', report: shardReport('b', [], 'pass') },
      ],
      { key: 'm', expectKeys: ['a', 'b', 'c'], levels, version: '0.1.0', now },
    );
    expect(merged.partial).toBe(true);
    expect(merged.verdict).toBe('warn');
    expect(merged.reasons[0]).toBe('shard c left no report: the result is partial');
    expect(merged.shards.map((s) => [s.key, s.status])).toEqual([
      ['a', 'ok'],
      ['b', 'ok'],
      ['c', 'missing'],
    ]);
    const md = renderMergedMarkdown(merged, 65_536);
    expect(md).toContain('<!-- perfgate:comment:m -->');
    expect(md).toContain('**Partial result**: 1 of 3 shards did not report: `c` (missing)');
    expect(md).toContain('### Shard `a`');
    expect(md).toContain('### Shard `b`');
    expect(md).not.toContain('### Shard `c`');
  });

  it('a fail stays a fail when partial, its own reason first', () => {
    const merged = mergeReports(
      [
        { key: 'a', report: demo },
        { key: 'b', problem: 'could not read its report: report.json is not JSON' },
      ],
      { key: 'm', expectKeys: [], levels, version: '0.1.0', now },
    );
    expect(merged.verdict).toBe('fail');
    expect(merged.partial).toBe(true);
    expect(merged.reasons.at(-1)).toBe('shard b failed: the result is partial');
    expect(merged.shards[1]).toMatchObject({ key: 'b', status: 'failed', verdict: null });
  });

  it('refuses two reports with one key', () => {
    expect(() =>
      mergeReports(
        [
          { key: 'a', report: demo },
          { key: 'a', report: demo },
        ],
        { key: 'm', expectKeys: [], levels, version: '0.1.0', now },
      ),
    ).toThrow(/two shard reports have the key 'a'/);
  });

  it('keeps within the size limit by dropping quiet shard sections first, and names them', () => {
    const shards = Array.from({ length: 12 }, (_, i) => ({ key: `s${i}`, report: { ...demo, key: `s${i}` } }));
    const merged = mergeReports(shards, { key: 'm', expectKeys: [], levels, version: '0.1.0', now });
    const md = renderMergedMarkdown(merged, 20_000);
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain("Dropped to fit GitHub's size limit");
    expect(md).toContain('| `s11` |');
  });
});

describe('reading shard reports', () => {
  it('treats an unreadable or hostile report.json as a failed shard', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...JSON.parse(renderJson(demo)),
        findings: [
          {
            id: 'bench.regression',
            severity: 'fail',
            title: 'x',
            subject: { kind: 'benchmark', key: 'B' },
            evidence: { unit: 'ns/op', base: 'oops' },
          },
        ],
      }),
    );
    expect(await readShardReport(bad, 'x')).toMatchObject({
      key: 'x',
      problem: stringContaining('findings[0].evidence'),
    });
    expect(await readShardReport(join(dir, 'none.json'), 'y')).toEqual({
      key: 'y',
      problem: 'could not read its report: no report.json',
    });
    const good = join(dir, 'good.json');
    writeFileSync(good, renderJson(demo));
    const read = await readShardReport(good);
    expect(read.key).toBe('demo');
    expect(runMerge({ shards: [read], config: defaultConfig(now), key: 'm', expectKeys: ['demo'] }).gateFailed).toBe(
      true,
    );
  });
});

describe('perfgate merge', () => {
  async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), now: () => now });
    return { code, out, err };
  }

  it('merges files, writes JSON and markdown, names the missing shard and exits by the verdict', async () => {
    writeFileSync(join(dir, 'a.json'), renderJson({ ...aa, key: 'a' }));
    writeFileSync(join(dir, 'b.json'), renderJson({ ...aa, key: 'b' }));
    const json = join(dir, 'merged.json');
    const md = join(dir, 'merged.md');
    const r = await cli([
      'merge',
      '--report',
      join(dir, 'a.json'),
      '--report',
      join(dir, 'b.json'),
      '--expect-keys',
      'a,b,c',
      '--json',
      json,
      '--markdown',
      md,
      '--fail-on',
      'warn',
    ]);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain('perfgate: partial result: c (missing)');
    expect(r.out).toContain('## ⚠️ perfgate: warn');
    expect(readFileSync(md, 'utf8')).toBe(r.out);
    const doc = parseAs<{ shards: { key: string }[] }>(readFileSync(json, 'utf8'));
    expect(doc).toMatchObject({ key: 'merged', verdict: 'warn', partial: true });
    expect(doc.shards.map((s) => s.key)).toEqual(['a', 'b', 'c']);
    expect((await cli(['merge', '--report', join(dir, 'a.json'), '--report', join(dir, 'b.json')])).code).toBe(0);
  });

  it('is a usage error without reports, or with two reports of one key', async () => {
    expect((await cli(['merge'])).code).toBe(2);
    const dup = await cli(['merge', '--report', join(dir, 'a.json'), '--report', join(dir, 'a.json')]);
    expect(dup.code).toBe(2);
    expect(dup.err).toContain("two shard reports have the key 'a'");
  });
});
