// Reads perfgate.yml (kebab-case keys) over the defaults. The whole document is checked against
// its schema first (config-schema.ts): unknown keys, check ids and check options and wrong types
// are errors that name the key and the nearest valid one, so a typo never silently changes what
// the gate does.

import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { defaultConfig, type CheckConfig, type Config } from '../../model/config.js';
import { structureRules } from '../../analysis/health/structure-rules.js';
import { configProblem } from './config-schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const camel = (key: string): string => key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export async function loadConfig(path: string | undefined, now: string): Promise<Config> {
  const config = defaultConfig(now);
  if (!path) return config;
  let doc: unknown;
  try {
    doc = parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return applyConfig(config, doc ?? {}, path);
}

export function applyConfig(config: Config, doc: unknown, where: string): Config {
  const problem = configProblem(doc);
  if (problem !== undefined) throw new ConfigError(`${where}: ${problem}`);
  const root = asObject(doc, where);
  for (const [key, value] of Object.entries(root)) {
    const at = `${where}: ${key}`;
    if (key === 'fail-on') config.failOn = oneOf(value, ['fail', 'warn', 'never'] as const, at);
    else if (key === 'go-version') config.goVersion = String(value);
    else if (key === 'hotspots') {
      mergeNumbers(config.hotspots as unknown as Record<string, unknown>, value, at);
      oneOf(config.hotspots.normalization, ['none', 'total', 'per-second'] as const, `${at}.normalization`);
      oneOf(config.hotspots.costShift, ['on', 'off'] as const, `${at}.cost-shift`);
    } else if (key === 'benchmarks') config.benchmarks = benchmarks(config.benchmarks, value, at);
    else if (key === 'limits') mergeNumbers(config.limits as unknown as Record<string, unknown>, value, at);
    else if (key === 'checks') config.checks = checks(value, at);
    else
      throw new ConfigError(
        `${at}: unknown setting (known: fail-on, go-version, hotspots, benchmarks, limits, checks)`,
      );
  }
  checkStructureRules(config, where);
  return config;
}

/** `checks: span.structure: rules:` are read when the check runs; a mistake in them fails here. */
function checkStructureRules(config: Config, where: string): void {
  try {
    structureRules(config);
  } catch (err) {
    throw new ConfigError(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function asObject(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${at}: expected a mapping`);
  return value as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${at}: expected one of ${allowed.join(', ')}`);
}

/** Merges a mapping into a settings object whose leaves are numbers, strings or nested mappings. */
function mergeNumbers(target: Record<string, unknown>, value: unknown, at: string): void {
  for (const [key, v] of Object.entries(asObject(value, at))) {
    const name = camel(key);
    const current = target[name];
    if (current === undefined) throw new ConfigError(`${at}.${key}: unknown setting`);
    if (typeof current === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new ConfigError(`${at}.${key}: expected a number`);
      target[name] = v;
    } else if (typeof current === 'string') {
      if (typeof v !== 'string') throw new ConfigError(`${at}.${key}: expected a string`);
      target[name] = v;
    } else {
      mergeNumbers(current as Record<string, unknown>, v, `${at}.${key}`);
    }
  }
}

/** `benchmarks:` numbers, plus `floors:` keyed by benchmark name (names keep their case). */
function benchmarks(current: Config['benchmarks'], value: unknown, at: string): Config['benchmarks'] {
  const { floors, ...rest } = asObject(value, at);
  const next = { ...current, floors: { ...current.floors } };
  mergeNumbers(next, rest, at);
  if (floors !== undefined) {
    for (const [name, v] of Object.entries(asObject(floors, `${at}.floors`))) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new ConfigError(`${at}.floors.${name}: expected a number`);
      next.floors[name] = v;
    }
  }
  return next;
}

function checks(value: unknown, at: string): Record<string, CheckConfig> {
  const out: Record<string, CheckConfig> = {};
  for (const [id, options] of Object.entries(asObject(value, at))) {
    const entry: CheckConfig = {};
    for (const [key, v] of Object.entries(asObject(options, `${at}.${id}`))) {
      if (key === 'severity')
        entry.severity = oneOf(v, ['off', 'info', 'warn', 'fail'] as const, `${at}.${id}.severity`);
      else entry[camel(key)] = v;
    }
    out[id] = entry;
  }
  return out;
}
