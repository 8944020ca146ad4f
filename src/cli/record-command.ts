// `perfgate record --runs DIR... --out DIR [--history FILE]`: what the Action's `mode: record`
// does, from the command line: health-check the runs and lay out the baseline in DIR (runs/,
// snapshot.json, history.json). The history is the one in --history (when the file exists) with
// this job appended; without --history it starts here. --history FILE is then rewritten too.

import { readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runRecord, type StagedRun } from '../engine/baseline/baseline-record.js';
import { loadConfig } from '../engine/config/config-file.js';
import { listSide } from '../engine/read-inputs/read-runs.js';
import { HistoryFileError, readHistoryFile } from '../engine/baseline/history-file.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import { UsageError, type CliIo } from './cli-io.js';

export interface RecordArgs {
  runs: string[];
  out: string;
  history?: string;
  config?: string;
  key: string;
  commit: string;
  ref: string;
  runId: string;
  limit: number;
}

export function parseRecord(args: string[], env: Record<string, string | undefined>): RecordArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      runs: { type: 'string', multiple: true },
      out: { type: 'string' },
      history: { type: 'string' },
      config: { type: 'string' },
      key: { type: 'string', default: 'default' },
      commit: { type: 'string' },
      ref: { type: 'string' },
      'run-id': { type: 'string' },
      limit: { type: 'string', default: '30' },
    },
  });
  // `--runs a b c`: the directories after --runs are runs too (a shell glob expands to them).
  const runs = [...(values.runs ?? []), ...positionals];
  if (runs.length === 0 || !values.out) throw new UsageError('record needs --runs DIR and --out DIR');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new UsageError(`--limit must be a whole number from 1 to 1000, not '${values.limit}'`);
  return {
    runs,
    out: values.out,
    key: values.key ?? 'default',
    commit: values.commit ?? env['GITHUB_SHA'] ?? '',
    ref: values.ref ?? env['GITHUB_REF_NAME'] ?? '',
    runId: values['run-id'] ?? env['GITHUB_RUN_ID'] ?? '',
    limit,
    ...(values.history ? { history: values.history } : {}),
    ...(values.config ? { config: values.config } : {}),
  };
}

export async function runRecordCommand(args: RecordArgs, io: CliIo): Promise<number> {
  if ((await readdir(args.out).catch(() => [])).length > 0)
    throw new UsageError(`--out '${args.out}' must be empty or absent`);
  let previousHistory;
  try {
    previousHistory = args.history ? await readHistoryFile(args.history) : undefined;
  } catch (err) {
    if (err instanceof HistoryFileError) throw new UsageError(err.message);
    throw err;
  }
  const config = await loadConfig(args.config, io.now());
  const runs = await stagedRuns(args.runs);
  if (runs.length === 0) throw new UsageError('record found no files under --runs');
  const outcome = await runRecord({
    stageDir: args.out,
    runs,
    config,
    key: args.key,
    commit: { sha: args.commit, ref: args.ref, workflowRunId: args.runId || config.now },
    historyLimit: args.limit,
    ...(previousHistory ? { previousHistory } : {}),
  });
  if (args.history) await writeFile(args.history, `${JSON.stringify(outcome.history, null, 2)}\n`);
  io.out(renderMarkdown(outcome.report));
  io.err(
    `perfgate: recorded ${runs.length} run(s) into ${args.out}; history of ${outcome.history.entries.length} entr${outcome.history.entries.length === 1 ? 'y' : 'ies'}${args.history ? ` (also ${args.history})` : ''}\n`,
  );
  return 0;
}

/** Each run directory (as compare reads them) with its files, named run1, run2, … in order. */
async function stagedRuns(dirs: readonly string[]): Promise<StagedRun[]> {
  for (const dir of dirs) {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`'${dir}' is not a directory`);
  }
  const listing = await listSide('base', dirs);
  return listing.runs
    .filter((r) => r.files.length > 0)
    .map((r, i) => ({
      name: `run${i + 1}`,
      files: r.files.map((from) => ({ from, rel: relative(r.dir, from) || join('.', from) })),
    }));
}
