// `perfgate collect`: takes profiles from a running Go service's net/http/pprof endpoints.
// The CPU profile and the trace run together over the same window; the other profiles are
// taken at its end. Each body is checked with perfgate's own importers before it is saved;
// a failure names the URL and what went wrong, and never loses what the other endpoints gave.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import { escapeTerminal } from '../../report/escape.js';
import { importBytes } from '../read-inputs/import-file.js';
import { endpoints, endpointUrl, type ProfileName } from './endpoints.js';
import { httpGet, type GetResult } from './http-get.js';
import { pushAll } from '../../model/extremes.js';

export interface CollectRequest {
  url: URL;
  prefix: string;
  profiles: ProfileName[];
  /** Window of the CPU profile. */
  seconds: number;
  /** Window of the execution trace; 0 takes none. */
  traceSeconds: number;
  headers: Record<string, string>;
  ca?: string;
  /** Allowed on top of a profile's window before the request counts as hung. */
  timeoutSeconds: number;
  outDir: string;
  limits: Limits;
  progress(line: string): void;
}

export interface CollectedItem {
  name: ProfileName;
  url: string;
  ok: boolean;
  /** Saved file: the profile, or `<file>.partial` / `<file>.invalid` for what a failure left. */
  file: string | null;
  status: number;
  bytes: number;
  seconds: number;
  format: string | null;
  error: string | null;
}

export async function collectFromService(request: CollectRequest): Promise<CollectedItem[]> {
  await mkdir(request.outDir, { recursive: true });
  const windowed: ProfileName[] = [
    ...(request.profiles.includes('cpu') ? ['cpu' as const] : []),
    ...(request.traceSeconds > 0 ? ['trace' as const] : []),
  ];
  const atEnd = request.profiles.filter((name) => name !== 'cpu' && name !== 'trace');
  const items = await Promise.all(windowed.map((name) => collectOne(name, request)));
  pushAll(items, await Promise.all(atEnd.map((name) => collectOne(name, request))));
  await writeFile(
    join(request.outDir, 'collect.json'),
    `${JSON.stringify({ url: displayUrl(request.url), items }, null, 2)}\n`,
  );
  return items;
}

async function collectOne(name: ProfileName, request: CollectRequest): Promise<CollectedItem> {
  const window = name === 'trace' ? request.traceSeconds : request.seconds;
  const url = endpointUrl(request.url, request.prefix, name, window);
  const started = Date.now();
  const windowMs = endpoints[name].windowed ? window * 1000 : 0;
  const result = await httpGet(url, {
    headers: request.headers,
    ...(request.ca ? { ca: request.ca } : {}),
    deadlineMs: windowMs + request.timeoutSeconds * 1000,
    maxBytes: request.limits.maxInputBytes,
  });
  const item = await judge(name, displayUrl(url), result, request);
  item.seconds = (Date.now() - started) / 1000;
  request.progress(progressLine(item));
  return item;
}

async function judge(
  name: ProfileName,
  url: string,
  result: GetResult,
  request: CollectRequest,
): Promise<CollectedItem> {
  const file = endpoints[name].file;
  const item: CollectedItem = {
    name,
    url,
    ok: false,
    file: null,
    status: result.status,
    bytes: result.body.length,
    seconds: 0,
    format: null,
    error: null,
  };
  const keep = async (suffix: string): Promise<void> => {
    if (result.body.length === 0) return;
    item.file = `${file}${suffix}`;
    await writeFile(join(request.outDir, item.file), result.body);
  };
  if (result.failure) {
    item.error = result.failure;
    await keep('.partial');
  } else if (result.status !== 200) {
    item.error = `HTTP ${result.status}: ${firstLine(result.body)}`;
  } else if (isHtml(result)) {
    item.error = `an HTML page, not a profile: is the path prefix right (--prefix, now ${escapeTerminal(request.prefix)})?`;
  } else {
    await validate(item, result.body, request.limits, keep);
  }
  return item;
}

async function validate(
  item: CollectedItem,
  body: Buffer,
  limits: Limits,
  keep: (suffix: string) => Promise<void>,
): Promise<void> {
  try {
    const parsed = await importBytes(new Uint8Array(body), item.url, limits);
    item.format = parsed.format;
    item.ok = true;
    await keep('');
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    item.error = `${err.code}: ${err.message}`;
    await keep('.invalid');
  }
}

function isHtml(result: GetResult): boolean {
  const type = String(result.headers['content-type'] ?? '');
  return type.startsWith('text/html') || /^\s*<(!doctype|html)/i.test(result.body.subarray(0, 64).toString('latin1'));
}

/** The first line of an error body, as inert text. */
function firstLine(body: Buffer): string {
  return escapeTerminal(body.subarray(0, 500).toString('utf8').split('\n')[0] ?? '').slice(0, 200) || '(empty body)';
}

/** The URL without credentials. */
function displayUrl(url: URL): string {
  const shown = new URL(url);
  shown.username = '';
  shown.password = '';
  return shown.toString();
}

function progressLine(item: CollectedItem): string {
  const size = `${(item.bytes / 1024).toFixed(1)} KiB`;
  const outcome = item.ok ? `ok, ${item.file}` : `FAILED: ${item.error}${item.file ? ` (kept ${item.file})` : ''}`;
  return `collect: ${item.name.padEnd(9)} ${size.padStart(10)} in ${item.seconds.toFixed(1)} s  ${outcome}`;
}
