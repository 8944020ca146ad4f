// Feeds the interleaved runs to the same analysis and report as `compare`. One round is one run
// per side: the run directories of every package in that round, so profiles of different
// packages add up within a round and benchmarks stay apart by their `pkg:` line.

import type { Side } from '../../model/artifact.js';
import type { Config } from '../../model/config.js';
import type { Report } from '../../report/report.js';
import { collectSides, listSide, type CollectedSide } from '../read-inputs/read-runs.js';
import { compareCollected, type CompareOutcome } from '../compare.js';

export interface AbCompareRequest {
  /** runDirs[side][round] = the run directories of that round, one per package. */
  runDirs: Record<Side, string[][]>;
  config: Config;
  key?: string;
  links?: Report['links'];
}

export async function compareRounds(request: AbCompareRequest): Promise<CompareOutcome> {
  const sides = ['base', 'head'] as const;
  const listings = await Promise.all(
    sides.flatMap((side) => request.runDirs[side].map((dirs) => listSide(side, dirs))),
  );
  const rounds = await collectSides(listings, request.config.limits);
  const [base, head] = sides.map((side) =>
    asRounds(
      side,
      rounds.filter((_, i) => listings[i]?.side === side),
    ),
  ) as [CollectedSide, CollectedSide];
  return compareCollected(base, head, request);
}

/** One run per round: the runs of every package of the round together. */
function asRounds(side: Side, rounds: CollectedSide[]): CollectedSide {
  return {
    inputs: rounds.flatMap((r) => r.inputs),
    runs: rounds.map((r, index) => ({
      side,
      id: `${side}/round${index + 1}`,
      artifacts: r.runs.flatMap((run) => run.artifacts),
    })),
  };
}
