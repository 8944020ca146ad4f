// Flame graph test cases as data: fixtures/flamegraph/cases/NAME.{base,head}.folded, one run per
// side, built into a differential flame graph.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldedImporter } from '../src/formats/folded/importer.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { buildFlameGraph, type FlameGraphInput } from '../src/report/flamegraph/build-flame-graph.js';
import type { FlameGraph } from '../src/report/flamegraph/flame-graph.js';

export const casesDir = 'fixtures/flamegraph/cases';

export function folded(path: string): Profile {
  const ctx = { path, limits: defaultLimits, diagnostics: new DiagnosticSink() };
  const parsed = foldedImporter.parse?.(readFileSync(path), ctx);
  if (parsed?.content.type !== 'profile') throw new Error('not a profile');
  return parsed.content.profile;
}

export function caseGraph(name: string, overrides: Partial<FlameGraphInput> = {}): FlameGraph {
  const base = folded(join(casesDir, `${name}.base.folded`));
  const head = folded(join(casesDir, `${name}.head.folded`));
  return buildFlameGraph({
    kind: 'folded',
    sampleType: head.sampleTypes[0] ?? { type: 'samples', unit: 'count' },
    base: [[base]],
    head: [[head]],
    normalization: 'total',
    ...overrides,
  });
}
