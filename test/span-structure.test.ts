// span.structure rules, span.child-set-changed and span.propagation on real span exports and on
// copies with one injected defect each (fixtures/spans/structure/, from
// fixtures/_gen/spans/structure-defects.mjs): every rule kind fires on its defect, in every
// format, names the file, trace and span, and stays quiet on the good export.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { healthChecks } from '../src/analysis/health/checks/index.js';
import type { FiledSpan } from '../src/analysis/health/checks/span-check-util.js';
import { SpanTree } from '../src/analysis/health/checks/span-tree.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globMatch, structureRules } from '../src/analysis/health/structure-rules.js';
import { applyConfig, ConfigError } from '../src/engine/config/config-file.js';
import type { Run } from '../src/model/artifact.js';
import { defaultConfig, type Config } from '../src/model/config.js';
import type { Finding } from '../src/model/finding.js';
import { fixturePath, runOf, spanFormats, type SpanFormat } from './spans-helpers.js';
import { ev } from './evidence-of.js';

/** The README's three rule kinds, written for the fixture services (frontend → orders → inventory). */
const rulesYaml = `
checks:
  span.structure:
    rules:
      - name: frontend calls out over HTTP
        parent: { service: frontend, kind: SERVER }
        child: { kind: CLIENT, attributes: { http.request.method: "*" } }
        scope: descendant
        min: 1
      - name: order reads hit the database
        parent: { kind: server, name: "GET /orders/*" }
        child: { attributes: { db.system: "*" } }
        min: 1
      - name: no N+1 in orders
        parent: { service: orders }
        child: { name: "SELECT *" }
        max: 10
`;

const config = (): Config => applyConfig(defaultConfig(), parse(rulesYaml), 'perfgate.yml');
const structureFormats = ['otlp-json', 'zipkin', 'jaeger'] as const;
const extension = { 'otlp-json': 'jsonl', zipkin: 'json', jaeger: 'json' } as const;
const defectPath = (format: (typeof structureFormats)[number], defect: string): string =>
  `fixtures/spans/structure/${format}-${defect}.${extension[format]}`;

function run(id: string, base: Run[], head: Run[], cfg = config()): Finding[] {
  const check = healthChecks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check.run({ base, head, config: cfg });
}

const good = (format: SpanFormat): Run => runOf('head', [fixturePath(format, 'good')]);

