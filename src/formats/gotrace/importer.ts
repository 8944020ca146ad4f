// The Go execution trace importer: detects the 16-byte header, then streams the body through the
// v2 reader (headers 1.22–1.26) or the legacy reader (1.11–1.21) into a GoTraceSummary and, when
// the trace holds CPU samples, a CPU Profile. Headers 1.5–1.10 are recognised but not analysed.
// Spec: docs/formats-gotrace.md; /usr/lib/go-1.26/src/internal/trace.

import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError, isFormatError } from '../../model/format-error.js';
import type { ImportContext, Importer } from '../importer.js';
import { ByteStream } from './byte-stream.js';
import { headerBytes, looksLikeTraceHeader, readHeader, versionString, type HeaderVersion } from './header.js';
import { readLegacy } from './legacy/reader.js';
import { V2Reader } from './reader-v2.js';
import { SummaryBuilder } from './summary-builder.js';

export const goTraceImporter: Importer = {
  id: 'go-trace',
  sniff: (head) => {
    if (!looksLikeTraceHeader(head)) return 0;
    const text = latin1(head.subarray(0, headerBytes));
    if (/^go 1\.\d+ trace\0/.test(text)) return 1;
    return text.includes(' trace') ? 0.6 : 0; // a damaged Go trace header: ours, but broken
  },
  parseStream: (chunks, ctx) => parseGoTrace(chunks, ctx),
};

async function parseGoTrace(chunks: AsyncIterable<Uint8Array>, ctx: ImportContext): Promise<ParsedArtifact> {
  const stream = new ByteStream(chunks);
  await stream.ensure(headerBytes);
  const header = readHeader(stream.view().subarray(0, headerBytes));
  stream.skip(headerBytes);
  if (header.family === 'ancient') throw ancient(header);
  const newBuilder = (): SummaryBuilder => new SummaryBuilder(versionString(header), header.writtenBy);
  const v2Builder = header.family === 'v2' ? newBuilder() : undefined;
  const { builder, stop } = v2Builder
    ? { builder: v2Builder, stop: await runV2(stream, header, v2Builder, ctx.checkBudget) }
    : await readLegacy(stream, header.minor, newBuilder, ctx);
  return goTraceArtifact(builder, stop, ctx);
}

/** The artifact once every event is in `builder`; `stop`: where a broken input stopped the reader. */
export function goTraceArtifact(
  builder: SummaryBuilder,
  stop: StopPoint | undefined,
  ctx: ImportContext,
): ParsedArtifact {
  const summary = builder.finish();
  if (stop) {
    summary.truncatedAtOffset = stop.offset;
    const code = stop.error.code === 'gotrace.truncated' ? 'gotrace.truncated' : 'gotrace.partial';
    ctx.diagnostics.add(
      code,
      `trace read up to byte 0x${stop.offset.toString(16)}: ${stop.error.message}`,
      `${ctx.path}@0x${stop.offset.toString(16)}`,
    );
  }
  const profile = summary.cpuSamples > 0 ? builder.cpu.build(summary.durationNs) : undefined;
  return {
    format: 'go-trace',
    formatVersion: summary.headerVersion,
    content: profile ? { type: 'go-trace', summary, profile } : { type: 'go-trace', summary },
    diagnostics: ctx.diagnostics.list(),
  };
}

export interface StopPoint {
  offset: number;
  error: FormatError;
}

async function runV2(
  stream: ByteStream,
  header: HeaderVersion,
  builder: SummaryBuilder,
  checkBudget?: (offset: number) => void,
): Promise<StopPoint | undefined> {
  const reader = new V2Reader(header.minor, builder, checkBudget);
  try {
    await reader.run(stream);
  } catch (err) {
    // A spent time budget fails the file (by name), never a partial summary that reads as complete.
    if (!isFormatError(err) || err.code === 'input.too-slow' || reader.progress.generations === 0) throw err;
    builder.s.generations = reader.progress.generations;
    return { offset: err.offset ?? stream.offset, error: err };
  }
  builder.s.generations = reader.progress.generations;
  const stopped = reader.progress.stoppedAt;
  if (stopped && reader.progress.generations === 0) throw stopped.error;
  return stopped;
}

function ancient(header: HeaderVersion): FormatError {
  const v = versionString(header);
  return new FormatError(
    'go-trace',
    'gotrace.unsupported-version',
    `go ${v} trace (written by Go ${header.writtenBy.join('/')}) is recognised but not supported for metrics; ` +
      'Go 1.23+ tools refuse it too: re-record with Go 1.11 or newer',
    { offset: 0 },
  );
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
}
