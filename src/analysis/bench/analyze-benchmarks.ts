// The benchmark half of the analysis: samples from both sides' `go test -bench` output,
// comparisons, decisions and findings. Pure.

import type { Run } from '../../model/artifact.js';
import type { BenchConfig } from '../../model/config.js';
import type { Finding } from '../../model/finding.js';
import type { AnalysisContext } from '../analysis-context.js';
import { benchBetweenJobNoise } from './bench-noise.js';
import { collectBenchSamples } from './bench-samples.js';
import { decideBenchmarks, type BenchDecision } from './bench-rule.js';
import { benchFindings } from './bench-findings.js';
import { compareBenchmarks } from './compare-benchmarks.js';

export interface BenchAnalysis {
  decisions: BenchDecision[];
  findings: Finding[];
}

export function analyzeBenchmarks(
  base: readonly Run[],
  head: readonly Run[],
  config: BenchConfig,
  context: AnalysisContext = {},
): BenchAnalysis {
  const crossJob = context.crossJob ? { noise: benchBetweenJobNoise(context) } : undefined;
  const decisions = decideBenchmarks(compareBenchmarks(collectBenchSamples(base, head), config, crossJob), config);
  return { decisions, findings: benchFindings(decisions) };
}