function expectExamples(f: Finding, path: string): void {
  const examples = ev(f)['examples'] as { file: string; traceId: string; spanId: string }[];
  expect(examples.length).toBeGreaterThan(0);
  for (const e of examples) {
    expect(e.file).toBe(path);
    expect(e.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(e.spanId).toMatch(/^[0-9a-f]{16}$/);
  }
}

describe('span.structure rules', () => {
  const cases = [
    { defect: 'no-http-method', rule: 'frontend calls out over HTTP', offending: 2, parents: 6 },
    { defect: 'no-db', rule: 'order reads hit the database', offending: 6, parents: 6 },
    { defect: 'n-plus-one-12', rule: 'no N+1 in orders', offending: 1, parents: 29 },
  ];
  for (const format of structureFormats) {
    for (const c of cases) {
      it(`${c.rule} fires on ${format} ${c.defect}, and only that rule`, () => {
        const path = defectPath(format, c.defect);
        const findings = run('span.structure', [], [runOf('head', [path])]);
        expect(findings.map((f) => f.subject.key)).toEqual([c.rule]);
        const f = findings[0] as Finding;
        expect(f.severity).toBe('fail');
        expect(f.evidence).toMatchObject({ rule: c.rule, offending: c.offending, parents: c.parents });
        expect(ev(f)['runs']).toEqual([{ run: 'head-1', parents: c.parents, offending: c.offending }]);
        expectExamples(f, path);
      });
    }
  }

  for (const format of spanFormats) {
    it(`stays quiet on the good ${format} export; a max rule fires on the real n-plus-one export`, () => {
      expect(run('span.structure', [], [good(format)])).toEqual([]);
      const strict = applyConfig(defaultConfig(), parse(rulesYaml.replace('max: 10', 'max: 3')), 'perfgate.yml');
      const real = run('span.structure', [], [runOf('head', [fixturePath(format, 'n-plus-one')])], strict);
      expect(real.map((f) => [f.subject.key, ev(f)['offending']])).toEqual([['no N+1 in orders', 6]]);
      expect(run('span.structure', [], [good(format)], strict)).toEqual([]);
    });
  }

  it('counts offending parents per run', () => {
    const head = [
      runOf('head', [fixturePath('otlp-json', 'good')], 'r1'),
      runOf('head', [defectPath('otlp-json', 'no-db')], 'r2'),
    ];
    const [f] = run('span.structure', [], head);
    expect(ev(f)['runs']).toEqual([
      { run: 'r1', parents: 6, offending: 0 },
      { run: 'r2', parents: 6, offending: 6 },
    ]);
    expect(f?.title).toBe(
      'order reads hit the database: 6 of 12 parents (server "GET /orders/*") have no children [db.system], per run 0, 6',
    );
  });

  it('does nothing without rules, and config errors name the rule and key', () => {
    expect(run('span.structure', [], [runOf('head', [defectPath('otlp-json', 'no-db')])], defaultConfig())).toEqual([]);
    const yaml = (rule: string): unknown => parse(`checks:\n  span.structure:\n    rules:\n      - ${rule}`);
    const bad =
      (rule: string): (() => Config) =>
      () =>
        applyConfig(defaultConfig(), yaml(rule), 'p.yml');
    expect(bad('{ parent: { service: a }, child: { name: b } }')).toThrow(/rules\[0\]: needs min or max/);
    expect(bad('{ parent: { servce: a }, child: {}, min: 1 }')).toThrow(/rules\[0\]\.parent\.servce: unknown key/);
    expect(bad('{ parent: { kind: srv }, child: {}, min: 1 }')).toThrow(/parent\.kind: expected one of/);
    expect(bad('{ parent: {}, child: {}, min: 1, scope: subtree }')).toThrow(ConfigError);
    expect(bad('{ parent: {}, child: {}, min: 3, max: 1 }')).toThrow(/min 3 is above max 1/);
  });

  it('the README examples are valid rules', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Trace structure'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const rules = structureRules(applyConfig(defaultConfig(), parse(yaml), 'README.md'));
    expect(rules.map((r) => [r.name, r.scope, r.min, r.max])).toEqual([
      ['checkout calls out over HTTP', 'descendant', 1, undefined],
      ['v2 reads hit the database', 'child', 1, undefined],
      ['no N+1 in payment', 'child', undefined, 10],
    ]);
    expect(rules[0]?.parent).toEqual({ service: 'checkout', kind: ['server'] });
    expect(rules[1]?.child).toEqual({ attributes: { 'db.system': '*' } });
  });

  it('globs: * any run, ? one character, everything else literal', () => {
    expect(globMatch('GET /api/v2/*', 'GET /api/v2/users/7')).toBe(true);
    expect(globMatch('GET /api/v2/*', 'GET /api/v1/users')).toBe(false);
    expect(globMatch('SELECT *', 'SELECT shop.orders')).toBe(true);
    expect(globMatch('SELECT', 'SELECT shop.orders')).toBe(false);
    expect(globMatch('a?c*d', 'abcxxd')).toBe(true);
    expect(globMatch('a.c', 'abc')).toBe(false);
    expect(globMatch('*a*a*a*b', 'a'.repeat(2000))).toBe(false);
  });
});

