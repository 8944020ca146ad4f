// Stitches the results of runs of generations read on separate threads (range-reader-v2.ts), in
// file order, into the artifact the sequential reader gives for the whole file: the same summary,
// CPU profile, diagnostics, stop offset and errors. Returns undefined when a boundary cannot be
// stitched exactly (the ordering states differ, or annotation types reach their cap): the caller
// then reads the file in one thread. Spec: docs/formats-gotrace.md §3.8.

import type { ParsedArtifact } from '../../model/artifact.js';
import type { ImportContext } from '../importer.js';
import { NotStitchable } from './annotation-stitch.js';
import { versionString, type HeaderVersion } from './header.js';
import { goTraceArtifact, type StopPoint } from './importer.js';
import { stopError, type RangeStop, type V2RangeResult } from './range-reader-v2.js';
import { SummaryBuilder } from './summary-builder.js';
import { absorbRange } from './summary-stitch.js';

export function stitchV2(
  header: HeaderVersion,
  results: readonly V2RangeResult[],
  ctx: ImportContext,
): ParsedArtifact | undefined {
  const builder = new SummaryBuilder(versionString(header), header.writtenBy);
  let generations = 0;
  let stop: StopPoint | undefined;
  for (const [k, r] of results.entries()) {
    if (k > 0 && (r.startState === undefined || r.startState !== results[k - 1]!.endState)) return undefined;
    try {
      absorbRange(builder, r.summary);
    } catch (err) {
      if (err instanceof NotStitchable) return undefined;
      throw err;
    }
    generations += r.generations;
    const broke = r.thrown ?? r.stopped;
    if (broke) {
      stop = stopAt(broke, generations);
      break;
    }
  }
  builder.s.generations = generations;
  return goTraceArtifact(builder, stop, ctx);
}

/** As runV2 (importer.ts): a trace that breaks before its first generation is complete fails. */
function stopAt(stop: RangeStop, generations: number): StopPoint {
  const error = stopError(stop);
  if (generations === 0) throw error;
  return { offset: stop.offset, error };
}
