// Span health checks against the generated scenarios, in all four formats: each check fires on
// its defect variant, stays quiet on the good export, and names file, trace id and span id.

import { describe, expect, it } from 'vitest';
import { healthChecks } from '../src/analysis/health/checks/index.js';
import { runHealthMetrics } from '../src/analysis/health/run-metrics.js';
import { defaultConfig, type Config } from '../src/model/config.js';
import type { Finding } from '../src/model/finding.js';
import { missingFileNote, titled } from './outside-repo.js';
import { fixturePath, runOf, spanFormats, type SpanFormat } from './spans-helpers.js';
import { ev } from './evidence-of.js';
import { stringMatching } from './typed.js';

interface Case {
  check: string;
  head: string;
  base?: string;
  /** Formats that cannot carry the defect (Jaeger has no "unfinished"). */
  skip?: SpanFormat[];
  /** Subject keys the findings must include. */
  subjects?: string[];
}

const cases: Case[] = [
  {
    check: 'span.count',
    head: 'n-plus-one',
    base: 'good',
    subjects: ['orders: database calls', 'orders: SELECT shop.orders'],
  },
  { check: 'span.negative-duration', head: 'clock-skew', subjects: ['orders: SELECT shop.orders'] },
  { check: 'span.unfinished', head: 'bad-ids', skip: ['jaeger'], subjects: ['inventory: SELECT shop.stock'] },
  { check: 'span.zero-duration', head: 'clock-skew', subjects: ['frontend: GET /checkout'] },
  { check: 'span.orphan-parent', head: 'missing-parents', subjects: ['orders: SELECT shop.orders', 'orders: GET'] },
  { check: 'trace.fragmented', head: 'broken-propagation', subjects: ['from frontend to orders'] },
  { check: 'span.invalid-id', head: 'bad-ids', subjects: ['inventory: reserve stock'] },
  { check: 'span.duplicate-id', head: 'bad-ids', subjects: ['inventory: SELECT shop.stock'] },
  { check: 'span.child-outside-parent', head: 'clock-skew', subjects: ['inventory: GET /stock/:sku'] },
  {
    check: 'span.required-attributes',
    head: 'missing-attributes',
    subjects: ['orders: GET /orders/:id', 'inventory: SELECT shop.stock', 'inventory'],
  },
  { check: 'span.latency', head: 'slow', base: 'good', subjects: ['inventory: reserve stock'] },
];

/** The catalogue's check with this id; throws when none has it (a renamed id fails the test). */
function checkById(id: string) {
  const check = healthChecks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}

function runCheck(
  id: string,
  format: SpanFormat,
  head: string,
  base: string,
  config: Config = defaultConfig(),
): Finding[] {
  const check = checkById(id);
  return check.run({
    base: [runOf('base', [fixturePath(format, base)])],
    head: [runOf('head', [fixturePath(format, head)])],
    config,
  });
}

describe('span checks fire on their defect and stay quiet on good', () => {
  for (const c of cases) {
    for (const format of spanFormats) {
      if (c.skip?.includes(format)) continue;
      it(`${c.check} on ${format}`, () => {
        const findings = runCheck(c.check, format, c.head, c.base ?? c.head);
        expect(findings.length, `${c.check} should fire on ${c.head}`).toBeGreaterThan(0);
        const subjects = findings.map((f) => f.subject.key);
        for (const subject of c.subjects ?? []) expect(subjects).toContain(subject);
        for (const f of findings) expectEvidence(f, fixturePath(format, c.head));
        expect(runCheck(c.check, format, 'good', 'good')).toEqual([]);
      });
    }
  }
});

function expectEvidence(f: Finding, path: string): void {
  expect(f.id).toMatch(/^(span|trace)\.[a-z-]+$/);
  expect(JSON.parse(JSON.stringify(f.evidence))).toEqual(f.evidence);
  const examples = ev(f)['examples'] as { file: string; traceId: string; spanId: string }[];
  expect(examples.length).toBeGreaterThan(0);
  expect(examples.length).toBeLessThanOrEqual(3);
  for (const ex of examples)
    expect(ex).toMatchObject({
      file: path,
      traceId: stringMatching(/^[0-9a-f]+$/),
      spanId: stringMatching(/^[0-9a-f]+$/),
    });
}

