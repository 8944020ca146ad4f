// perfgate.yml (#18.6): every key and type is checked, check ids and their options included, and
// an error names the setting and the nearest valid name. The schema's tables stay in step with
// the defaults and the check catalogue, and the README's example is valid.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { healthChecks } from '../src/analysis/health/checks/index.js';
import { applyConfig } from '../src/engine/config/config-file.js';
import { configFileSchema } from '../src/engine/config/config-schema.js';
import { nearestName } from '../src/engine/config/nearest-name.js';
import { defaultConfig } from '../src/model/config.js';

const apply = (doc: unknown) => () => applyConfig(defaultConfig(), doc, 'perfgate.yml');

describe('perfgate.yml typos are errors naming the nearest valid name', () => {
  it.each([
    [
      { checks: { 'span.zero-durations': { severity: 'fail' } } },
      'checks.span.zero-durations: unknown setting (did you mean span.zero-duration?)',
    ],
    [
      { checks: { 'span.child-outside-parent': { 'tolerance-ms': 'five' } } },
      'checks.span.child-outside-parent.tolerance-ms: expected a number',
    ],
    [{ checks: { 'gc.stw-max': { 'max-n': 5 } } }, 'checks.gc.stw-max.max-n: unknown setting (did you mean max-ns?)'],
    [
      { checks: { 'gc.frequency': { severity: 'fial' } } },
      'checks.gc.frequency.severity: expected one of off, info, warn, fail (did you mean fail?)',
    ],
    [
      { checks: { 'span.count': { expect: [{ servce: 'api' }] } } },
      'checks.span.count.expect.0.servce: unknown setting (did you mean service?)',
    ],
    [
      { checks: { 'span.required-attributes': { attributes: [{ require: 'http.route' }] } } },
      'checks.span.required-attributes.attributes.0.require: expected an array',
    ],
    [{ hotspots: { 'q-wran': 0.1 } }, 'hotspots.q-wran: unknown setting (did you mean q-warn?)'],
    [
      { hotspots: { warn: { 'share-point': 1 } } },
      'hotspots.warn.share-point: unknown setting (did you mean share-points?)',
    ],
    [{ hotspots: { 'q-fail': null } }, 'hotspots.q-fail: expected a number'],
    [{ 'fail-on': 'warning' }, 'fail-on: expected one of fail, warn, never (did you mean warn?)'],
    [
      { limits: { 'max-import-second': 5 } },
      'limits.max-import-second: unknown setting (did you mean max-import-seconds?)',
    ],
    [{ benchmarks: { floors: { BenchmarkX: '5%' } } }, 'benchmarks.floors.BenchmarkX: expected a number'],
    [{ benchmark: {} }, 'benchmark: unknown setting (did you mean benchmarks?)'],
    [{ hotspots: { 'q-warn': Infinity } }, 'hotspots.q-warn: expected a number'],
  ])('%j', (doc, message) => {
    expect(apply(doc)).toThrow(`perfgate.yml: ${message}`);
  });

  it('applies valid check options, camel-cased for the checks', () => {
    const config = applyConfig(
      defaultConfig(),
      { checks: { 'span.child-outside-parent': { 'tolerance-ms': 7, severity: 'fail' } } },
      'f',
    );
    expect(config.checks['span.child-outside-parent']).toEqual({ toleranceMs: 7, severity: 'fail' });
  });

  it('accepts the README example', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /### perfgate\.yml\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(() => applyConfig(defaultConfig(), parse(block ?? ''), 'README')).not.toThrow();
  });
});

describe('the schema tables', () => {
  const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const shape = configFileSchema.shape;
  const keys = (s: unknown): string[] => Object.keys((s as { unwrap(): { shape: object } }).unwrap().shape);

  it('know every setting the defaults have, and no other', () => {
    const defaults = defaultConfig();
    expect(keys(shape.hotspots).sort()).toEqual(Object.keys(defaults.hotspots).map(kebab).sort());
    expect(keys(shape.benchmarks).sort()).toEqual(Object.keys(defaults.benchmarks).map(kebab).sort());
    expect(keys(shape.limits).sort()).toEqual(Object.keys(defaults.limits).map(kebab).sort());
  });

  it('know every health check of the catalogue', () => {
    expect(keys(shape.checks).sort()).toEqual(healthChecks.map((c) => c.id).sort());
  });
});

describe('nearestName', () => {
  it('finds typos and refuses unrelated names', () => {
    expect(nearestName('tolerence', ['tolerance', 'ratio'])).toBe('tolerance');
    expect(nearestName('ratoi', ['tolerance', 'ratio'])).toBe('ratio');
    expect(nearestName('completely-different', ['tolerance', 'ratio'])).toBeUndefined();
  });
});
