// Reads one input file and turns it into a parsed artifact: size limit, bounded gunzip,
// detection by content, then the importer. Errors come back as FormatErrors naming the file.

import { open, readFile, stat } from 'node:fs/promises';
import type { ParsedArtifact } from '../../model/artifact.js';
import { DiagnosticSink } from '../../model/diagnostic.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import { gunzipBounded, gunzipHead, isGzip } from '../../formats/gzip.js';
import { sniffBytes, type ImportContext } from '../../formats/importer.js';
import { describeUnknown } from '../../formats/describe-unknown.js';
import { detectImporter } from '../../formats/registry.js';
import { enforceLimits } from './enforce-limits.js';
import { gunzipFileChunks } from './gunzip-stream.js';
import { checkHeapBudget, NeedsHeapBudget } from './heap-budget.js';
import { withRandomAccess } from './random-access.js';

/**
 * `mayDefer`: a file whose worst-case heap does not fit in this thread throws NeedsHeapBudget so
 * that the caller reads it on a worker with a heap budget (the import pool does) instead of here.
 */
export async function importFile(path: string, limits: Limits, mayDefer = false): Promise<ParsedArtifact> {
  return withPath(path, async () => {
    const size = (await stat(path)).size;
    checkSize(size, limits);
    const head = await readHead(path, sniffBytes);
    const gzipped = isGzip(head);
    const importer = detectImporter(gzipped ? gunzipHead(head, sniffBytes) : head);
    if (importer?.parseStream && gzipped) {
      const chunks = timed(gunzipFileChunks(path, size, limits), limits);
      const parseStream = importer.parseStream.bind(importer);
      return enforceLimits(await readingAll(chunks, (c) => parseStream(c, importContext(path, limits))), limits);
    }
    if (importer?.parseStream) {
      const parseStream = importer.parseStream.bind(importer);
      return withRandomAccess(path, size, async (randomAccess) => {
        const ctx = { ...importContext(path, limits), randomAccess };
        return enforceLimits(await readingAll(timed(chunksOf(path), limits), (c) => parseStream(c, ctx)), limits);
      });
    }
    return importUnchecked(new Uint8Array(await readFile(path)), path, limits, mayDefer);
  });
}

/**
 * True when the file is read by a streaming importer (a Go trace, gzipped or not): it reduces to a
 * small summary while it streams, the kind of input worth reading on another thread. Unreadable: false.
 */
export async function isStreamedInput(path: string): Promise<boolean> {
  const head = await readHead(path, sniffBytes).catch(() => undefined);
  if (head === undefined) return false;
  return detectImporter(isGzip(head) ? gunzipHead(head, sniffBytes) : head)?.parseStream !== undefined;
}

/** The same for bytes already in memory (a downloaded profile); `name` is used in messages. */
export async function importBytes(bytes: Uint8Array, name: string, limits: Limits): Promise<ParsedArtifact> {
  return withPath(name, async () => {
    checkSize(bytes.length, limits);
    return importUnchecked(bytes, name, limits, false);
  });
}

async function withPath(path: string, work: () => Promise<ParsedArtifact>): Promise<ParsedArtifact> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof NeedsHeapBudget) throw err;
    const error =
      err instanceof FormatError
        ? err
        : new FormatError('input', 'input.unreadable', err instanceof Error ? err.message : String(err));
    error.path = path;
    throw error;
  }
}

function checkSize(size: number, limits: Limits): void {
  if (size === 0) throw new FormatError('input', 'input.empty', 'the file is empty', { offset: 0 });
  if (size > limits.maxInputBytes)
    throw new FormatError('input', 'input.too-large', `${size} bytes is above maxInputBytes=${limits.maxInputBytes}`);
}

/** What an importer gets for one file: its diagnostics and its time budget (maxImportSeconds). */
export function importContext(path: string, limits: Limits): ImportContext {
  const started = Date.now();
  const checkBudget = (offset: number): void => {
    if (Date.now() - started > limits.maxImportSeconds * 1000) throw tooSlow(limits, offset);
  };
  return { path, limits, diagnostics: new DiagnosticSink(), checkBudget };
}

function tooSlow(limits: Limits, offset: number): FormatError {
  const message = `reading took longer than maxImportSeconds=${limits.maxImportSeconds}`;
  return new FormatError('input', 'input.too-slow', message, { offset });
}

async function importUnchecked(
  raw: Uint8Array,
  path: string,
  limits: Limits,
  mayDefer: boolean,
): Promise<ParsedArtifact> {
  const bytes = isGzip(raw) ? gunzipBounded(raw, limits) : raw;
  const importer = detectImporter(bytes.subarray(0, sniffBytes));
  if (importer?.parse) checkHeapBudget(importer, bytes, limits, mayDefer, raw.length);
  if (importer?.parse) return enforceLimits(importer.parse(bytes, importContext(path, limits)), limits);
  if (importer?.parseStream)
    return enforceLimits(await importer.parseStream(timed(single(bytes), limits), importContext(path, limits)), limits);
  throw unknownFormat(bytes.subarray(0, sniffBytes));
}

/** Names what the file appears to be when it is a known kind perfgate does not read. */
function unknownFormat(head: Uint8Array): FormatError {
  const known = describeUnknown(head);
  const detail = known ?? 'not a format perfgate reads (pprof, Go trace, span export, folded stacks, …)';
  return new FormatError('input', 'input.unknown-format', detail, { offset: 0 });
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

/** Bytes of each read of a streamed file. */
const chunkBytes = 1024 * 1024;

/**
 * The file's bytes [start, end) in chunks read into two buffers used in turn: a streaming importer
 * copies a chunk before asking for the next (src/formats/importer.ts), and fresh buffers for every
 * read cost page faults (on a VM, about 5 ms a MiB) and garbage the collector frees late.
 */
export async function* chunksOf(path: string, start = 0, end = Infinity): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffers = [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)];
    for (let turn = 0, at = start; at < end; turn ^= 1) {
      const buffer = buffers[turn]!;
      const { bytesRead } = await handle.read(buffer, 0, Math.min(chunkBytes, end - at), at);
      if (bytesRead === 0) return;
      at += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Passes chunks on until the file's time budget (maxImportSeconds) is spent. Whole-input parsers
 *  are bounded by the size limits instead: each is linear in its input (see test/fuzz-importers). */
async function* timed(chunks: AsyncIterable<Uint8Array>, limits: Limits): AsyncGenerator<Uint8Array> {
  const started = Date.now();
  let offset = 0;
  for await (const chunk of chunks) {
    if (Date.now() - started > limits.maxImportSeconds * 1000) throw tooSlow(limits, offset);
    offset += chunk.length;
    yield chunk;
  }
}

/**
 * `parse` over `chunks`, then the stream ended however far `parse` read: a reader that stops early
 * (a broken or cut-off trace) must not leave the file open until garbage collection closes it.
 */
export async function readingAll<T>(
  chunks: AsyncGenerator<Uint8Array>,
  parse: (chunks: AsyncIterable<Uint8Array>) => Promise<T>,
): Promise<T> {
  try {
    return await parse(chunks);
  } finally {
    await chunks.return(undefined);
  }
}

async function* single(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield await Promise.resolve(bytes);
}
