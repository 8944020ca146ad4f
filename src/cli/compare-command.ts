// `perfgate compare`: runs the gate on directories of runs and prints the comment body.

import { stat, writeFile } from 'node:fs/promises';
import { loadConfig } from '../engine/config-file.js';
import { runCompare } from '../engine/compare.js';
import { HistoryFileError, readHistoryFile } from '../engine/history-file.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import { UsageError, type CliIo, type CompareArgs } from './main.js';

export async function runCompareCommand(args: CompareArgs, io: CliIo): Promise<number> {
  for (const dir of [...args.base, ...args.head]) await requireDirectory(dir);
  const config = await loadConfig(args.config, io.now());
  if (args.failOn) config.failOn = args.failOn;
  const history = args.history ? await readHistory(args.history) : undefined;
  const { report, gateFailed: failed, base, head } = await runCompare({
    baseDirs: args.base,
    headDirs: args.head,
    config,
    key: args.key,
    crossJob: args.crossJob,
    ...(history ? { history } : {}),
    ...(args.jobs ? { jobs: args.jobs } : {}),
  });
  const markdown = renderMarkdown(report);
  if (args.json) await writeFile(args.json, renderJson(report));
  if (args.markdown) await writeFile(args.markdown, markdown);
  if (args.flamegraph) {
    const written = await writeFlameGraphs({ dir: args.flamegraph, base, head, report, config });
    io.err(`perfgate: wrote ${written.length} flame graph files to ${args.flamegraph} (open index.html)\n`);
  }
  io.out(markdown);
  if (failed) io.err(`perfgate: gate failed (verdict ${report.verdict}, fail-on ${config.failOn})\n`);
  return failed ? 1 : 0;
}

async function readHistory(path: string): Promise<Awaited<ReturnType<typeof readHistoryFile>>> {
  try {
    const history = await readHistoryFile(path);
    if (!history) throw new UsageError(`--history '${path}' does not exist`);
    return history;
  } catch (err) {
    if (err instanceof HistoryFileError) throw new UsageError(err.message);
    throw err;
  }
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`'${dir}' is not a directory`);
}
