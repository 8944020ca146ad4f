// The events a v2 reader emits from a stream, one text line each (with its CPU samples, and its
// error or stop point last), so that two ways of reading the same bytes can be compared exactly.

import type { ByteStream } from '../src/formats/gotrace/byte-stream.js';
import type { EventSink } from '../src/formats/gotrace/events.js';
import { headerBytes, readHeader } from '../src/formats/gotrace/header.js';
import { V2Reader } from '../src/formats/gotrace/reader-v2.js';

export async function v2EventLines(stream: ByteStream, maxExactThreads?: number): Promise<string[]> {
  await stream.ensure(headerBytes);
  const header = readHeader(stream.view().subarray(0, headerBytes));
  stream.skip(headerBytes);
  const lines: string[] = [];
  const sink: EventSink = {
    event: (e) => void lines.push(`${e.typ} ${e.time} g${e.g} p${e.p} m${e.m} ${e.args.join(',')} ${e.fromState}`),
    cpuSample: (time, stack) => void lines.push(`sample ${time} ${stack.map((f) => f.func).join(';')}`),
  };
  const reader = new V2Reader(header.minor, sink, () => {}, maxExactThreads);
  try {
    await reader.run(stream);
  } catch (err) {
    lines.push(`error ${err instanceof Error ? err.message : String(err)}`);
  }
  const stop = reader.progress.stoppedAt;
  if (stop) lines.push(`stopped ${stop.offset} ${stop.error.message}`);
  return lines;
}
