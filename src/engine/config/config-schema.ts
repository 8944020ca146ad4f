// The schema of perfgate.yml, as tables: one line per setting, one options table per health
// check (beside the check, `HealthCheck.options`). Every key and type is checked before anything
// is applied, and an unknown key names the nearest valid one (docs/reliability.md, "config").

import { z } from 'zod';
import { healthChecks } from '../../analysis/health/checks/index.js';
import { defaultLimits } from '../../model/limits.js';
import { nearestName } from './nearest-name.js';

const num = z.number(); // finite: YAML's .inf and .nan are refused
const probability = z.number().min(0).max(1);
const count = z.number().int().nonnegative();
const level = z.strictObject({ 'share-points': num, ratio: num }).partial();

const hotspots = z
  .strictObject({
    normalization: z.enum(['none', 'total', 'per-second']),
    warn: level,
    fail: level,
    'min-share-percent': num,
    'top-changes': count,
    'q-warn': probability,
    'q-fail': probability,
    'min-count-delta-per-run': num,
    'min-events-per-run': num,
    'default-dispersion': num,
    'prior-df': num,
    'cost-shift': z.enum(['on', 'off']),
    'run-consistency-p': probability,
    'run-consistency-fail-p': probability,
  })
  .partial();

const benchmarks = z
  .strictObject({
    'q-warn': probability,
    'q-fail': probability,
    floor: num,
    floors: z.record(z.string(), num),
    confidence: probability,
    'static-tolerance': num,
    'allocs-tolerance': num,
    'bytes-tolerance': num,
    'bytes-tolerance-ratio': num,
  })
  .partial();

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const limits = z
  .strictObject(Object.fromEntries(Object.keys(defaultLimits).map((k) => [kebab(k), z.number().positive()])))
  .partial();

const severity = z.enum(['off', 'info', 'warn', 'fail']);
const checkSettings = healthChecks.map((c) => [c.id, z.strictObject({ severity, ...c.options }).partial()]);
const checks = z.strictObject(Object.fromEntries(checkSettings)).partial();

export const configFileSchema = z
  .strictObject({
    'fail-on': z.enum(['fail', 'warn', 'never']),
    'go-version': z.union([z.string(), z.number()]),
    hotspots,
    benchmarks,
    limits,
    checks,
  })
  .partial();

/** Checks a parsed perfgate.yml; the message names the setting and, for a typo, the nearest valid name. */
export function configProblem(doc: unknown): string | undefined {
  const parsed = configFileSchema.safeParse(doc);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  if (!issue) return 'invalid';
  const at = issue.path.map(String).join('.');
  const prefix = at ? `${at}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(configFileSchema, issue.path);
    return issue.keys.map((key) => `${at ? `${at}.` : ''}${key}: unknown setting${hint(key, known)}`).join('; ');
  }
  if (issue.code === 'invalid_value' && typeof valueAt(doc, issue.path) === 'string') {
    const allowed = issue.values.map(String);
    return `${prefix}expected one of ${allowed.join(', ')}${hint(String(valueAt(doc, issue.path)), allowed)}`;
  }
  if (issue.code === 'invalid_type') return `${prefix}expected ${article(issue.expected)}`;
  return `${prefix}${issue.message}`;
}

function hint(name: string, known: readonly string[]): string {
  const nearest = nearestName(name, known);
  return nearest ? ` (did you mean ${nearest}?)` : known.length ? ` (known: ${known.join(', ')})` : '';
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** The setting names the schema knows at a path of the document. */
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType = schema;
  for (const key of path) {
    const next = childOf(node, key);
    if (!next) return [];
    node = next;
  }
  const object = unwrap(node);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

/** Every zod 4 schema carries its internals under `_zod`. */
function isSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function childOf(node: z.core.$ZodType, key: PropertyKey): z.core.$ZodType | undefined {
  const inner = unwrap(node);
  if (inner instanceof z.ZodObject && typeof key === 'string') {
    const child: unknown = inner.shape[key];
    return isSchema(child) ? child : undefined;
  }
  if (inner instanceof z.ZodArray) return inner.element;
  if (inner instanceof z.ZodRecord) return inner.valueType;
  return undefined;
}

function unwrap(node: z.core.$ZodType): z.core.$ZodType {
  return node instanceof z.ZodOptional ? unwrap(node.unwrap()) : node;
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value = doc;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Object.getOwnPropertyDescriptor(value, key)?.value;
  }
  return value;
}
