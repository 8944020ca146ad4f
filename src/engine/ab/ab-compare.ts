// Feeds the interleaved runs to the same analysis and report as `compare`. One round is one run
// per side: the run directories of every package in that round, so profiles of different
// packages add up within a round and benchmarks stay apart by their `pkg:` line.

import type { Side } from '../../model/artifact.js';
import type { Config } from '../../model/config.js';
import type { Report } from '../../report/report.js';
import { collectSide, type CollectedSide } from '../collect-runs.js';
import { compareCollected, type CompareOutcome } from '../compare.js';

export interface AbCompareRequest {
  /** runDirs[side][round] = the run directories of that round, one per package. */
  runDirs: Record<Side, string[][]>;
  config: Config;
  key?: string;
  links?: Report['links'];
}

export async function compareRounds(request: AbCompareRequest): Promise<CompareOutcome> {
  const base = await collectRounds('base', request.runDirs.base, request.config);
  const head = await collectRounds('head', request.runDirs.head, request.config);
  return compareCollected(base, head, request);
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
