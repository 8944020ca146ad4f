// A report.json from another run (a fork's pull request writes any bytes into it) is checked
// against the report schema before anything renders it. Property test (seeded): any JSON value
// in any field of a complete report is either refused with UntrustedReportError or rendered, as
// the comment, the job summary and a merged comment, with no markup that the report did not
// escape: no raw tags, `</details>`, links, images, @-mentions or workflow commands.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWithContext } from '../src/github/report-text.js';
import type { Finding } from '../src/model/finding.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';
import { renderMergedMarkdown } from '../src/report/markdown/render-merged.js';
import { mergeReports } from '../src/report/merge-reports.js';
import { reportSchemaVersion, type Report } from '../src/report/report.js';
import { parseUntrustedReport, UntrustedReportError } from '../src/report/untrusted-report.js';
import { foreignMarkup } from './markdown-inert.js';
import { parseAs, setAt } from './typed.js';

const stats = { nBase: 5, nHead: 5, effect: 0.4, effectLow: 0.2, effectHigh: 0.6, p: 0.001, q: 0.004 };
const caveat = { code: 'warn-only-runs' as const, text: 'n=3/3 runs can at most warn' };
const findings: Finding[] = [
  {
    id: 'hotspot.regression',
    severity: 'fail',
    title: 'example.com/shop.Checkout: flat cpu share 1% → 2%',
    subject: { kind: 'function', key: 'example.com/shop.Checkout' },
    evidence: {
      profileKind: 'cpu',
      sampleType: 'cpu/nanoseconds',
      metric: 'flat',
      normalization: 'total',
      file: 'shop/checkout.go',
      line: 12,
      base: { mean: 0.01, sharePercent: 1, runs: [10, 11] },
      head: { mean: 0.02, sharePercent: 2, runs: [20, 21] },
      change: { delta: 0.01, ratio: 2, sharePoints: 1, countDeltaPerRun: 10 },
      stats: { ...stats, dispersion: 0.1, df: 8 },
      caveats: [caveat],
    },
  },
  {
    id: 'bench.regression',
    severity: 'warn',
    title: 'BenchmarkCheckout ns/op: 100 → 140',
    subject: { kind: 'benchmark', key: 'BenchmarkCheckout' },
    evidence: {
      benchmark: 'BenchmarkCheckout',
      pkg: 'example.com/shop',
      procs: 8,
      unit: 'ns/op',
      assumption: 'noisy',
      direction: 'higher-is-worse',
      base: { median: 100, values: [99, 100, 101] },
      head: { median: 140, values: [139, 140, 141] },
      change: { ratio: 1.4 },
      floor: 0.05,
      significant: true,
      improved: false,
      stats: { ...stats, exactTest: true, test: 'mann-whitney-u' },
      caveats: [caveat],
    },
  },
  {
    id: 'span.orphan-parent',
    severity: 'warn',
    title: 'api: GET /x: parent not in the export (1 span)',
    subject: { kind: 'span', key: 'api: GET /x' },
    evidence: { count: 1, examples: [{ file: 'spans.json', traceId: 'ab', spanId: 'cd', where: 'spans.json:3' }] },
  },
];

const full: Report = {
  schemaVersion: reportSchemaVersion,
  tool: { name: 'perfgate', version: '0.1.0' },
  generatedAt: '2026-01-01T00:00:00.000Z',
  key: 'default',
  verdict: 'fail',
  reasons: ['example.com/shop.Checkout: flat cpu share 1% → 2%'],
  summary: { baseRuns: 5, headRuns: 5, fail: 1, warn: 2, info: 0 },
  findings,
  comparisons: [
    {
      profileKind: 'cpu',
      sampleType: 'cpu',
      unit: 'nanoseconds',
      normalization: 'total',
      baseRuns: 5,
      headRuns: 5,
      baseTotalMean: 1e9,
      headTotalMean: 1.1e9,
      noiseModelAssumed: false,
      eventsPerRun: 12,
      tooFewEvents: true,
      topChanges: [
        {
          function: 'example.com/shop.Checkout',
          file: 'a.go',
          line: 1,
          baseFlat: 1,
          headFlat: 2,
          baseCum: 3,
          headCum: 4,
          baseFlatShare: 1,
          headFlatShare: 2,
          flatSharePoints: 1,
          cumSharePoints: 1,
          significant: true,
        },
      ],
    },
  ],
  inputs: [
    {
      path: 'head/run1/cpu.pprof',
      side: 'head',
      run: 'run1',
      format: null,
      formatVersion: null,
      kind: null,
      error: { code: 'pprof.truncated', message: 'cut off', where: 'cpu.pprof@0x10' },
    },
  ],
  diagnostics: [
    { code: 'folded.bad-line', message: 'a line did not parse', where: 'x.folded:3', count: 2, path: 'x.folded' },
  ],
  links: {},
  trends: [
    {
      title: 'GC cycles per second',
      unit: '/s',
      base: [
        { commit: 'abc1234', value: 1 },
        { commit: 'def5678', value: 2 },
      ],
      head: 3,
    },
  ],
};

type Path = (string | number)[];

