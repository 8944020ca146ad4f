// gc.frequency: head's GC frequency must stay inside the band learned from base. Until the
// statistics work lands the band is ±tolerance around base's mean (default 15%, the rule teams
// use today; `checks['gc.frequency'].tolerance`). When every run also has `go test -bench`
// output, GCs per benchmark iteration are compared instead, since GCs per second move with speed.

import { z } from 'zod';
import type { Run } from '../../../model/artifact.js';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import type { Finding, Severity } from '../../../model/finding.js';
import type { HealthCheck } from '../check.js';

const id = 'gc.frequency';

type Basis = 'per-iteration' | 'per-second';

interface RunRate {
  cycles: number;
  perSecond: number;
  /** GC cycles per benchmark iteration (b.N summed over the run's results), when known. */
  perIteration: number | undefined;
}

/** One rate per run that has a Go trace (several traces in a run: their sums). */
function runRates(runs: readonly Run[]): RunRate[] {
  const rates: RunRate[] = [];
  for (const run of runs) {
    let cycles = 0;
    let durationNs = 0;
    let iterations = 0;
    for (const a of run.artifacts) {
      if (a.content.type === 'go-trace') {
        cycles += a.content.summary.gc.cycles;
        durationNs += a.content.summary.durationNs;
      } else if (a.content.type === 'bench') {
        for (const r of a.content.bench.results) iterations += r.iterations;
      }
    }
    if (durationNs <= 0) continue;
    rates.push({ cycles, perSecond: cycles / (durationNs / 1e9), perIteration: iterations > 0 ? cycles / iterations : undefined });
  }
  return rates;
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

type CycleCounts = { baseCycles: number[]; headCycles: number[] };

function finding(severity: Severity, basis: Basis, base: number, head: number, tolerance: number, counts: CycleCounts): Finding {
  const [low, high] = [base * (1 - tolerance), base * (1 + tolerance)];
  const change = head / base - 1;
  const unit = basis === 'per-second' ? '/s' : ' per iteration';
  const fmt = (v: number): string => (basis === 'per-second' ? v.toFixed(1) : v.toPrecision(3));
  return {
    id,
    severity,
    title: `GC frequency ${fmt(head)}${unit} is ${change > 0 ? 'above' : 'below'} the base band ${fmt(low)}–${fmt(high)}${unit} (${(change * 100).toFixed(0)}%)`,
    subject: { kind: 'trace', key: 'gc' },
    evidence: { basis, base, head, tolerance, band: [low, high], ...counts },
  };
}

export const gcFrequency: HealthCheck = {
  id,
  options: { tolerance: z.number().nonnegative() },
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.15);
    const b = runRates(base);
    const h = runRates(head);
    if (b.length === 0 || h.length === 0) return [];
    const perIteration = [...b, ...h].every((r) => r.perIteration !== undefined);
    const basis: Basis = perIteration ? 'per-iteration' : 'per-second';
    const pick = (r: RunRate): number => (perIteration ? r.perIteration! : r.perSecond);
    const [baseRate, headRate] = [mean(b.map(pick)), mean(h.map(pick))];
    if (baseRate <= 0 || (headRate >= baseRate * (1 - tolerance) && headRate <= baseRate * (1 + tolerance))) return [];
    return [finding(severity, basis, baseRate, headRate, tolerance, { baseCycles: b.map((r) => r.cycles), headCycles: h.map((r) => r.cycles) })];
  },
};
