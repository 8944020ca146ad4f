// Random access to an input file on disk for the formats that read their input twice (legacy Go
// traces: tables at the end, events by offset). One file handle per import, closed after it.

import { open, type FileHandle } from 'node:fs/promises';
import type { RandomAccess } from '../../formats/importer.js';

export async function withRandomAccess<T>(
  path: string,
  sizeBytes: number,
  work: (access: RandomAccess) => Promise<T>,
): Promise<T> {
  const handle = await open(path, 'r');
  try {
    return await work({ sizeBytes, readAt: (offset, length) => readRange(handle, offset, length) });
  } finally {
    await handle.close();
  }
}

/** Bytes [offset, offset + length), fewer only when the file ends first. */
async function readRange(handle: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(Math.max(0, length));
  let got = 0;
  while (got < buffer.length) {
    const { bytesRead } = await handle.read(buffer, got, buffer.length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === buffer.length ? buffer : buffer.subarray(0, got);
}
