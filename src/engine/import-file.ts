// Reads one input file and turns it into a parsed artifact: size limit, bounded gunzip,
// detection by content, then the importer. Errors come back as FormatErrors naming the file.

import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import type { ParsedArtifact } from '../model/artifact.js';
import { DiagnosticSink } from '../model/diagnostic.js';
import { FormatError } from '../model/format-error.js';
import type { Limits } from '../model/limits.js';
import { gunzipBounded, isGzip } from '../formats/gzip.js';
import { sniffBytes, type ImportContext } from '../formats/importer.js';
import { detectImporter } from '../formats/registry.js';

export async function importFile(path: string, limits: Limits): Promise<ParsedArtifact> {
  try {
    return await importUnchecked(path, limits);
  } catch (err) {
    if (err instanceof FormatError) {
      err.path = path;
      throw err;
    }
    const wrapped = new FormatError('input', 'input.unreadable', err instanceof Error ? err.message : String(err));
    wrapped.path = path;
    throw wrapped;
  }
}

async function importUnchecked(path: string, limits: Limits): Promise<ParsedArtifact> {
  const size = (await stat(path)).size;
  if (size === 0) throw new FormatError('input', 'input.empty', 'the file is empty', { offset: 0 });
  if (size > limits.maxInputBytes) throw new FormatError('input', 'input.too-large', `${size} bytes is above maxInputBytes=${limits.maxInputBytes}`);
  const head = await readHead(path, sniffBytes);
  const ctx: ImportContext = { path, limits, diagnostics: new DiagnosticSink() };
  if (!isGzip(head)) {
    const importer = detectImporter(head);
    if (importer?.parseStream) return importer.parseStream(chunksOf(path), ctx);
    if (importer?.parse) return importer.parse(new Uint8Array(await readAll(path)), ctx);
    throw unknownFormat();
  }
  const bytes = gunzipBounded(new Uint8Array(await readAll(path)), limits);
  const importer = detectImporter(bytes.subarray(0, sniffBytes));
  if (importer?.parse) return importer.parse(bytes, ctx);
  if (importer?.parseStream) return importer.parseStream(single(bytes), ctx);
  throw unknownFormat();
}

function unknownFormat(): FormatError {
  return new FormatError('input', 'input.unknown-format', 'not a format perfgate reads (pprof, Go trace, span export, folded stacks, …)', { offset: 0 });
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readAll(path: string): Promise<Buffer> {
  return readFile(path);
}

async function* chunksOf(path: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield chunk as Uint8Array;
}

async function* single(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
