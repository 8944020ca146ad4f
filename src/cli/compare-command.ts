// `perfgate compare`: runs the gate on directories of runs and prints the comment body.

import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../engine/config-file.js';
import { runCompare } from '../engine/compare.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { userWorkspace } from '../engine/user-workspace.js';
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
  const request = { baseDirs: args.base, headDirs: args.head, config, key: args.key, ...(args.jobs ? { jobs: args.jobs } : {}) };
  const { report, gateFailed: failed, base, head } = await runCompare({ ...request, ...(workspace.changes ? { changes: workspace.changes } : {}) });
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
    ...(values['diff-base'] ? { diffBase: values['diff-base'] } : {}),
    ...(values.module?.length ? { modules: values.module } : {}),
  };
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${value}'`);
  return jobs;
}