describe('span check details', () => {
  it('span.negative-duration fails by default; severity is configurable and can be off', () => {
    expect(runCheck('span.negative-duration', 'otlp-json', 'clock-skew', 'good')[0]?.severity).toBe('fail');
    const config = defaultConfig();
    config.checks['span.negative-duration'] = { severity: 'warn' };
    expect(runCheck('span.negative-duration', 'otlp-json', 'clock-skew', 'good', config)[0]?.severity).toBe('warn');
    config.checks['span.negative-duration'] = { severity: 'off' };
    expect(runCheck('span.negative-duration', 'otlp-json', 'clock-skew', 'good', config)).toEqual([]);
  });

  it('span.count checks perfgate.yml expectations per run', () => {
    const config = defaultConfig();
    config.checks['span.count'] = { expect: [{ service: 'orders', name: 'SELECT shop.orders', min: 1, max: 6 }] };
    expect(runCheck('span.count', 'otlp-json', 'good', 'good', config)).toEqual([]);
    const findings = runCheck('span.count', 'otlp-json', 'n-plus-one', 'n-plus-one', config);
    expect(findings.map((f) => ev(f)['reason'])).toEqual(['expectation']);
    expect(ev(findings[0])['counts']).toEqual([24]);
  });

  it('span.count flags N+1 queries against base', () => {
    const nPlusOne = runCheck('span.count', 'otlp-json', 'n-plus-one', 'good').find(
      (f) => ev(f)['reason'] === 'n-plus-one',
    );
    expect(nPlusOne?.evidence).toMatchObject({ baseRatio: 1, headRatio: 4 });
  });

  it('span.required-attributes lists which services and span names lack what', () => {
    const findings = runCheck('span.required-attributes', 'otlp-json', 'missing-attributes', 'good');
    const byKey = Object.fromEntries(findings.map((f) => [f.subject.key, f]));
    expect(ev(byKey['orders: GET /orders/:id'])['missingSpan']).toEqual(['http.route']);
    expect(ev(byKey['inventory: SELECT shop.stock'])['missingSpan']).toEqual(['db.statement|db.query.text']);
    expect(ev(byKey['inventory'])['missingResource']).toEqual(['service.version']);
    expect(byKey['inventory']?.subject.kind).toBe('service');
  });

  it('span.required-attributes takes its rules from perfgate.yml', () => {
    const config = defaultConfig();
    config.checks['span.required-attributes'] = {
      attributes: [{ kind: 'server', require: ['http.response.status_code', 'team.owner'] }],
    };
    const findings = runCheck('span.required-attributes', 'otlp-json', 'good', 'good', config);
    expect(findings.map((f) => f.subject.key).sort()).toEqual([
      'frontend: GET /checkout',
      'inventory: GET /stock/:sku',
      'orders: GET /orders/:id',
    ]);
    expect(ev(findings[0])['missingSpan']).toEqual(['team.owner']);
  });

  it('span.latency reports p50/p95 of head and base', () => {
    const f = runCheck('span.latency', 'otlp-json', 'slow', 'good').find(
      (x) => x.subject.key === 'inventory: reserve stock',
    );
    expect(f?.severity).toBe('info');
    expect(f?.evidence).toMatchObject({ base: { count: 6 }, head: { count: 6 } });
    expect((ev(f)['ratioP95'] as number) > 1.2).toBe(true);
  });

  it('trace.fragmented names the callee trace that started on its own', () => {
    const f = runCheck('trace.fragmented', 'otlp-json', 'broken-propagation', 'good')[0];
    expect(ev(f)['count']).toBe(2);
    const ex = (ev(f)['examples'] as Record<string, string>[])[0];
    expect(ex?.['calleeTraceId']).not.toBe(ex?.['traceId']);
  });

  const sample = '../shared/data/jaeger/ui_01.json';
  const absent = missingFileNote(sample);
  it.skipIf(absent !== undefined)(
    titled('span.duplicate-id fires on Jaeger’s UI sample (read in place)', absent),
    () => {
      const findings = checkById('span.duplicate-id').run({
        base: [],
        head: [runOf('head', [sample])],
        config: defaultConfig(),
      });
      expect(findings.map((f) => f.subject.key)).toEqual(['service-x: some-operation']);
    },
  );
});

describe('hand-written edge cases (fixtures/spans/)', () => {
  const run = (id: string, path: string) =>
    checkById(id).run({ base: [], head: [runOf('head', [path])], config: defaultConfig() });

  it('trace.fragmented flags a trace with two roots; span.invalid-id a 12-digit span id', () => {
    const path = 'fixtures/spans/two-roots.json';
    expect(run('trace.fragmented', path).map((f) => [f.subject.kind, f.subject.key, ev(f)['reason']])).toEqual([
      ['trace', 'roots in api', 'multiple-roots'],
    ]);
    expect(ev(run('span.invalid-id', path)[0])['examples']).toMatchObject([
      { spanId: 'eee19b7ec3c1', problem: 'span id has 12 hex digits, not 16' },
    ]);
  });

  it('a Zipkin shared server span may reuse its client span id', () => {
    const path = 'fixtures/spans/zipkin-shared.json';
    const spans = runOf('head', [path]).artifacts[0];
    expect(spans?.format).toBe('zipkin');
    expect(run('span.duplicate-id', path)).toEqual([]);
    expect(run('trace.fragmented', path)).toEqual([]);
  });
});

describe('span checks against a recorded history (cross-job)', () => {
  const entry = (i: number, side: 'slow' | 'good') => ({
    commit: { sha: `c${i}`, ref: 'main', workflowRunId: String(i) },
    createdAt: '',
    runs: 1,
    metrics: runHealthMetrics([runOf('base', [fixturePath('otlp-json', side)])]),
    profiles: [],
  });
  const historyOf = (sides: ('slow' | 'good')[]) => ({
    schema: 'perfgate.baseline-history' as const,
    version: 2,
    key: 'default',
    entries: sides.map((s, i) => entry(i, s)),
  });
  const latency = (history: ReturnType<typeof historyOf>) => {
    const check = healthChecks.find((c) => c.id === 'span.latency');
    if (!check) throw new Error('no span.latency');
    const run = {
      base: [runOf('base', [fixturePath('otlp-json', 'good')])],
      head: [runOf('head', [fixturePath('otlp-json', 'slow')])],
      config: defaultConfig(),
    };
    return check
      .run({ ...run, context: { crossJob: true, history } })
      .filter((f) => f.subject.key === 'inventory: reserve stock');
  };

  it('span.latency stays reported when the history never saw the span this slow, with the band', () => {
    const [f] = latency(historyOf(['good', 'good', 'good', 'good', 'good']));
    expect((ev(f)['history'] as { entries?: number } | undefined)?.entries).toBe(5);
  });

  it('span.latency is quiet when runners of the history already ran the span this slowly', () => {
    expect(latency(historyOf(['slow', 'good', 'slow', 'good', 'slow']))).toEqual([]);
  });
});
