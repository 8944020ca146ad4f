// `merge`: reads the report.json of each shard (checked field by field: a shard's artifact is as
// untrusted as any other), merges them into one report under the config's q thresholds, and
// decides the gate. Shared by `perfgate merge` and the Action's `mode: merge`.

import { readFile, stat } from 'node:fs/promises';
import { gateFails } from '../analysis/gate.js';
import type { Config } from '../model/config.js';
import { mergeReports, type MergedReport, type ShardInput } from '../report/merge-reports.js';
import type { Report } from '../report/report.js';
import { parseUntrustedReport } from '../report/untrusted-report.js';
import { version } from './version.js';

const maxReportBytes = 64 * 1024 * 1024;

/**
 * One shard's report file. `key` names the shard (the Action takes it from the artifact name);
 * without it, the report's own key. An unreadable file is a failed shard, not an error.
 */
export async function readShardReport(path: string, key?: string): Promise<ShardInput> {
  try {
    const { size } = await stat(path);
    if (size > maxReportBytes) throw new Error(`report.json is ${size} bytes, more than ${maxReportBytes}`);
    const report = parseUntrustedReport(await readFile(path, 'utf8'));
    return { key: key ?? report.key, report };
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no report.json'
        : err instanceof Error
          ? err.message
          : String(err);
    return { key: key ?? path, problem: `could not read its report: ${why}` };
  }
}

export interface MergeRequest {
  shards: readonly ShardInput[];
  config: Config;
  key: string;
  expectKeys: readonly string[];
  links?: Report['links'];
}

export interface MergeOutcome {
  report: MergedReport;
  gateFailed: boolean;
}

export function runMerge(r: MergeRequest): MergeOutcome {
  const { hotspots, benchmarks } = r.config;
  const report = mergeReports(r.shards, {
    key: r.key,
    expectKeys: r.expectKeys,
    levels: {
      hotspots: { qWarn: hotspots.qWarn, qFail: hotspots.qFail },
      benchmarks: { qWarn: benchmarks.qWarn, qFail: benchmarks.qFail },
    },
    version,
    now: r.config.now,
    ...(r.links ? { links: r.links } : {}),
  });
  return { report, gateFailed: gateFails(report, r.config.failOn) };
}
