// runner.cpu-differs: base and head ran on different CPU models (their fingerprints say so), so
// time-like differences mix the code's change with the machines'. Info: it explains, it does not gate.

import type { Finding } from '../model/finding.js';
import { describeFingerprint, sameCpuModel } from '../model/runner-fingerprint.js';
import type { AnalysisContext } from './analysis-context.js';

export function runnerFindings(context: AnalysisContext): Finding[] {
  const { baseFingerprint: base, headFingerprint: head } = context;
  if (sameCpuModel(base, head) !== false) return [];
  const note = context.crossJob && context.history ? ' The between-job noise of the history covers such draws.' : '';
  return [
    {
      id: 'runner.cpu-differs',
      severity: 'info',
      title: `Base and head ran on different CPU models (base ${base?.cpuModel ?? '?'}, head ${head?.cpuModel ?? '?'}): time units compare machines as well as code.${note}`,
      subject: { kind: 'run', key: 'runner' },
      evidence: {
        base: base ? { ...base } : null,
        head: head ? { ...head } : null,
        baseRunner: describeFingerprint(base),
        headRunner: describeFingerprint(head),
      },
    },
  ];
}
