// trace.header-version: each trace header must be one the Go toolchain that ran writes
// (config.goVersion, from perfgate.yml or go.mod), and base and head should share a header
// version, since metrics of different trace formats are not directly comparable.

import { checkSeverity } from '../../../model/config.js';
import type { Finding } from '../../../model/finding.js';
import { goTraceSummaries } from '../../../model/go-trace-summary.js';
import type { HealthCheck } from '../check.js';

const id = 'trace.header-version';

/** `1.23.4`, `go1.23`, `1.23rc1` → `1.23`. */
export function goMinorVersion(version: string): string | undefined {
  const m = /(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

export const traceHeaderVersion: HealthCheck = {
  id,
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const findings: Finding[] = [];
    const heads = goTraceSummaries(head);
    const go = config.goVersion === undefined ? undefined : goMinorVersion(config.goVersion);
    for (const t of heads) {
      if (go === undefined || t.summary.writtenBy.includes(go)) continue;
      findings.push({
        id,
        severity,
        title: `Trace header go ${t.summary.headerVersion} is not written by Go ${go} (written by ${t.summary.writtenBy.join(', ')})`,
        subject: { kind: 'trace', key: t.path },
        evidence: {
          headerVersion: t.summary.headerVersion,
          writtenBy: t.summary.writtenBy,
          goVersion: config.goVersion ?? null,
        },
      });
    }
    const baseVersions = new Set(goTraceSummaries(base).map((t) => t.summary.headerVersion));
    const headVersions = new Set(heads.map((t) => t.summary.headerVersion));
    const same = baseVersions.size === headVersions.size && [...baseVersions].every((v) => headVersions.has(v));
    if (baseVersions.size > 0 && headVersions.size > 0 && !same) {
      findings.push({
        id,
        severity,
        title: `Base and head traces have different header versions (${[...baseVersions].join(', ')} vs ${[...headVersions].join(', ')}); their metrics are not directly comparable`,
        subject: { kind: 'trace', key: 'base-vs-head' },
        evidence: { base: [...baseVersions].sort(), head: [...headVersions].sort() },
      });
    }
    return findings;
  },
};
