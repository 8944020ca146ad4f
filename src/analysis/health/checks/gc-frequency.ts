// gc.frequency: head's GC frequency must stay inside the baseline band (docs/statistics.md §6).
// With five or more history entries the band is median ± k·1.4826·MAD of the entries' values on
// the log scale (k = 5, 4 from ten entries, 3 from twenty; the scale is at least half a GC cycle
// per run, log(1 + 1/cycles)/2, since cycles are counted); with a shorter history it is the
// founding rule, ±tolerance around base's mean (default 15%; `checks['gc.frequency'].tolerance`).
// When every run also has `go test -bench` output, GCs per benchmark iteration are compared
// instead, since GCs per second move with speed.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import type { Finding, Severity } from '../../../model/finding.js';
import { median } from '../../stats/median.js';
import { bandEvidence, describeBand, historyBand } from '../../stats/history-band.js';
import type { HealthCheck } from '../check.js';
import { runGcRates, runMetric, type RunGc } from '../run-metrics.js';

const id = 'gc.frequency';

type Basis = 'per-iteration' | 'per-second';

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function unitOf(basis: Basis): string {
  return basis === 'per-second' ? 'GC/s' : 'GC per iteration';
}

function fmt(basis: Basis, v: number): string {
  return basis === 'per-second' ? v.toFixed(2) : v.toPrecision(3);
}

function toleranceFinding(
  severity: Severity,
  basis: Basis,
  base: number,
  head: number,
  tolerance: number,
  counts: Record<string, number[]>,
): Finding {
  const [low, high] = [base * (1 - tolerance), base * (1 + tolerance)];
  const change = head / base - 1;
  const unit = unitOf(basis);
  return {
    id,
    severity,
    title:
      `GC frequency ${fmt(basis, head)} ${unit} is ${change > 0 ? 'above' : 'below'} the base band ` +
      `${fmt(basis, low)}–${fmt(basis, high)} ${unit} (${(change * 100).toFixed(0)}%; ` +
      `±${Math.round(tolerance * 100)}% of base, history too short for a learned band)`,
    subject: { kind: 'trace', key: 'gc' },
    evidence: {
      basis,
      base,
      head,
      tolerance,
      band: { low, high, center: base, unit },
      method: `base ±${Math.round(tolerance * 100)}%`,
      entries: 0,
      ...counts,
    },
  };
}

export const gcFrequency: HealthCheck = {
  id,
  options: { tolerance: z.number().nonnegative() },
  run({ base, head, config, context }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const tolerance = checkNumber(config, id, 'tolerance', 0.15);
    const b = runGcRates(base);
    const h = runGcRates(head);
    if (h.length === 0) return [];
    const perIteration = [...b, ...h].every((r) => r.perIteration !== undefined);
    const basis: Basis = perIteration ? 'per-iteration' : 'per-second';
    const pick = (r: RunGc): number => (perIteration ? (r.perIteration ?? 0) : r.perSecond);
    const headRate = median(h.map(pick));
    const counts = { baseCycles: b.map((r) => r.cycles), headCycles: h.map((r) => r.cycles) };
    // GC cycles are counts: a band narrower than half a cycle per run would fire on one cycle more.
    const cycles = mean(h.map((r) => r.cycles));
    const scaleFloor = Math.max(Math.log(1.02), 0.5 * Math.log1p(1 / Math.max(1, cycles)));
    const metric = perIteration ? runMetric.gcPerIteration : runMetric.gcPerSecond;
    const learned = historyBand(context, metric, { scaleFloor });
    if (learned) {
      if (headRate >= learned.band.low && headRate <= learned.band.high) return [];
      const change = headRate / learned.band.center - 1;
      return [
        {
          id,
          severity,
          title:
            `GC frequency ${fmt(basis, headRate)} ${unitOf(basis)} is ${change > 0 ? 'above' : 'below'} the ` +
            `${describeBand(learned, (v) => fmt(basis, v))} (${(change * 100).toFixed(0)}% from its centre)`,
          subject: { kind: 'trace', key: 'gc' },
          evidence: {
            basis,
            head: headRate,
            ...bandEvidence(learned, unitOf(basis)),
            historyValues: learned.values,
            ...counts,
          },
        },
      ];
    }
    if (b.length === 0) return [];
    const baseRate = mean(b.map(pick));
    const headMean = mean(h.map(pick));
    if (baseRate <= 0 || (headMean >= baseRate * (1 - tolerance) && headMean <= baseRate * (1 + tolerance))) return [];
    return [toleranceFinding(severity, basis, baseRate, headMean, tolerance, counts)];
  },
};
