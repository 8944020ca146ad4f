// False-discovery control across shards. Each shard ran Benjamini–Hochberg over its own tests,
// so k shards at q ≤ 0.05 each can hold k times the false discoveries of one. Over the union of
// the findings of all shards (hotspots and benchmarks, each a family with its own thresholds) a
// finding's q becomes max(its shard's q, the BH q of its p among the union's p-values), and a
// warn or fail whose q no longer passes its threshold is demoted. Merging never promotes: the
// effect floors, run-consistency and cost-shift checks were made in the shard against its q.

import { benjaminiHochberg } from './multiple-testing.js';
import { isBenchFinding, type Finding, type Severity } from '../../model/finding.js';

export interface FdrLevels {
  qWarn: number;
  qFail: number;
}

export interface UnionFdr {
  findings: Finding[];
  /** Tests in each family's union (findings with a p-value). */
  tests: { hotspot: number; benchmark: number };
  /** Findings whose severity went down, after the change (marked `demotedByMerge`). */
  demoted: Finding[];
}

interface Family {
  name: 'hotspot' | 'benchmark';
  levels: FdrLevels;
  member(f: Finding): boolean;
}

export function unionFdr(
  findings: readonly Finding[],
  levels: { hotspots: FdrLevels; benchmarks: FdrLevels },
): UnionFdr {
  const families: Family[] = [
    { name: 'hotspot', levels: levels.hotspots, member: (f) => f.id === 'hotspot.regression' },
    {
      name: 'benchmark',
      levels: levels.benchmarks,
      member: (f) => f.subject.kind === 'benchmark' && f.id.startsWith('bench.'),
    },
  ];
  const out = [...findings];
  const tests = { hotspot: 0, benchmark: 0 };
  const demoted: Finding[] = [];
  for (const family of families) {
    const members: { index: number; finding: Finding; p: number }[] = [];
    out.forEach((finding, index) => {
      const test = family.member(finding) ? tested(finding) : undefined;
      if (test) members.push({ index, finding, p: test.p });
    });
    const q = benjaminiHochberg(members.map((m) => m.p));
    tests[family.name] = members.length;
    members.forEach((m, j) => {
      const after = retier(m.finding, q[j] ?? 1, family.levels);
      if (after.severity !== m.finding.severity) demoted.push(after);
      out[m.index] = after;
    });
  }
  return { findings: out, tests, demoted };
}

/** The finding's p and shard q, when it carries a test. */
function tested(f: Finding): { p: number; q: number } | undefined {
  const stats = f.id === 'hotspot.regression' || isBenchFinding(f) ? f.evidence.stats : null;
  if (!stats) return undefined;
  const { p, q } = stats;
  if (!(p >= 0 && p <= 1) || !(q >= 0 && q <= 1)) return undefined;
  return { p, q };
}

function retier(f: Finding, unionQ: number, levels: FdrLevels): Finding {
  const shard = tested(f);
  if (!shard) return f;
  const q = Math.max(shard.q, unionQ);
  let severity: Severity = f.severity;
  // Only a tier that the shard's q earned can be lost (a fixed-tolerance warn has no q to lose).
  if (severity === 'fail' && shard.q <= levels.qFail && q > levels.qFail) severity = 'warn';
  if (severity === 'warn' && shard.q <= levels.qWarn && q > levels.qWarn) severity = 'info';
  const demoted = severity === f.severity ? {} : { severity, demotedByMerge: { from: f.severity, qShard: shard.q, q } };
  if (f.id === 'hotspot.regression' && f.evidence.stats) {
    return { ...f, ...demoted, evidence: { ...f.evidence, stats: { ...f.evidence.stats, q, qShard: shard.q } } };
  }
  if (isBenchFinding(f) && f.evidence.stats) {
    const significant = q > levels.qWarn && !f.evidence.improved ? false : f.evidence.significant;
    const evidence = { ...f.evidence, significant, stats: { ...f.evidence.stats, q, qShard: shard.q } };
    const id = f.id === 'bench.regression' && severity === 'info' ? 'bench.comparison' : f.id;
    return { ...f, ...demoted, id, evidence };
  }
  return f;
}
