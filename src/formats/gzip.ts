// Bounded gunzip, shared by every format that may arrive gzipped. node:zlib inflates the whole
// file first, stopping at the output bound (`maxOutputLength`), about twice as fast as pako and
// without pako's copies of every chunk. When that fails, pako reads the stream again, in slices,
// so the error names the compressed offset where it went wrong; output is counted as it appears,
// so a gzip bomb stops at the limit instead of exhausting memory. `gunzipHead` (sniffing) stays
// on pako: it hands over the first bytes of a stream that need not be complete.

import { gunzipSync } from 'node:zlib';
import { Inflate } from 'pako';
import { FormatError } from '../model/format-error.js';
import type { Limits } from '../model/limits.js';

const sliceBytes = 256 * 1024;
/** zlib's Z_BUF_ERROR: the input ran out before the stream's end. */
const zBufError = -5;
/** Small inputs may expand further than the ratio allows before it is checked. */
const ratioGraceBytes = 16 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzipBounded(bytes: Uint8Array, limits: Limits): Uint8Array {
  try {
    const maxOutputLength = maxGunzippedBytes(bytes.length, limits);
    // One output chunk of the size the trailer states: no chunks to concatenate (a second copy).
    const chunkSize = Math.max(64 * 1024, Math.min(statedSize(bytes), maxOutputLength) + 1);
    const out = gunzipSync(bytes, { maxOutputLength, chunkSize });
    // A chunk larger than its output (a trailer that overstates) is not kept whole.
    const kept = out.buffer.byteLength - out.length > out.length >>> 3 ? Buffer.from(out) : out;
    // A plain view, not a Buffer: Buffer's slice() shares memory where Uint8Array's copies.
    return new Uint8Array(kept.buffer, kept.byteOffset, kept.length);
  } catch {
    return gunzipBoundedPako(bytes, limits); // throws the FormatError that places the failure
  }
}

/** The uncompressed size the gzip trailer states (ISIZE: modulo 2^32, of the last member only). */
function statedSize(bytes: Uint8Array): number {
  const n = bytes.length;
  if (n < 18) return 0;
  return (
    ((bytes[n - 4] as number) |
      ((bytes[n - 3] as number) << 8) |
      ((bytes[n - 2] as number) << 16) |
      ((bytes[n - 1] as number) << 24)) >>>
    0
  );
}

/** The same with pako, slice by slice: slower, but it knows the offset of a failure. */
function gunzipBoundedPako(bytes: Uint8Array, limits: Limits): Uint8Array {
  const inflator = new Inflate({ chunkSize: sliceBytes });
  const chunks: Uint8Array[] = [];
  const maxOut = maxGunzippedBytes(bytes.length, limits);
  let total = 0;
  let over = false;
  inflator.onData = (chunk) => {
    total += chunk.length;
    if (total > maxOut) over = true;
    else chunks.push(chunk);
  };
  let offset = 0;
  while (offset < bytes.length && !inflator.ended && !over && inflator.err === 0) {
    const end = Math.min(bytes.length, offset + sliceBytes);
    inflator.push(bytes.subarray(offset, end), end === bytes.length);
    offset = end;
  }
  if (over) throw overLimit(total, maxOut, limits, offset);
  const endedEarly = inflator.err === zBufError || (inflator.err === 0 && !inflator.ended);
  if (endedEarly)
    throw new FormatError('gzip', 'gzip.truncated', `gzip stream ends early after ${bytes.length} bytes`, {
      offset: bytes.length,
    });
  if (inflator.err !== 0)
    throw new FormatError(
      'gzip',
      'gzip.corrupt',
      `gzip data is corrupt (${inflator.msg || `zlib error ${inflator.err}`})`,
      { offset },
    );
  return concat(chunks, total);
}

/** The most bytes a gzip stream of `compressedBytes` may inflate to. */
export function maxGunzippedBytes(compressedBytes: number, limits: Limits): number {
  return Math.min(limits.maxDecompressedBytes, Math.max(ratioGraceBytes, compressedBytes * limits.maxCompressionRatio));
}

/** The first `length` bytes a gzip stream inflates to (fewer when it is short or broken). */
export function gunzipHead(bytes: Uint8Array, length: number): Uint8Array {
  const inflator = new Inflate({ chunkSize: length });
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflator.onData = (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  };
  const step = 4096;
  for (
    let offset = 0;
    offset < bytes.length && total < length && !inflator.ended && inflator.err === 0;
    offset += step
  ) {
    inflator.push(bytes.subarray(offset, offset + step), 2); // Z_SYNC_FLUSH: hand over what is inflated
  }
  return concat(chunks, total).subarray(0, length);
}

export function overLimit(total: number, maxOut: number, limits: Limits, offset: number): FormatError {
  const byRatio = maxOut < limits.maxDecompressedBytes;
  const what = byRatio
    ? `decompression ratio above maxCompressionRatio=${limits.maxCompressionRatio}`
    : `decompressed size above maxDecompressedBytes=${limits.maxDecompressedBytes}`;
  return new FormatError('gzip', 'gzip.too-large', `${what} (stopped at ${total} bytes)`, { offset });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
