// `perfgate history FILE [--html OUT]`: the trend of every benchmark and health metric of a
// history file over its entries (commits), as text, and optionally one self-contained HTML page.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { HistoryFileError, readHistoryFile } from '../engine/baseline/history-file.js';
import { historySeries } from '../report/history/history-series.js';
import { renderHistoryHtml } from '../report/history/render-history-html.js';
import { renderHistoryText } from '../report/history/render-history-text.js';
import { UsageError, type CliIo } from './cli-io.js';

export interface HistoryArgs {
  file: string;
  html?: string;
}

export function parseHistory(args: string[]): HistoryArgs {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { html: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('history needs exactly one FILE');
  return { file: String(positionals[0]), ...(values.html ? { html: values.html } : {}) };
}

export async function runHistoryCommand(args: HistoryArgs, io: CliIo): Promise<number> {
  let history;
  try {
    history = await readHistoryFile(args.file);
  } catch (err) {
    if (err instanceof HistoryFileError) throw new UsageError(err.message);
    throw err;
  }
  if (!history) throw new UsageError(`'${args.file}' does not exist`);
  const series = historySeries(history);
  io.out(renderHistoryText(series, history.entries.length));
  if (args.html) {
    await writeFile(args.html, renderHistoryHtml(series, `perfgate history: ${history.key}`));
    io.err(`perfgate: wrote ${args.html}\n`);
  }
  return 0;
}
