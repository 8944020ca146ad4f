// Legacy traces (headers 1.11–1.21): the stack table and the tick frequency are written at the
// end of the file, so the body is read whole, decoded, merged across Ps and converted to the v2
// event vocabulary for the shared summarizer. Spec: docs/formats-gotrace.md §2; internal/trace/tracev1.go.

import { FormatError } from '../../../model/format-error.js';
import type { ByteStream } from '../byte-stream.js';
import type { StopPoint } from '../importer.js';
import type { SummaryBuilder } from '../summary-builder.js';
import { LegacyConverter } from './convert.js';
import { orderLegacy } from './order.js';
import { parseLegacy } from './parse.js';

export async function readLegacy(
  stream: ByteStream,
  minor: number,
  builder: SummaryBuilder,
): Promise<StopPoint | undefined> {
  const start = stream.offset;
  const trace = parseLegacy(await readAll(stream), start, minor); // the body is not kept past parsing
  if (trace.ticksPerSec <= 0) {
    const detail = trace.stoppedAt
      ? `cut off before its frequency footer (${trace.stoppedAt.message})`
      : 'no frequency record';
    throw new FormatError('go-trace', 'gotrace.truncated', `legacy trace ${detail}`, {
      offset: trace.stoppedAt?.offset ?? stream.offset,
    });
  }
  new LegacyConverter(trace, builder).run(trace.events, orderLegacy(trace), 1e9 / trace.ticksPerSec);
  builder.s.generations = 1;
  return trace.stoppedAt ? { offset: trace.stoppedAt.offset ?? start, error: trace.stoppedAt } : undefined;
}

async function readAll(stream: ByteStream): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (await stream.ensure(1)) {
    const view = stream.view();
    parts.push(view);
    total += view.length;
    stream.skip(view.length);
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
