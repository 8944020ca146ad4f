// Reads one input file and turns it into a parsed artifact: size limit, bounded gunzip,
// detection by content, then the importer. Errors come back as FormatErrors naming the file.

import { createReadStream } from 'node:fs';
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
    if (importer?.parseStream) {
      const chunks = gzipped ? gunzipFileChunks(path, size, limits) : chunksOf(path);
      return enforceLimits(await importer.parseStream(timed(chunks, limits), context(path, limits)), limits);
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

function context(path: string, limits: Limits): ImportContext {
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
  if (importer?.parse) return enforceLimits(importer.parse(bytes, context(path, limits)), limits);
  if (importer?.parseStream)
    return enforceLimits(await importer.parseStream(timed(single(bytes), limits), context(path, limits)), limits);
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

async function* chunksOf(path: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield chunk as Uint8Array;
}

/** Passes chunks on until the file's time budget (maxImportSeconds) is spent. Whole-input parsers
 *  are bounded by the size limits instead: each is linear in its input (see test/fuzz-importers). */
async function* timed(chunks: AsyncIterable<Uint8Array>, limits: Limits): AsyncIterable<Uint8Array> {
  const started = Date.now();
  let offset = 0;
  for await (const chunk of chunks) {
    if (Date.now() - started > limits.maxImportSeconds * 1000) throw tooSlow(limits, offset);
    offset += chunk.length;
    yield chunk;
  }
}

async function* single(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield await Promise.resolve(bytes);
}
