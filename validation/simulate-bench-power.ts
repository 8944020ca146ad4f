// Benchmark power at a known noise level, with perfgate's own benchmark rule: 20 benchmarks per
// trial (one slowed by `effect`, 19 unchanged), log-normal noise with coefficient of variation
// `cv`, K runs per side; BH runs over all 20, as it would in a real PR. Complements the campaign,
// whose wall-clock ns/op on a shared 2-core machine is far noisier than a 2% CV.
//
// Usage: npx tsx validation/simulate-bench-power.ts  → validation/results/bench-power.csv

import { writeFileSync } from 'node:fs';
import { analyzeBenchmarks } from '../src/analysis/bench/analyze-benchmarks.js';
import type { Run } from '../src/model/artifact.js';
import { defaultConfig } from '../src/model/config.js';

let seed = 424242;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed + 0.5) / 2147483648);
const normal = (): number => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());

function side(name: 'base' | 'head', k: number, cv: number, slowFirstBy: number): Run[] {
  return Array.from({ length: k }, (_, r) => ({
    side: name,
    id: `${name}${r}`,
    artifacts: [
      {
        format: 'gobench',
        path: `${name}${r}/bench.txt`,
        side: name,
        run: `${name}${r}`,
        diagnostics: [],
        content: {
          type: 'bench' as const,
          bench: {
            results: Array.from({ length: 20 }, (_, b) => ({
              name: `BenchmarkB${b}`,
              procs: 1,
              iterations: 1000,
              config: {},
              line: b + 1,
              values: [{ value: 1000 * (b === 0 ? 1 + slowFirstBy : 1) * Math.exp(cv * normal()), unit: 'ns/op' }],
            })),
          },
        },
      },
    ],
  }));
}

const config = defaultConfig().benchmarks;
const trials = 400;
const rows = ['cv,k,effect,trials,flagged,failed,null_flagged_per_benchmark'];
for (const cv of [0.01, 0.02, 0.05]) {
  for (const k of [5, 10]) {
    for (const effect of [0, 0.03, 0.05, 0.075, 0.1, 0.2]) {
      let flagged = 0;
      let failed = 0;
      let nullFlags = 0;
      for (let t = 0; t < trials; t++) {
        const { findings } = analyzeBenchmarks(side('base', k, cv, 0), side('head', k, cv, effect), config);
        const first = findings.find((f) => f.subject.key === 'BenchmarkB0');
        if (first?.severity === 'warn' || first?.severity === 'fail') flagged++;
        if (first?.severity === 'fail') failed++;
        nullFlags += findings.filter((f) => f.subject.key !== 'BenchmarkB0' && f.severity !== 'info').length;
      }
      rows.push([cv, k, effect, trials, flagged / trials, failed / trials, (nullFlags / (trials * 19)).toFixed(4)].join(','));
    }
  }
}
writeFileSync('validation/results/bench-power.csv', `${rows.join('\n')}\n`);
console.log(rows.join('\n'));
