// span.required-attributes: attributes every team requires, as rules in perfgate.yml
// (`checks: span.required-attributes: attributes: [...]`, replacing the defaults below). A rule picks
// the resource or spans (by kind and by attributes or `prefix.` they carry) and lists what they must
// have; `a|b` accepts either. Defaults follow the OpenTelemetry semantic conventions.

import { z } from 'zod';
import { checkSeverity, type Config } from '../../../model/config.js';
import type { Span } from '../../../model/span-set.js';
import type { HealthCheck } from '../check.js';
import { example, FindingGroups, plural, spanLabel, spanRuns } from './span-check-util.js';

const id = 'span.required-attributes';

export interface AttributeRule {
  /** `resource`: the service's resource attributes; `span` (default): the span's own. */
  scope?: 'resource' | 'span';
  kind?: Span['kind'];
  /** The rule applies to spans carrying any of these attributes (`http.` = any key with that prefix). */
  having?: string[];
  require: string[];
}

export const defaultAttributeRules: AttributeRule[] = [
  { scope: 'resource', require: ['service.name', 'service.version'] }, // every service
  { kind: 'server', having: ['http.', 'url.'], require: ['http.route', 'http.request.method|http.method'] }, // HTTP servers
  { kind: 'client', having: ['db.system', 'db.system.name'], require: ['db.statement|db.query.text'] }, // database clients
];

const attributeRuleOption = z.strictObject({
  scope: z.enum(['resource', 'span']).optional(),
  kind: z.enum(['unspecified', 'internal', 'server', 'client', 'producer', 'consumer']).optional(),
  having: z.array(z.string()).optional(),
  require: z.array(z.string()),
});

export const spanRequiredAttributes: HealthCheck = {
  id,
  options: { attributes: z.array(attributeRuleOption) },
  run({ head, config }) {
    const severity = checkSeverity(config, id, 'warn');
    if (!severity) return [];
    const rules = configuredRules(config);
    const groups = new FindingGroups();
    for (const spans of spanRuns(head)) {
      for (const s of spans) {
        for (const rule of rules) {
          const missing = missingFor(rule, s.span);
          if (missing.length === 0) continue;
          const resource = rule.scope === 'resource';
          groups.add(
            resource ? 'service' : 'span',
            resource ? s.span.service : spanLabel(s.span),
            example(s, { missing: missing.join(', ') }),
            resource ? { missingResource: missing } : { missingSpan: missing },
          );
        }
      }
    }
    return groups.findings(id, severity, (key, n, d) => `${key} lacks ${missingText(d)} (${plural(n, 'span')})`);
  },
};

function configuredRules(config: Config): AttributeRule[] {
  const value = config.checks[id]?.['attributes'];
  if (!Array.isArray(value)) return defaultAttributeRules;
  return value.filter(
    (r): r is AttributeRule => typeof r === 'object' && r !== null && Array.isArray((r as AttributeRule).require),
  );
}

function missingFor(rule: AttributeRule, span: Span): string[] {
  const attributes = rule.scope === 'resource' ? span.resourceAttributes : span.attributes;
  if (rule.scope !== 'resource' && !applies(rule, span)) return [];
  return rule.require.filter(
    (alternatives) => !alternatives.split('|').some((key) => attributes[key.trim()] !== undefined),
  );
}

function applies(rule: AttributeRule, span: Span): boolean {
  if (rule.kind !== undefined && rule.kind !== span.kind) return false;
  if (!rule.having || rule.having.length === 0) return true;
  const keys = Object.keys(span.attributes);
  return rule.having.some((h) =>
    h.endsWith('.') ? keys.some((k) => k.startsWith(h)) : span.attributes[h] !== undefined,
  );
}

function missingText(details: Record<string, unknown>): string {
  const resource = details['missingResource'] as string[] | undefined;
  const span = details['missingSpan'] as string[] | undefined;
  const parts = [
    ...(resource ? [`resource attribute ${resource.join(', ')}`] : []),
    ...(span ? [span.join(', ')] : []),
  ];
  return parts.join('; ');
}
