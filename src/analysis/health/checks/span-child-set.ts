// span.child-set-changed: a parent's typical children changed between base and head. For each
// parent label (service: name) with at least `minParents` spans on both sides, a child label that
// every base parent had and no head parent has is reported (a handler lost its database span).
// Runs without rules; `severity: off` silences it. Evidence: {parent, lostChildren, baseParents,
// headParents, examples: [{file, traceId, spanId, where, children}]}.

import { z } from 'zod';
import { checkNumber, checkSeverity } from '../../../model/config.js';
import type { Finding } from '../../../model/finding.js';
import type { HealthCheck } from '../check.js';
import { example, type Example, type FiledSpan, maxExamples, spanLabel, spanRuns } from './span-check-util.js';
import { SpanTree } from './span-tree.js';

const id = 'span.child-set-changed';

interface ParentChildren {
  parents: number;
  /** Child label → number of parents that have at least one such child. */
  withChild: Map<string, number>;
  examples: Example[];
}

export const spanChildSet: HealthCheck = {
  id,
  options: { 'min-parents': z.number().int().positive() },
  run({ base, head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const minParents = checkNumber(config, id, 'minParents', 3);
    const baseSets = childSets(spanRuns(base));
    const headSets = childSets(spanRuns(head));
    const out: Finding[] = [];
    for (const [parent, b] of baseSets) {
      const h = headSets.get(parent);
      if (!h || b.parents < minParents || h.parents < minParents) continue;
      const lost = [...b.withChild]
        .filter(([child, n]) => n === b.parents && !h.withChild.has(child))
        .map(([child]) => child);
      if (lost.length === 0) continue;
      lost.sort();
      const evidence = {
        parent,
        lostChildren: lost,
        baseParents: b.parents,
        headParents: h.parents,
        examples: h.examples,
      };
      const title = `${parent}: every base span had a child ${lost.join(', ')}; none of ${h.parents} head spans has`;
      out.push({ id, severity, title, subject: { kind: 'span', key: parent }, evidence });
    }
    return out;
  },
};

/** Per parent label over all runs of a side: how many parents, and how many have each child label. */
function childSets(runs: FiledSpan[][]): Map<string, ParentChildren> {
  const out = new Map<string, ParentChildren>();
  for (const spans of runs) {
    const tree = new SpanTree(spans);
    for (const parent of spans) {
      const children = tree.childrenOf(parent.span);
      const key = spanLabel(parent.span);
      let entry = out.get(key);
      if (!entry) {
        entry = { parents: 0, withChild: new Map(), examples: [] };
        out.set(key, entry);
      }
      entry.parents++;
      if (entry.examples.length < maxExamples) entry.examples.push(example(parent, { children: children.length }));
      const labels = new Set(children.map((c) => spanLabel(c.span)));
      for (const label of labels) entry.withChild.set(label, (entry.withChild.get(label) ?? 0) + 1);
    }
  }
  return out;
}
