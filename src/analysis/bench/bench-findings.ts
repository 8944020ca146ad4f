// One finding per benchmark comparison: `bench.regression` (warn/fail) for a regression, and an
// `info` `bench.comparison` for every other one, so the report's benchmark table shows `~` and
// improvements too. Evidence: n per side, medians, effect with interval, p and q, caveats.

import type { Finding, FindingOf } from '../../model/finding.js';
import type { BenchDecision } from './bench-rule.js';

export function benchFindings(decisions: readonly BenchDecision[]): Finding[] {
  return decisions.map(toFinding);
}

function toFinding(d: BenchDecision): FindingOf<'bench.regression' | 'bench.comparison'> {
  const c = d.comparison;
  const s = c.samples;
  const test = c.test;
  const stats = test
    ? {
        nBase: s.base.length,
        nHead: s.head.length,
        effect: test.effect,
        effectLow: test.effectLow,
        effectHigh: test.effectHigh,
        p: test.p,
        q: d.q ?? 1,
        exactTest: test.exact,
        test: test.method,
      }
    : null;
  return {
    id: d.severity ? 'bench.regression' : 'bench.comparison',
    severity: d.severity ?? 'info',
    title: `${s.name} ${s.unit}: ${num(c.baseMedian)} → ${num(c.headMedian)} (${describe(d)})`,
    subject: { kind: 'benchmark', key: s.name },
    evidence: {
      benchmark: s.name,
      pkg: s.pkg,
      procs: s.procs,
      unit: s.unit,
      assumption: c.assumption,
      direction: c.direction,
      base: { median: c.baseMedian, values: s.base },
      head: { median: c.headMedian, values: s.head },
      change: { ratio: c.change === null ? null : 1 + c.change },
      floor: d.floor,
      ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
      significant: d.significant,
      improved: d.improved,
      stats,
      ...(c.crossJob ? { crossJob: c.crossJob } : {}),
      caveats: d.caveats,
    },
  };
}

function describe(d: BenchDecision): string {
  const c = d.comparison;
  const n = `n=${c.samples.base.length}/${c.samples.head.length}`;
  if (!c.test)
    return `${c.change === null ? 'new' : change(c.change)}, exact, tolerance ${num(c.tolerance ?? 0)}, ${n}`;
  const ci =
    c.test.effectLow === null || c.test.effectHigh === null
      ? ''
      : ` [${change(c.test.effectLow)}, ${change(c.test.effectHigh)}]`;
  return `${change(c.test.effect)}${ci}, q=${q(d.q ?? 1)}, ${n}`;
}

function change(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 || Number.isInteger(x) ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3);
}

function q(x: number): string {
  return x < 0.0001 ? '<0.0001' : x.toPrecision(2);
}