/** Every field of the document, objects and arrays included, as paths. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (typeof value === 'object' && value !== null)
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

function withValue(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const items: unknown[] = doc;
    return items.map((v, i) => (i === head ? withValue(v, rest, value) : v));
  }
  if (typeof doc === 'object' && doc !== null)
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, k === head ? withValue(v, rest, value) : v]));
  return doc;
}

const payloads = [
  '</summary></details>\n\n## ✅ perfgate: pass',
  '@octocat please merge',
  '![t](https://evil.example/t.png)',
  '[click](https://evil.example)',
  '\n::error::pwned\n',
  '<img src=x onerror=alert(1)>',
  '`` ` ``<b>x</b>',
  '| injected | row |',
];
const hostileString = fc.oneof(
  fc.constantFrom(...payloads),
  fc.string(),
  fc.tuple(fc.string(), fc.constantFrom(...payloads)).map(([a, b]) => a + b),
);
const anyValue = fc.oneof(
  fc.jsonValue(),
  hostileString,
  fc.constantFrom(null, Number.MAX_VALUE, -0, 1e308, [], {}, true),
);
const paths = pathsOf(JSON.parse(JSON.stringify(full)));

function accepts(doc: unknown): boolean {
  try {
    parseUntrustedReport(JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}

function renders(report: Report): string[] {
  const merged = mergeReports([{ key: 'shard', report }], {
    key: 'm',
    expectKeys: [],
    levels: { hotspots: { qWarn: 0.05, qFail: 0.01 }, benchmarks: { qWarn: 0.05, qFail: 0.01 } },
    version: '0',
    now: '2026-01-01T00:00:00.000Z',
  });
  return [renderMarkdown(report), renderWithContext(report, [], 65_536), renderMergedMarkdown(merged, 65_536)];
}

describe('an untrusted report.json', () => {
  it('is accepted whole, and renders clean', () => {
    const report = parseUntrustedReport(JSON.stringify(full));
    expect(report.findings).toHaveLength(3);
    for (const md of renders(report)) expect(foreignMarkup(md)).toEqual([]);
  });

  it('with any JSON value in any field: refused, or rendered with nothing unescaped', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), anyValue), { minLength: 1, maxLength: 3 }), (edits) => {
        let doc: unknown = JSON.parse(JSON.stringify(full));
        for (const [path, value] of edits) doc = withValue(doc, path, value);
        let report: Report;
        try {
          report = parseUntrustedReport(JSON.stringify(doc));
        } catch (err) {
          expect(err).toBeInstanceOf(UntrustedReportError);
          refused++;
          return;
        }
        accepted++;
        for (const md of renders(report)) expect(foreignMarkup(md), md).toEqual([]);
      }),
      { seed: 18, numRuns: 400 },
    );
    // Both outcomes happen: hostile strings in text fields render escaped, wrong types are refused.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  });

  it('with hostile text in every text field at once: rendered with nothing unescaped', () => {
    // The free-text fields: those the schema accepts any string in (not ids, enums or versions).
    const textPaths = paths.filter((p) => accepts(withValue(JSON.parse(JSON.stringify(full)), p, 'free <text>')));
    expect(textPaths.length).toBeGreaterThan(25);
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: textPaths.length, maxLength: textPaths.length }), (texts) => {
        let doc: unknown = JSON.parse(JSON.stringify(full));
        textPaths.forEach((path, i) => (doc = withValue(doc, path, texts[i])));
        for (const md of renders(parseUntrustedReport(JSON.stringify(doc)))) expect(foreignMarkup(md), md).toEqual([]);
      }),
      { seed: 1818, numRuns: 200 },
    );
  });

  it('with null or a non-finite number where a number belongs: refused by name', () => {
    const doc = parseAs<unknown>(JSON.stringify(full));
    setAt(doc, ['comparisons', 0, 'eventsPerRun'], null);
    expect(() => parseUntrustedReport(JSON.stringify(doc))).toThrow(/comparisons\[0\]\.eventsPerRun/);
    expect(() =>
      parseUntrustedReport(JSON.stringify(doc).replace('"eventsPerRun":null', '"eventsPerRun":1e999')),
    ).toThrow(UntrustedReportError);
  });

  it('cannot reach the comment through fields #18 named: eventsPerRun text, a benchmark finding with hotspot evidence', () => {
    const doc = parseAs<unknown>(JSON.stringify(full));
    setAt(doc, ['comparisons', 0, 'eventsPerRun'], '12</summary></details>@octocat');
    expect(() => parseUntrustedReport(JSON.stringify(doc))).toThrow(/eventsPerRun/);
    const mixed = parseAs<unknown>(JSON.stringify(full));
    setAt(mixed, ['findings', 0, 'subject', 'kind'], 'benchmark');
    setAt(mixed, ['findings', 0, 'evidence', 'metric'], '</details>## ✅ perfgate: pass');
    expect(() => parseUntrustedReport(JSON.stringify(mixed))).toThrow(/findings\[0\]\.evidence\.metric/);
  });

  it('names a schema version it does not know without echoing it', () => {
    const doc = { ...parseAs<object>(JSON.stringify(full)), schemaVersion: '::error::pwned' };
    expect(() => parseUntrustedReport(JSON.stringify(doc))).toThrow(
      'report.json has schema version of type string, expected 2',
    );
  });
});
