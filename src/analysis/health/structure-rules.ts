// Reads `checks: span.structure: rules:` from the config into typed StructureRules, with an error
// that names the rule and key for anything unknown or mistyped (the engine turns it into a
// config error at load time), and matches spans against a SpanPattern (exact or glob names).

import type { Config } from '../../model/config.js';
import type { Severity } from '../../model/finding.js';
import type { Span, SpanKind } from '../../model/span-set.js';
import type { SpanPattern, StructureRule, StructureScope } from '../../model/structure-rule.js';

export const structureCheckId = 'span.structure';

export class StructureRuleError extends Error {
  override name = 'StructureRuleError';
}

const kinds: readonly SpanKind[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
const ruleKeys = ['name', 'parent', 'child', 'scope', 'min', 'max', 'severity'];
const patternKeys = ['service', 'name', 'kind', 'attributes'];

/** The rules of the config; throws StructureRuleError naming `at` and the offending key. */
export function structureRules(config: Config, at = `checks.${structureCheckId}.rules`): StructureRule[] {
  const value = config.checks[structureCheckId]?.['rules'];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new StructureRuleError(`${at}: expected a list of rules`);
  return value.map((rule, i) => parseRule(rule, i, `${at}[${i}]`));
}

function parseRule(value: unknown, index: number, at: string): StructureRule {
  const o = mapping(value, at, ruleKeys);
  const rule: StructureRule = {
    name: o['name'] === undefined ? `rule ${index + 1}` : text(o['name'], `${at}.name`),
    parent: pattern(o['parent'], `${at}.parent`),
    child: pattern(o['child'], `${at}.child`),
    scope: scope(o['scope'], `${at}.scope`),
  };
  if (o['min'] !== undefined) rule.min = count(o['min'], `${at}.min`);
  if (o['max'] !== undefined) rule.max = count(o['max'], `${at}.max`);
  if (rule.min === undefined && rule.max === undefined) throw new StructureRuleError(`${at}: needs min or max`);
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    throw new StructureRuleError(`${at}: min ${rule.min} is above max ${rule.max}`);
  }
  if (o['severity'] !== undefined) rule.severity = severity(o['severity'], `${at}.severity`);
  return rule;
}

function pattern(value: unknown, at: string): SpanPattern {
  const o = mapping(value ?? {}, at, patternKeys);
  const out: SpanPattern = {};
  if (o['service'] !== undefined) out.service = text(o['service'], `${at}.service`);
  if (o['name'] !== undefined) out.name = text(o['name'], `${at}.name`);
  if (o['kind'] !== undefined) out.kind = spanKinds(o['kind'], `${at}.kind`);
  if (o['attributes'] !== undefined) out.attributes = attributes(o['attributes'], `${at}.attributes`);
  return out;
}

function mapping(value: unknown, at: string, known: readonly string[]): Record<string, unknown> {
  if (!isMapping(value)) throw new StructureRuleError(`${at}: expected a mapping`);
  const o = value;
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) throw new StructureRuleError(`${at}.${key}: unknown key (known: ${known.join(', ')})`);
  }
  return o;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw new StructureRuleError(`${at}: expected a non-empty string`);
  return value;
}

function count(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new StructureRuleError(`${at}: expected a whole number ≥ 0`);
  }
  return value;
}

function scope(value: unknown, at: string): StructureScope {
  if (value === undefined || value === 'child') return 'child';
  if (value === 'descendant') return 'descendant';
  throw new StructureRuleError(`${at}: expected child or descendant`);
}

function severity(value: unknown, at: string): Severity {
  if (value === 'info' || value === 'warn' || value === 'fail') return value;
  throw new StructureRuleError(`${at}: expected info, warn or fail`);
}

function spanKinds(value: unknown, at: string): SpanKind[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((k, i) => {
    const kind = typeof k === 'string' ? k.toLowerCase() : '';
    const found = kinds.find((known) => known === kind);
    const where = Array.isArray(value) ? `${at}[${i}]` : at;
    if (!found) throw new StructureRuleError(`${where}: expected one of ${kinds.join(', ')}`);
    return found;
  });
}

function attributes(value: unknown, at: string): Record<string, string | number | boolean> {
  if (!isMapping(value)) throw new StructureRuleError(`${at}: expected a mapping`);
  const out: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new StructureRuleError(`${at}.${key}: expected "*", a string, a number or a boolean`);
    }
    out[key] = v;
  }
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Does the span match every field the pattern gives? */
export function matchesPattern(span: Span, p: SpanPattern): boolean {
  if (p.service !== undefined && !globMatch(p.service, span.service)) return false;
  if (p.name !== undefined && !globMatch(p.name, span.name)) return false;
  if (p.kind !== undefined && !p.kind.includes(span.kind)) return false;
  for (const [key, want] of Object.entries(p.attributes ?? {})) {
    const have = span.attributes[key];
    if (have === undefined || have === null) return false;
    const text = typeof have === 'string' ? have : JSON.stringify(have);
    if (typeof want === 'string' ? !globMatch(want, text) : have !== want) return false;
  }
  return true;
}

/** `*` matches any run of characters, `?` one; everything else literally. Linear-time, no regex. */
export function globMatch(glob: string, value: string): boolean {
  let g = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === value[v])) {
      g++;
      v++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = v;
    } else if (star >= 0) {
      g = star + 1;
      v = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** A short text for a pattern, for titles: `checkout server "GET /api/v2/*"`. */
export function describePattern(p: SpanPattern): string {
  const parts: string[] = [];
  if (p.service !== undefined) parts.push(p.service);
  if (p.kind !== undefined) parts.push(p.kind.join('|'));
  if (p.name !== undefined) parts.push(`"${p.name}"`);
  for (const [key, want] of Object.entries(p.attributes ?? {})) {
    parts.push(want === '*' ? `[${key}]` : `[${key}=${String(want)}]`);
  }
  return parts.length > 0 ? parts.join(' ') : 'any span';
}
