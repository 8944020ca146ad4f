// The CLI: argv → Config → engine → stdout and files. Returns the exit code; writes through
// the `io` it is given so tests can run it in-process.

import { ConfigError } from '../engine/config-file.js';
import { parseAb, runAbCommand } from './ab-command.js';
import { parseCollect, runCollectCommand } from './collect-command.js';
import { UsageError, type CliIo } from './cli-io.js';
import { parseCompare, runCompareCommand } from './compare-command.js';
import { parseInspect, runInspectCommand } from './inspect-command.js';
import { parseMerge, runMergeCommand } from './merge-command.js';
import { parseRecord, runRecordCommand } from './record-command.js';
import { parseHistory, runHistoryCommand } from './history-command.js';
import { usage } from './usage.js';

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
