// trace.truncated: a Go trace that stops mid-batch (or breaks) was summarised only up to its
// last complete part; say so with the byte offset, on either side, since its counts are partial.

import type { Run } from '../../../model/artifact.js';
import { checkSeverity } from '../../../model/config.js';
import type { Finding, Severity } from '../../../model/finding.js';
import type { HealthCheck } from '../check.js';

const id = 'trace.truncated';

function truncatedTraces(runs: readonly Run[], severity: Severity): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    for (const a of run.artifacts) {
      if (a.content.type !== 'go-trace' || a.content.summary.truncatedAtOffset === undefined) continue;
      const offset = a.content.summary.truncatedAtOffset;
      findings.push({
        id,
        severity,
        title: `Go trace ${a.path} (${run.side}) is cut off at byte 0x${offset.toString(16)}; only the part before it was summarised`,
        subject: { kind: 'trace', key: a.path },
        evidence: { side: run.side, run: run.id, offset, diagnostics: a.diagnostics.map((d) => d.code) },
      });
    }
  }
  return findings;
}

export const traceTruncated: HealthCheck = {
  id,
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    return [...truncatedTraces(base, severity), ...truncatedTraces(head, severity)];
  },
};
