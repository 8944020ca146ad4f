// Caveats for benchmark sides whose run-to-run spread is high (coefficient of variation above
// 10%): the figure and the remedy, since such a side can hide or fake a regression.

import type { Finding } from '../model/finding.js';
import { evidenceField, numberIn } from './culprit-evidence.js';
import { textOf } from '../model/unknown-value.js';

const maxCv = 0.1;
const maxCaveats = 10;

export function spreadCaveats(
  findings: readonly Finding[],
): { benchmark: string; unit: string; side: 'base' | 'head'; cv: number }[] {
  const out: { benchmark: string; unit: string; side: 'base' | 'head'; cv: number }[] = [];
  for (const f of findings) {
    if (f.subject.kind !== 'benchmark' || evidenceField(f, 'assumption') !== 'noisy') continue;
    for (const side of ['base', 'head'] as const) {
      const cv = coefficientOfVariation(valuesOf(evidenceField(f, side)));
      if (cv !== undefined && cv > maxCv && out.length < maxCaveats)
        out.push({ benchmark: f.subject.key, unit: textOf(evidenceField(f, 'unit') ?? ''), side, cv });
    }
  }
  return out;
}

function valuesOf(side: unknown): number[] {
  if (typeof side !== 'object' || side === null || numberIn(side, 'median') === undefined) return [];
  const values: unknown = Reflect.get(side, 'values');
  return Array.isArray(values) ? values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) : [];
}

function coefficientOfVariation(xs: readonly number[]): number | undefined {
  if (xs.length < 2) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (!(mean > 0)) return undefined;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return Math.sqrt(variance) / mean;
}
