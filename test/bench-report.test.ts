// The benchmark table of the markdown report: regressions first with effect, interval and q,
// `~` for no significant change, caveats as numbered notes, and a bound on unchanged rows.

import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/analyze.js';
import type { Run } from '../src/model/artifact.js';
import { defaultConfig } from '../src/model/config.js';
import { buildReport } from '../src/report/build-report.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';

function runs(side: 'base' | 'head', k: number, benchmarks: number, slowFirst: number): Run[] {
  return Array.from({ length: k }, (_, r) => ({
    side,
    id: `${side}${r}`,
    artifacts: [
      {
        format: 'gobench',
        path: `${side}${r}/bench.txt`,
        side,
        run: `${side}${r}`,
        diagnostics: [],
        content: {
          type: 'bench' as const,
          bench: {
            results: Array.from({ length: benchmarks }, (_, b) => ({
              name: `BenchmarkB${String(b).padStart(2, '0')}`,
              procs: 1,
              iterations: 100,
              config: {},
              line: b + 1,
              values: [{ value: (1000 + r) * (b === 0 ? slowFirst : 1), unit: 'ns/op' }],
            })),
          },
        },
      },
    ],
  }));
}

function markdown(base: Run[], head: Run[]): string {
  const config = defaultConfig('2026-01-01T00:00:00.000Z');
  const result = analyze(base, head, config);
  return renderMarkdown(
    buildReport(result, {
      config,
      key: 'default',
      version: 'test',
      inputs: [],
      diagnostics: [],
      baseRuns: base.length,
      headRuns: head.length,
    }),
  );
}

describe('benchmark table', () => {
  it('shows the regression with its statistics and ~ for the rest', () => {
    const text = markdown(runs('base', 8, 3, 1), runs('head', 8, 3, 1.3));
    expect(text).toContain('### Benchmarks');
    expect(text).toMatch(
      /\| ❌ \| `BenchmarkB00` \| ns\/op \| 1\.00µs → 1\.30µs \| \+30\.0% \[\+29\.\d%, \+30\.\d%\] \| q=[0-9.]+, n=8\/8 \|/,
    );
    expect(text).toMatch(/\| {2}\| `BenchmarkB01` \| ns\/op \| 1\.00µs → 1\.00µs \| ~ \| q=[0-9.]+, n=8\/8 \|/);
    expect(text).toContain('perfgate: fail');
  });
  it('bounds the unchanged rows of a big suite', () => {
    const text = markdown(runs('base', 8, 45, 1), runs('head', 8, 45, 1.3));
    expect(text).toContain('`BenchmarkB00`');
    expect(text).toContain('…and 14 more without a significant change');
  });
  it('turns the too-few-runs caveat into a numbered note', () => {
    const text = markdown(runs('base', 2, 1, 1), runs('head', 2, 1, 1.3));
    expect(text).toMatch(/\d+\. n&#61;2\/2 runs are too few for a significance test/);
    expect(text).toContain(
      '| ⚠️ | `BenchmarkB00` | ns/op | 1.00µs → 1.30µs | +30.0% (fixed tolerance) | q=0.17, n=2/2 |',
    );
    expect(text).toContain('perfgate: warn');
  });
});
