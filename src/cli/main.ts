// The CLI: argv → Config → engine → stdout and files. Returns the exit code; writes through
// the `io` it is given so tests can run it in-process.

import { parseArgs } from 'node:util';
import { ConfigError } from '../engine/config-file.js';
import { neutraliseLog } from '../report/escape.js';
import { parseAb, runAbCommand } from './ab-command.js';
import { parseCollect, runCollectCommand } from './collect-command.js';
import { runCompareCommand } from './compare-command.js';
import { runInspectCommand } from './inspect-command.js';
import { parseMerge, runMergeCommand } from './merge-command.js';
import { usage } from './usage.js';
import { parseFailOn, reportOptions } from './report-options.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): string;
  /** Environment variables, for options that name one (`collect --header-env`). */
  env?: Record<string, string | undefined>;
}

export class UsageError extends Error {}

export async function main(argv: readonly string[], raw: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // Messages carry text from inputs (names, paths, a report's fields): one function neutralises
  // all of it (no control characters, no line that the Actions runner would run as a command).
  const io: CliIo = {
    ...raw,
    out: (text) => raw.out(neutraliseLog(text)),
    err: (text) => raw.err(neutraliseLog(text)),
  };
  try {
    if (command === 'inspect') return await runInspectCommand(parseInspect(rest), io);
    if (command === 'compare') return await runCompareCommand(parseCompare(rest), io);
    if (command === 'collect') return await runCollectCommand(parseCollect(rest, io.env ?? {}), io);
    if (command === 'ab') return await runAbCommand(parseAb(rest), io);
    if (command === 'merge') return await runMergeCommand(parseMerge(rest), io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(usage);
      return 0;
    }
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || isParseArgsError(err)) {
      io.err(`perfgate: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
      return 2;
    }
    // Exit code 1 means "the gate failed"; anything unexpected is an error of this run: 2.
    io.err(`perfgate: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export interface InspectArgs {
  files: string[];
  json: boolean;
}

function parseInspect(args: string[]): InspectArgs {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) throw new UsageError('inspect needs at least one FILE');
  return { files: positionals, json: values.json === true };
}

export interface CompareArgs {
  base: string[];
  head: string[];
  config?: string;
  json?: string;
  markdown?: string;
  failOn?: 'fail' | 'warn' | 'never';
  key: string;
  /** Directory for flame graphs, the diff profile and folded stacks. */
  flamegraph?: string;
  /** Threads reading input files; unset: automatic. */
  jobs?: number;
}

function parseCompare(args: string[]): CompareArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      ...reportOptions,
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${String(positionals[0])}'`);
  if (!values.base?.length || !values.head?.length) throw new UsageError('compare needs --base DIR and --head DIR');
  const failOn = parseFailOn(values['fail-on']);
  return {
    base: values.base,
    head: values.head,
    key: values.key ?? 'default',
    ...(values.config ? { config: values.config } : {}),
    ...(values.json ? { json: values.json } : {}),
    ...(values.markdown ? { markdown: values.markdown } : {}),
    ...(values.flamegraph ? { flamegraph: values.flamegraph } : {}),
    ...(failOn ? { failOn: failOn } : {}),
    ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
  };
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${value}'`);
  return jobs;
}
