// Expected trace structure (`span.structure` rules in perfgate.yml, README "Trace structure"): a
// parent pattern, the children it must or must not have, with min/max counts per parent, looked
// for among direct children or among all descendants.

import type { Severity } from './finding.js';
import type { SpanKind } from './span-set.js';

/** What a span must look like to match; every field given must match. */
export interface SpanPattern {
  /** `service.name`: exact, or a glob with `*` and `?`. */
  service?: string;
  /** Span name: exact, or a glob. */
  name?: string;
  /** One of the span kinds, or several. */
  kind?: SpanKind[];
  /** Attribute key → `"*"` (set, any value), a glob for strings, or an exact number or boolean. */
  attributes?: Record<string, string | number | boolean>;
}

export type StructureScope = 'child' | 'descendant';

export interface StructureRule {
  /** Names the rule in findings; `rule N` when the user gave none. */
  name: string;
  parent: SpanPattern;
  child: SpanPattern;
  scope: StructureScope;
  /** Fewest matching children each parent must have. */
  min?: number;
  /** Most matching children each parent may have. */
  max?: number;
  /** Severity of this rule's findings; the check's severity when absent. */
  severity?: Severity;
}
