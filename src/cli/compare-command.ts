// `perfgate compare`: runs the gate on directories of runs and prints the comment body.

import { stat, writeFile } from 'node:fs/promises';
import { loadConfig } from '../engine/config-file.js';
import { runCompare } from '../engine/compare.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { userWorkspace } from '../engine/user-workspace.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import { UsageError, type CliIo, type CompareArgs } from './main.js';

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
