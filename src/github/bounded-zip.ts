// Reads named files out of an untrusted zip held in memory, with bounds checked BEFORE anything
// is inflated or written: the archive's size, its number of entries, and each wanted file's
// inflated size (the declared size, and again while inflating, since a declared size can lie).
// A 6 MB zip that would inflate to 6 GB is refused after at most `maxFileBytes` of output.
// Format: PKWARE APPNOTE.TXT (end of central directory, central directory, local headers).

import { inflateRawSync } from 'node:zlib';

export interface ZipBounds {
  maxZipBytes: number;
  maxEntries: number;
  maxFileBytes: number;
}

export class ZipBoundError extends Error {}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/** The wanted files that the archive has (others are never inflated). */
export function extractBounded(zip: Buffer, wanted: readonly string[], bounds: ZipBounds): Map<string, Buffer> {
  if (zip.length > bounds.maxZipBytes) {
    throw new ZipBoundError(`the archive is ${zip.length} bytes, more than ${bounds.maxZipBytes}`);
  }
  const eocd = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(eocd + 10);
  if (entries > bounds.maxEntries) {
    throw new ZipBoundError(`the archive has ${entries} entries, more than ${bounds.maxEntries}`);
  }
  const files = new Map<string, Buffer>();
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== centralSignature) {
      throw new ZipBoundError('bad central directory');
    }
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    if (wanted.includes(name) && !files.has(name)) files.set(name, inflateEntry(zip, p, name, bounds.maxFileBytes));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return files;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - 65_535);
  for (let at = zip.length - 22; at >= lowest; at--) if (zip.readUInt32LE(at) === eocdSignature) return at;
  throw new ZipBoundError('not a zip archive (no end of central directory)');
}

function inflateEntry(zip: Buffer, central: number, name: string, maxBytes: number): Buffer {
  const method = zip.readUInt16LE(central + 10);
  const compressedSize = zip.readUInt32LE(central + 20);
  const declaredSize = zip.readUInt32LE(central + 24);
  const local = zip.readUInt32LE(central + 42);
  if (declaredSize > maxBytes) {
    throw new ZipBoundError(`${name} is ${declaredSize} bytes inflated, more than ${maxBytes}`);
  }
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== localSignature) {
    throw new ZipBoundError(`${name}: bad local header`);
  }
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (start + compressedSize > zip.length) throw new ZipBoundError(`${name}: truncated`);
  const raw = zip.subarray(start, start + compressedSize);
  if (method === 0) return Buffer.from(raw);
  if (method !== 8) throw new ZipBoundError(`${name}: unsupported compression method ${method}`);
  try {
    return inflateRawSync(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    const tooBig = err instanceof RangeError || (err instanceof Error && /maxOutputLength|buffer/i.test(err.message));
    const why = err instanceof Error ? err.message : String(err);
    throw new ZipBoundError(tooBig ? `${name} inflates to more than ${maxBytes} bytes` : `${name}: ${why}`);
  }
}
