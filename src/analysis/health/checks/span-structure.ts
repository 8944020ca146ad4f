// span.structure: the user's rules of expected trace structure (perfgate.yml `checks:
// span.structure: rules:`, README "Trace structure"). Per rule and head run, every span that
// matches the parent pattern is counted against min/max of its matching children (direct, or
// any descendant). A finding names the rule, the offending parents per run and the first examples.
// Evidence: {rule, parent, child, scope, min, max, offending, parents, runs: [{run, parents, offending}],
// examples: [{file, traceId, spanId, where, matchingChildren}]}.

import { z } from 'zod';
import { checkSeverity } from '../../../model/config.js';
import type { Finding, Severity } from '../../../model/finding.js';
import type { StructureRule } from '../../../model/structure-rule.js';
import type { HealthCheck } from '../check.js';
import { describePattern, matchesPattern, structureCheckId as id, structureRules } from '../structure-rules.js';
import { example, type Example, type FiledSpan, maxExamples, plural, spanRuns } from './span-check-util.js';
import { SpanTree } from './span-tree.js';

type RunCount = {
  run: string;
  parents: number;
  offending: number;
};

export const spanStructure: HealthCheck = {
  id,
  // The rules themselves are checked when the config loads (structure-rules.ts), naming rule and key.
  options: { rules: z.array(z.unknown()) },
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'fail');
    if (!severity) return [];
    let rules: StructureRule[];
    try {
      rules = structureRules(config);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const title = `rules could not be read: ${message}`;
      return [{ id, severity: 'fail', title, subject: { kind: 'run', key: 'rules' }, evidence: { error: message } }];
    }
    if (rules.length === 0) return [];
    const runs = head.map((run, i) => ({ id: run.id || `run ${i + 1}`, spans: spanRuns([run])[0] ?? [] }));
    const trees = runs.filter((r) => r.spans.length > 0).map((r) => ({ id: r.id, tree: new SpanTree(r.spans) }));
    const out: Finding[] = [];
    for (const rule of rules) {
      const finding = checkRule(rule, trees, rule.severity ?? severity);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function checkRule(
  rule: StructureRule,
  runs: { id: string; tree: SpanTree }[],
  severity: Severity,
): Finding | undefined {
  const perRun: RunCount[] = [];
  const examples: Example[] = [];
  for (const { id: run, tree } of runs) {
    const count: RunCount = { run, parents: 0, offending: 0 };
    const below = rule.scope === 'descendant' ? tree.matchingBelow((s) => matchesPattern(s, rule.child)) : undefined;
    for (const parent of tree.spans) {
      if (!matchesPattern(parent.span, rule.parent)) continue;
      count.parents++;
      const n = below ? (below.get(parent.span) ?? 0) : matchingChildren(rule, tree, parent);
      if ((rule.min === undefined || n >= rule.min) && (rule.max === undefined || n <= rule.max)) continue;
      count.offending++;
      if (examples.length < maxExamples) examples.push(example(parent, { matchingChildren: n }));
    }
    perRun.push(count);
  }
  const offending = perRun.reduce((sum, r) => sum + r.offending, 0);
  if (offending === 0) return undefined;
  const parents = perRun.reduce((sum, r) => sum + r.parents, 0);
  const expected = expectation(rule);
  const title =
    `${rule.name}: ${offending} of ${plural(parents, 'parent')} (${describePattern(rule.parent)}) ` +
    `${expected}, per run ${perRun.map((r) => r.offending).join(', ')}`;
  const evidence = {
    rule: rule.name,
    parent: describePattern(rule.parent),
    child: describePattern(rule.child),
    scope: rule.scope,
    min: rule.min ?? null,
    max: rule.max ?? null,
    offending,
    parents,
    runs: perRun,
    examples,
  };
  return { id, severity, title, subject: { kind: 'span', key: rule.name }, evidence };
}

function matchingChildren(rule: StructureRule, tree: SpanTree, parent: FiledSpan): number {
  let n = 0;
  for (const c of tree.childrenOf(parent.span)) if (matchesPattern(c.span, rule.child)) n++;
  return n;
}

/** "have no …" / "have fewer than 2 …" / "have more than 10 …" / "have outside 1..3 …". */
function expectation(rule: StructureRule): string {
  const what = `${rule.scope === 'descendant' ? 'descendants' : 'children'} ${describePattern(rule.child)}`;
  if (rule.max === undefined) return rule.min === 1 ? `have no ${what}` : `have fewer than ${rule.min ?? 0} ${what}`;
  if (rule.min === undefined || rule.min === 0) return `have more than ${rule.max} ${what}`;
  return `have outside ${rule.min}..${rule.max} ${what}`;
}
