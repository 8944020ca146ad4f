// Inflates a gzipped file chunk by chunk for the streaming readers (Go traces), so a gzipped trace
// is read like a plain one, in memory that does not grow with it. The same limits as the
// whole-file gunzip (src/formats/gzip.ts): output past maxDecompressedBytes or the compression
// ratio stops the read with `gzip.too-large`; a short or corrupt stream is `gzip.truncated` or
// `gzip.corrupt`, at the compressed offset reached.

import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { maxGunzippedBytes, overLimit } from '../../formats/gzip.js';
import { FormatError, isFormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';

const chunkBytes = 1024 * 1024;

export async function* gunzipFileChunks(
  path: string,
  compressedBytes: number,
  limits: Limits,
): AsyncIterable<Uint8Array> {
  const maxOut = maxGunzippedBytes(compressedBytes, limits);
  const source = createReadStream(path, { highWaterMark: chunkBytes });
  const gunzip = createGunzip({ chunkSize: chunkBytes });
  pipeline(source, gunzip, () => {}); // errors surface through the iteration below
  let total = 0;
  try {
    for await (const chunk of gunzip) {
      total += (chunk as Uint8Array).length;
      if (total > maxOut) throw overLimit(total, maxOut, limits, source.bytesRead);
      yield chunk as Uint8Array;
    }
  } catch (err) {
    throw isFormatError(err) ? err : gunzipError(err, source.bytesRead);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

function gunzipError(err: unknown, offset: number): FormatError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'Z_BUF_ERROR')
    return new FormatError('gzip', 'gzip.truncated', `gzip stream ends early after ${offset} bytes`, { offset });
  if (code?.startsWith('Z_'))
    return new FormatError('gzip', 'gzip.corrupt', `gzip data is corrupt (${message})`, { offset });
  return new FormatError('input', 'input.unreadable', message);
}
