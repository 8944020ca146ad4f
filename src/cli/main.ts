// The CLI: argv → Config → engine → stdout and files. Returns the exit code; writes through
// the `io` it is given so tests can run it in-process.

import { parseArgs } from 'node:util';
import { ConfigError } from '../engine/config-file.js';
import { parseAb, runAbCommand } from './ab-command.js';
import { parseCollect, runCollectCommand } from './collect-command.js';
import { runCompareCommand } from './compare-command.js';
import { runInspectCommand } from './inspect-command.js';
import { parseMerge, runMergeCommand } from './merge-command.js';
import { parseRecord, runRecordCommand } from './record-command.js';
import { parseHistory, runHistoryCommand } from './history-command.js';
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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'inspect') return await runInspectCommand(parseInspect(rest), io);
    if (command === 'compare') return await runCompareCommand(parseCompare(rest), io);
    if (command === 'collect') return await runCollectCommand(parseCollect(rest, io.env ?? {}), io);
    if (command === 'ab') return await runAbCommand(parseAb(rest), io);
    if (command === 'merge') return await runMergeCommand(parseMerge(rest), io);
    if (command === 'record') return await runRecordCommand(parseRecord(rest, io.env ?? {}), io);
    if (command === 'history') return await runHistoryCommand(parseHistory(rest), io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(usage);
      return 0;
    }
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || isParseArgsError(err)) {
      io.err(`perfgate: ${(err as Error).message}\n\n${usage}`);
      return 2;
    }
    throw err;
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
  /** History of base jobs (`perfgate record`): bands, and the between-job noise. */
  history?: string;
  /** Base ran in another job: two-level noise (implied by --history). */
  crossJob: boolean;
  /** --same-job: keep the within-job model even with a history or a recorded baseline. */
  sameJob: boolean;
}

function parseCompare(args: string[]): CompareArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      history: { type: 'string' },
      'cross-job': { type: 'boolean', default: false },
      'same-job': { type: 'boolean', default: false },
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
    crossJob: values['cross-job'] === true || (values.history !== undefined && values['same-job'] !== true),
    sameJob: values['same-job'] === true,
    ...(values.history ? { history: values.history } : {}),
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
