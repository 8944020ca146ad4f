// The Action's collect step (inputs collect-*): before recording or comparing, take the
// profiles of a running service from its net/http/pprof endpoints into collect-out, where the
// artifacts globs find them. A profile that cannot be collected is a warning naming the URL;
// the rest are kept and the gate goes on. A header from the environment is masked.

import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { collectFromService } from '../engine/collect-http/collect.js';
import { isProfileName, type ProfileName } from '../engine/collect-http/endpoints.js';
import { defaultLimits } from '../model/limits.js';
import { sanitizeText } from '../report/escape.js';

export async function runCollectStep(): Promise<void> {
  const url = core.getInput('collect-url');
  if (!url) return;
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new Error('input collect-url must be http:// or https://');
  const caFile = core.getInput('collect-ca-file');
  const items = await collectFromService({
    url: target,
    prefix: core.getInput('collect-prefix') || '/debug/pprof',
    profiles: profiles(core.getInput('collect-profiles')),
    seconds: seconds('collect-seconds', core.getInput('collect-seconds') || '10', 1),
    traceSeconds: seconds('collect-trace-seconds', core.getInput('collect-trace-seconds') || '0', 0),
    headers: header(core.getInput('collect-header-env')),
    ...(caFile ? { ca: await readFile(caFile, 'utf8') } : {}),
    timeoutSeconds: seconds('collect-timeout', core.getInput('collect-timeout') || '30', 1),
    outDir: core.getInput('collect-out') || 'perfgate-collect',
    limits: defaultLimits,
    progress: (line) => core.info(line),
  });
  // core.warning escapes the workflow command itself; escaping here too would show %25 for %.
  for (const item of items.filter((i) => !i.ok))
    core.warning(sanitizeText(`perfgate collect: ${item.name} from ${item.url}: ${item.error ?? 'failed'}`, 2000));
}

function profiles(text: string): ProfileName[] {
  const names = (text || 'cpu,heap,allocs,block,mutex,goroutine')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const known: ProfileName[] = [];
  for (const name of names) {
    if (!isProfileName(name)) throw new Error(`input collect-profiles: unknown profile '${name}'`);
    known.push(name);
  }
  return known;
}

function seconds(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > 3600)
    throw new Error(`input ${name} must be seconds from ${min} to 3600`);
  return value;
}

/** One header from the environment variable named by collect-header-env, masked in the log. */
function header(variable: string): Record<string, string> {
  if (!variable) return {};
  const line = process.env[variable];
  if (line === undefined) throw new Error(`input collect-header-env: environment variable ${variable} is not set`);
  const colon = line.indexOf(':');
  if (colon <= 0) throw new Error(`the value of ${variable} must look like 'Name: value'`);
  const value = line.slice(colon + 1).trim();
  if (value) core.setSecret(value);
  return { [line.slice(0, colon).trim()]: value };
}
