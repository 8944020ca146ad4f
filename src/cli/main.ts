// The CLI: argv → Config → engine → stdout and files. Returns the exit code; writes through
// the `io` it is given so tests can run it in-process.

import { ConfigError } from '../engine/config/config-file.js';
import { neutraliseLog } from '../report/escape.js';
import { parseAb, runAbCommand } from './ab-command.js';
import { parseCollect, runCollectCommand } from './collect-command.js';
import { UsageError, type CliIo } from './cli-io.js';
import { parseCompare, runCompareCommand } from './compare-command.js';
import { parseInspect, runInspectCommand } from './inspect-command.js';
import { parseMerge, runMergeCommand } from './merge-command.js';
import { parseRecord, runRecordCommand } from './record-command.js';
import { parseHistory, runHistoryCommand } from './history-command.js';
import { usage } from './usage.js';

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
    if (command === 'record') return await runRecordCommand(parseRecord(rest, io.env ?? {}), io);
    if (command === 'history') return await runHistoryCommand(parseHistory(rest), io);
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
