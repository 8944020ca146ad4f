// Feeds the interleaved runs to the same analysis and report as `compare`. One round is one run
// per side: the run directories of every package in that round, so profiles of different
// packages add up within a round and benchmarks stay apart by their `pkg:` line.

import { analyze } from '../../analysis/analyze.js';
import { gateFails } from '../../analysis/gate.js';
import type { Run, Side } from '../../model/artifact.js';
import type { Config } from '../../model/config.js';
import { buildReport } from '../../report/build-report.js';
import type { Report } from '../../report/report.js';
import { collectSide, type CollectedSide } from '../collect-runs.js';
import type { CompareOutcome } from '../compare.js';
import { version } from '../version.js';

export interface AbCompareRequest {
  /** runDirs[side][round] = the run directories of that round, one per package. */
  runDirs: Record<Side, string[][]>;
  config: Config;
  key?: string;
  links?: Report['links'];
}

export interface AbCompareOutcome extends CompareOutcome {
  base: Run[];
  head: Run[];
}

export async function compareRounds(request: AbCompareRequest): Promise<AbCompareOutcome> {
  const { config } = request;
  const base = await collectRounds('base', request.runDirs.base, config);
  const head = await collectRounds('head', request.runDirs.head, config);
  const result = analyze(base.runs, head.runs, config);
  const artifacts = [...base.runs, ...head.runs].flatMap((r) => r.artifacts);
  const diagnostics = artifacts.flatMap((a) => a.diagnostics.map((d) => ({ ...d, path: a.path })));
  const report = buildReport(result, {
    config,
    key: request.key ?? 'default',
    version,
    inputs: [...base.inputs, ...head.inputs],
    diagnostics,
    baseRuns: base.runs.length,
    headRuns: head.runs.length,
    ...(request.links ? { links: request.links } : {}),
  });
  return { result, report, gateFailed: gateFails(report.verdict, config.failOn), base: base.runs, head: head.runs };
}

async function collectRounds(side: Side, rounds: string[][], config: Config): Promise<CollectedSide> {
  const collected: CollectedSide = { runs: [], inputs: [] };
  for (const [index, dirs] of rounds.entries()) {
    const packages = await collectSide(side, dirs, config.limits);
    collected.inputs.push(...packages.inputs);
    collected.runs.push({ side, id: `${side}/round${index + 1}`, artifacts: packages.runs.flatMap((r) => r.artifacts) });
  }
  return collected;
}
