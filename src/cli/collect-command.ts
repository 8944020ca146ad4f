// `perfgate collect`: argv → CollectRequest → the collector; progress on stderr, one line per
// profile. Exit 0 when every profile arrived, 1 when some failed (the rest are kept), 2 on
// usage errors. Header values (tokens) are never printed.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectFromService } from '../engine/collect-http/collect.js';
import { defaultProfiles, isProfileName, type ProfileName } from '../engine/collect-http/endpoints.js';
import { defaultLimits } from '../model/limits.js';
import { UsageError, type CliIo } from './cli-io.js';

export interface CollectArgs {
  url: URL;
  out: string;
  profiles: ProfileName[];
  seconds: number;
  traceSeconds: number;
  prefix: string;
  headers: Record<string, string>;
  caFile?: string;
  timeoutSeconds: number;
}

export function parseCollect(args: string[], env: Record<string, string | undefined>): CollectArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      out: { type: 'string' },
      profiles: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      'trace-seconds': { type: 'string', default: '0' },
      prefix: { type: 'string', default: '/debug/pprof' },
      header: { type: 'string', multiple: true },
      'header-env': { type: 'string', multiple: true },
      'ca-file': { type: 'string' },
      timeout: { type: 'string', default: '30' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${String(positionals[0])}'`);
  if (!values.url || !values.out) throw new UsageError('collect needs --url URL and --out DIR');
  const profiles = profileList(values.profiles);
  const cpuSeconds = seconds(values.seconds, '--seconds', 1);
  const traceSeconds = seconds(values['trace-seconds'], '--trace-seconds', 0);
  return {
    url: serviceUrl(values.url),
    out: values.out,
    profiles,
    seconds: cpuSeconds,
    // Naming `trace` in --profiles without --trace-seconds traces over the CPU window.
    traceSeconds: traceSeconds === 0 && profiles.includes('trace') ? cpuSeconds : traceSeconds,
    prefix: values.prefix ?? '/debug/pprof',
    headers: headers(values.header ?? [], values['header-env'] ?? [], env),
    timeoutSeconds: seconds(values.timeout, '--timeout', 1),
    ...(values['ca-file'] ? { caFile: values['ca-file'] } : {}),
  };
}

export async function runCollectCommand(args: CollectArgs, io: CliIo): Promise<number> {
  const ca = args.caFile ? await readFile(args.caFile, 'utf8').catch(() => undefined) : undefined;
  if (args.caFile && ca === undefined) throw new UsageError(`cannot read --ca-file '${args.caFile}'`);
  const items = await collectFromService({
    url: args.url,
    prefix: args.prefix,
    profiles: args.profiles,
    seconds: args.seconds,
    traceSeconds: args.traceSeconds,
    headers: args.headers,
    ...(ca ? { ca } : {}),
    timeoutSeconds: args.timeoutSeconds,
    outDir: args.out,
    limits: defaultLimits,
    progress: (line) => io.err(`${line}\n`),
  });
  const failed = items.filter((item) => !item.ok);
  io.out(
    `collected ${items.length - failed.length} of ${items.length} into ${args.out}${failed.length ? `; failed: ${failed.map((i) => i.name).join(', ')}` : ''}\n`,
  );
  return failed.length ? 1 : 0;
}

function serviceUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url '${text}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--url must be http:// or https://');
  return url;
}

function profileList(text: string | undefined): ProfileName[] {
  if (!text) return [...defaultProfiles];
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names)
    if (!isProfileName(name))
      throw new UsageError(
        `unknown profile '${name}' (known: cpu, trace, heap, allocs, block, mutex, goroutine, threadcreate)`,
      );
  return names as ProfileName[];
}

function seconds(text: string | undefined, flag: string, min: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > 3600)
    throw new UsageError(`${flag} must be a number of seconds from ${min} to 3600`);
  return value;
}

/** `--header 'Name: value'` and `--header-env VAR` (VAR holds `Name: value`); values stay secret. */
function headers(given: string[], fromEnv: string[], env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (line: string, source: string): void => {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[A-Za-z0-9-]+$/.test(name)) throw new UsageError(`${source} must look like 'Name: value'`);
    out[name] = line.slice(colon + 1).trim();
  };
  given.forEach((line, i) => add(line, `--header #${i + 1}`));
  for (const variable of fromEnv) {
    const line = env[variable];
    if (line === undefined) throw new UsageError(`--header-env: environment variable ${variable} is not set`);
    add(line, `the value of ${variable}`);
  }
  return out;
}
