// `perfgate merge`: merges the report.json files of the shards of one gate into one report (see
// src/report/merge-reports.ts), prints its markdown and exits by the merged verdict. A report
// that cannot be read is a failed shard; with --expect-keys, an absent key is a missing one.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../engine/config/config-file.js';
import { readShardReport, runMerge } from '../engine/merge-shards.js';
import { commentLimit } from '../report/markdown/render-markdown.js';
import { renderMergedMarkdown } from '../report/markdown/render-merged.js';
import { renderJson } from '../report/render-json.js';
import { UsageError, type CliIo } from './cli-io.js';
import { parseFailOn } from './report-options.js';

export interface MergeArgs {
  reports: string[];
  expectKeys: string[];
  key: string;
  config?: string;
  json?: string;
  markdown?: string;
  failOn?: 'fail' | 'warn' | 'never';
}

export function parseMerge(args: string[]): MergeArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      report: { type: 'string', multiple: true },
      'expect-keys': { type: 'string' },
      key: { type: 'string', default: 'merged' },
      config: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'fail-on': { type: 'string' },
    },
  });
  const reports = [...(values.report ?? []), ...positionals];
  if (reports.length === 0 && !values['expect-keys']) throw new UsageError('merge needs --report FILE (one per shard)');
  const failOn = parseFailOn(values['fail-on']);
  return {
    reports,
    expectKeys: splitKeys(values['expect-keys'] ?? ''),
    key: values.key ?? 'merged',
    ...(values.config ? { config: values.config } : {}),
    ...(values.json ? { json: values.json } : {}),
    ...(values.markdown ? { markdown: values.markdown } : {}),
    ...(failOn ? { failOn: failOn } : {}),
  };
}

/** Comma-, space- or newline-separated keys. */
export function splitKeys(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

export async function runMergeCommand(args: MergeArgs, io: CliIo): Promise<number> {
  const config = await loadConfig(args.config, io.now());
  if (args.failOn) config.failOn = args.failOn;
  const shards = await Promise.all(args.reports.map((path) => readShardReport(path)));
  for (const s of shards) if (s.problem) io.err(`perfgate: shard ${s.key}: ${s.problem}\n`);
  let outcome;
  try {
    outcome = runMerge({ shards, config, key: args.key, expectKeys: args.expectKeys });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { report, gateFailed } = outcome;
  const markdown = renderMergedMarkdown(report, commentLimit);
  if (args.json) await writeFile(args.json, renderJson(report));
  if (args.markdown) await writeFile(args.markdown, markdown);
  io.out(markdown);
  if (report.partial)
    io.err(
      `perfgate: partial result: ${report.shards
        .filter((s) => s.status !== 'ok')
        .map((s) => `${s.key} (${s.status})`)
        .join(', ')}\n`,
    );
  if (gateFailed) io.err(`perfgate: gate failed (verdict ${report.verdict}, fail-on ${config.failOn})\n`);
  return gateFailed ? 1 : 0;
}
