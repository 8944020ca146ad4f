// `perfgate compare`: runs the gate on directories of runs and prints the comment body. A --base
// directory that `perfgate record` wrote (runs/ and snapshot.json) is read as the Action reads
// its baseline artifact: its runs, where they ran, and its history.json unless --history is given.

import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { baselineFiles, readBaselineDir, type BaselineHistory } from '../engine/baseline/baseline-snapshot.js';
import type { RunnerFingerprint } from '../model/runner-fingerprint.js';
import { loadConfig } from '../engine/config/config-file.js';
import { runCompare } from '../engine/compare.js';
import { HistoryFileError, readHistoryFile } from '../engine/baseline/history-file.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { userWorkspace } from '../engine/workspace/user-workspace.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import { UsageError, type CliIo } from './cli-io.js';
import { parseFailOn, reportOptions } from './report-options.js';

export async function runCompareCommand(args: CompareArgs, io: CliIo): Promise<number> {
  for (const dir of [...args.base, ...args.head]) await requireDirectory(dir);
  const config = await loadConfig(args.config, io.now());
  if (args.failOn) config.failOn = args.failOn;
  const workspace = await userWorkspace(process.cwd(), args.modules, args.diffBase);
  config.modules = workspace.modules;
  const recorded = await recordedBaselines(args.base);
  const history = args.history ? await readHistory(args.history) : recorded.history;
  const {
    report,
    gateFailed: failed,
    base,
    head,
  } = await runCompare({
    baseDirs: recorded.dirs,
    headDirs: args.head,
    config,
    key: args.key,
    crossJob: args.crossJob || (recorded.found && !args.sameJob),
    ...(history ? { history } : {}),
    ...(recorded.fingerprint ? { baseFingerprint: recorded.fingerprint } : {}),
    ...(args.jobs ? { jobs: args.jobs } : {}),
    ...(workspace.changes ? { changes: workspace.changes } : {}),
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
  /** `--diff-base REF`: mark the culprits whose lines changed since the merge base with REF. */
  diffBase?: string;
  /** `--module PATH`: the user's Go modules (default: go.mod files under the working directory). */
  modules?: string[];
  /** History of base jobs (`perfgate record`): bands, and the between-job noise. */
  history?: string;
  /** Base ran in another job: two-level noise (implied by --history). */
  crossJob: boolean;
  /** --same-job: keep the within-job model even with a history or a recorded baseline. */
  sameJob: boolean;
}

export function parseCompare(args: string[]): CompareArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      'diff-base': { type: 'string' },
      module: { type: 'string', multiple: true },
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
    ...(values['diff-base'] ? { diffBase: values['diff-base'] } : {}),
    ...(values.module?.length ? { modules: values.module } : {}),
  };
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${value}'`);
  return jobs;
}
