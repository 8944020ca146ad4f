// False-discovery control across shards. Each shard ran Benjamini–Hochberg over its own tests,
// so k shards at q ≤ 0.05 each can hold k times the false discoveries of one. Over the union of
// the findings of all shards (hotspots and benchmarks, each a family with its own thresholds) a
// finding's q becomes max(its shard's q, the BH q of its p among the union's p-values), and a
// warn or fail whose q no longer passes its threshold is demoted. Merging never promotes: the
// effect floors, run-consistency and cost-shift checks were made in the shard against its q.

import { benjaminiHochberg } from '../analysis/stats/multiple-testing.js';
import type { Finding, Severity } from '../model/finding.js';

export interface FdrLevels {
  qWarn: number;
  qFail: number;
}

export interface UnionFdr {
  findings: Finding[];
  /** Tests in each family's union (findings with a p-value). */
  tests: { hotspot: number; benchmark: number };
  /** Findings whose severity went down, after the change (marked `evidence.demotedByMerge`). */
  demoted: Finding[];
}

interface Family {
  name: 'hotspot' | 'benchmark';
  levels: FdrLevels;
  member(f: Finding): boolean;
}

export function unionFdr(findings: readonly Finding[], levels: { hotspots: FdrLevels; benchmarks: FdrLevels }): UnionFdr {
  const families: Family[] = [
    { name: 'hotspot', levels: levels.hotspots, member: (f) => f.id === 'hotspot.regression' },
    { name: 'benchmark', levels: levels.benchmarks, member: (f) => f.subject.kind === 'benchmark' && f.id.startsWith('bench.') },
  ];
  const out = [...findings];
  const tests = { hotspot: 0, benchmark: 0 };
  const demoted: Finding[] = [];
  for (const family of families) {
    const members = out.flatMap((f, i) => (family.member(f) && tested(f) ? [i] : []));
    const q = benjaminiHochberg(members.map((i) => tested(out[i] as Finding)?.p as number));
    tests[family.name] = members.length;
    members.forEach((i, j) => {
      const before = out[i] as Finding;
      const after = retier(before, q[j] as number, family.levels);
      if (after.severity !== before.severity) demoted.push(after);
      out[i] = after;
    });
  }
  return { findings: out, tests, demoted };
}

/** The finding's p and shard q, when it carries a test. */
function tested(f: Finding): { p: number; q: number } | undefined {
  const stats = f.evidence['stats'] as Record<string, unknown> | null | undefined;
  if (!stats || typeof stats !== 'object') return undefined;
  const { p, q } = stats;
  if (typeof p !== 'number' || !(p >= 0 && p <= 1) || typeof q !== 'number' || !(q >= 0 && q <= 1)) return undefined;
  return { p, q };
}

function retier(f: Finding, unionQ: number, levels: FdrLevels): Finding {
  const { q: shardQ } = tested(f) as { p: number; q: number };
  const q = Math.max(shardQ, unionQ);
  let severity: Severity = f.severity;
  // Only a tier that the shard's q earned can be lost (a fixed-tolerance warn has no q to lose).
  if (severity === 'fail' && shardQ <= levels.qFail && q > levels.qFail) severity = 'warn';
  if (severity === 'warn' && shardQ <= levels.qWarn && q > levels.qWarn) severity = 'info';
  const stats = { ...(f.evidence['stats'] as Record<string, unknown>), q, qShard: shardQ };
  const evidence: Record<string, unknown> = { ...f.evidence, stats };
  if (f.subject.kind === 'benchmark' && q > levels.qWarn && evidence['improved'] !== true) evidence['significant'] = false;
  if (severity === f.severity) return { ...f, evidence };
  evidence['demotedByMerge'] = { from: f.severity, qShard: shardQ, q };
  const id = f.id === 'bench.regression' && severity === 'info' ? 'bench.comparison' : f.id;
  return { ...f, id, severity, evidence };
}
