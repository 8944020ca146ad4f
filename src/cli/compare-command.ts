// `perfgate compare`: runs the gate on directories of runs and prints the comment body. A --base
// directory that `perfgate record` wrote (runs/ and snapshot.json) is read as the Action reads
// its baseline artifact: its runs, where they ran, and its history.json unless --history is given.

import { stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { baselineFiles, readBaselineDir, type BaselineHistory } from '../engine/baseline-snapshot.js';
import type { RunnerFingerprint } from '../model/runner-fingerprint.js';
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
  const recorded = await recordedBaselines(args.base);
  const history = args.history ? await readHistory(args.history) : recorded.history;
  const { report, gateFailed: failed, base, head } = await runCompare({
    baseDirs: recorded.dirs,
    headDirs: args.head,
    config,
    key: args.key,
    crossJob: args.crossJob || (recorded.found && !args.sameJob),
    ...(history ? { history } : {}),
    ...(recorded.fingerprint ? { baseFingerprint: recorded.fingerprint } : {}),
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

/** Base directories, with a recorded baseline's `runs/` in place of the baseline directory. */
interface RecordedBaselines {
  dirs: string[];
  found: boolean;
  history?: BaselineHistory;
  fingerprint?: RunnerFingerprint;
}

async function recordedBaselines(dirs: readonly string[]): Promise<RecordedBaselines> {
  const out: RecordedBaselines = { dirs: [], found: false };
  for (const dir of dirs) {
    if (!existsSync(join(dir, baselineFiles.snapshot)) || !existsSync(join(dir, baselineFiles.runs))) {
      out.dirs.push(dir);
      continue;
    }
    const baseline = await readBaselineDir(dir);
    out.dirs.push(baseline.runsDir);
    out.found = true;
    if (baseline.history) out.history = baseline.history;
    if (baseline.snapshot?.fingerprint) out.fingerprint = baseline.snapshot.fingerprint;
  }
  return out;
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
