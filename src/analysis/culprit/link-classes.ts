// Links each runtime cost class row to what explains it: the health findings about the GC and
// goroutines (for the GC classes) and the user functions whose allocations rose.

import type { Finding } from '../../model/finding.js';
import type { CostClassEvidence } from '../../model/attribution-evidence.js';

const gcHealth = ['gc.frequency', 'goroutine.leak', 'gc.stw-max'];

export function linkCostClasses(findings: readonly Finding[]): void {
  const health = gcHealth.filter((id) => findings.some((f) => f.id === id && f.severity !== 'info'));
  const allocators = new Set<string>();
  for (const f of findings) {
    if (f.id !== 'hotspot.regression' || f.severity === 'info') continue;
    const kind = f.evidence.profileKind;
    if ((kind === 'allocs' || kind === 'heap') && f.evidence.attribution) allocators.add(f.subject.key);
  }
  for (const f of findings) {
    const cls: CostClassEvidence | undefined = f.id === 'hotspot.regression' ? f.evidence.costClass : undefined;
    if (!cls) continue;
    const gc = cls.id.startsWith('gc') || cls.id === 'scavenge';
    if (gc) cls.health = health;
    if (gc || cls.id === 'allocation') cls.allocators = [...allocators];
  }
}