describe('span.child-set-changed', () => {
  for (const format of structureFormats) {
    it(`reports the database span orders lost (${format})`, () => {
      const base = [runOf('base', [fixturePath(format, 'good')])];
      const head = [runOf('head', [defectPath(format, 'no-db')])];
      const findings = run('span.child-set-changed', base, head);
      expect(findings.map((f) => [f.subject.key, ev(f)['lostChildren'], f.severity])).toEqual([
        ['orders: GET /orders/:id', ['orders: SELECT shop.orders'], 'warn'],
      ]);
      expectExamples(findings[0] as Finding, defectPath(format, 'no-db'));
    });
  }
  for (const format of spanFormats) {
    it(`stays quiet when head is good or only slower or noisier (${format})`, () => {
      const base = [runOf('base', [fixturePath(format, 'good')])];
      for (const scenario of ['good', 'slow', 'n-plus-one', 'broken-propagation', 'missing-parents']) {
        const head = [runOf('head', [fixturePath(format, scenario)])];
        expect(run('span.child-set-changed', base, head), scenario).toEqual([]);
      }
    });
  }
});

const lostCalls = (f: Finding): unknown[] => [f.subject.key, ev(f)['lost'], ev(f)['calls']];

describe('span.propagation', () => {
  for (const format of structureFormats) {
    it(`counts the calls frontend made to orders without the context (${format}, injected)`, () => {
      const path = defectPath(format, 'lost-context');
      const findings = run('span.propagation', [], [runOf('head', [path])]);
      expect(findings.map(lostCalls)).toEqual([['from frontend to orders', 2, 6]]);
      expectExamples(findings[0] as Finding, path);
    });
  }
  for (const format of spanFormats) {
    it(`fires on the real broken-propagation export and stays quiet on good (${format})`, () => {
      const findings = run('span.propagation', [], [runOf('head', [fixturePath(format, 'broken-propagation')])]);
      expect(findings.map(lostCalls)).toEqual([['from frontend to orders', 2, 6]]);
      expect(run('span.propagation', [], [good(format)])).toEqual([]);
    });
  }
});

describe('descendant counts', () => {
  const span = (traceId: string, spanId: string, parentSpanId: string | undefined, name: string): FiledSpan => ({
    path: 'chain.json',
    span: {
      status: { code: 'unset' },
      attributes: {},
      resourceAttributes: {},
      events: [],
      traceId,
      spanId,
      parentSpanId,
      name,
      service: 'svc',
      kind: 'internal',
      startUnixNano: 0n,
      durationNs: 1n,
      where: '',
    },
  });
  const id = (i: number): string => i.toString(16).padStart(16, '0');

  it('count every level once, in one pass over a deep chain', () => {
    const trace = 'a'.repeat(32);
    const chain = Array.from({ length: 20000 }, (_, i) =>
      span(trace, id(i + 1), i === 0 ? undefined : id(i), i % 2 ? 'odd' : 'even'),
    );
    const below = new SpanTree(chain).matchingBelow((s) => s.name === 'odd');
    expect(below.get(chain[0]!.span)).toBe(10000);
    expect(below.get(chain[1]!.span)).toBe(9999);
    expect(below.get(chain[19999]!.span)).toBe(0);
  });

  it('ends on a parent cycle in a broken export', () => {
    const trace = 'b'.repeat(32);
    const cycle = [span(trace, id(1), id(3), 'x'), span(trace, id(2), id(1), 'x'), span(trace, id(3), id(2), 'x')];
    const below = new SpanTree(cycle).matchingBelow(() => true);
    expect(below.size).toBe(3);
  });
});

describe('span.propagation on other projects’ real traces (shared/peer-data, read in place)', () => {
  const dir = '../shared/peer-data/zipkin/zipkin-lens/testdata';
  // Zipkin's own UI samples: B3 shared server spans, clients without address or port, databases
  // and caches without db.system. Every call that reached a service there carried the context.
  const samples = ['smartthings-mobile-web-install.json', 'smartthings-oauth-authorization.json', 'yelp.json'];
  if (!existsSync(dir)) it.skip(`${dir} is absent: shared/ is not beside the repo`, () => {});
  for (const name of samples) {
    it.skipIf(!existsSync(join(dir, name)))(`finds no lost context in ${name}`, () => {
      expect(run('span.propagation', [], [runOf('head', [join(dir, name)])])).toEqual([]);
    });
  }
});
