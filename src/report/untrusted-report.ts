// Checks a report.json that came from another workflow run or job (a fork's pull request can
// write any bytes into it) before it is rendered: every field the markdown renderer prints is
// checked for its type, and strings are only ever rendered through escape.ts. Used by the
// Action's comment and merge modes and by `perfgate merge`.

import { reportSchemaVersion, type Report } from './report.js';

type Obj = Record<string, unknown>;
const verdicts = ['pass', 'warn', 'fail', 'inconclusive'];
const severities = ['info', 'warn', 'fail'];

export class UntrustedReportError extends Error {}

export function parseUntrustedReport(text: string): Report {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UntrustedReportError('report.json is not JSON');
  }
  const r = obj(doc, 'report');
  if (r['schemaVersion'] !== reportSchemaVersion) throw new UntrustedReportError(`report.json has schema version ${String(r['schemaVersion'])}, expected ${reportSchemaVersion}`);
  oneOf(r['verdict'], verdicts, 'verdict');
  str(r['key'], 'key');
  str(obj(r['tool'], 'tool')['version'], 'tool.version');
  const summary = obj(r['summary'], 'summary');
  for (const k of ['baseRuns', 'headRuns', 'fail', 'warn', 'info']) num(summary[k], `summary.${k}`);
  arr(r['reasons'], 'reasons').forEach((x, i) => str(x, `reasons[${i}]`));
  arr(r['findings'], 'findings').forEach((f, i) => finding(f, `findings[${i}]`));
  arr(r['comparisons'], 'comparisons').forEach((c, i) => comparison(c, `comparisons[${i}]`));
  arr(r['inputs'], 'inputs').forEach((x, i) => {
    const input = obj(x, `inputs[${i}]`);
    str(input['path'], `inputs[${i}].path`);
    if (input['error'] !== null && input['error'] !== undefined) {
      const e = obj(input['error'], `inputs[${i}].error`);
      for (const k of ['code', 'message', 'where']) str(e[k], `inputs[${i}].error.${k}`);
    }
  });
  arr(r['diagnostics'], 'diagnostics').forEach((x, i) => {
    const d = obj(x, `diagnostics[${i}]`);
    for (const k of ['code', 'message', 'path']) str(d[k], `diagnostics[${i}].${k}`);
    if (d['where'] !== undefined) str(d['where'], `diagnostics[${i}].where`);
    num(d['count'], `diagnostics[${i}].count`);
  });
  return { ...(r as unknown as Report), links: {} };
}

function finding(x: unknown, at: string): void {
  const f = obj(x, at);
  str(f['id'], `${at}.id`);
  oneOf(f['severity'], severities, `${at}.severity`);
  str(f['title'], `${at}.title`);
  str(obj(f['subject'], `${at}.subject`)['key'], `${at}.subject.key`);
  const e = obj(f['evidence'], `${at}.evidence`);
  if (e['caveats'] !== undefined) arr(e['caveats'], `${at}.evidence.caveats`).forEach((c, i) => str(c, `${at}.evidence.caveats[${i}]`));
  if (f['subject'] && (f['subject'] as Obj)['kind'] === 'benchmark' && e['unit'] !== undefined) return benchEvidence(e, at);
  if (f['id'] !== 'hotspot.regression') return;
  str(e['profileKind'], `${at}.evidence.profileKind`);
  str(e['sampleType'], `${at}.evidence.sampleType`);
  oneOf(e['metric'], ['flat', 'cum'], `${at}.evidence.metric`);
  num(obj(e['base'], `${at}.evidence.base`)['sharePercent'], `${at}.evidence.base.sharePercent`);
  num(obj(e['head'], `${at}.evidence.head`)['sharePercent'], `${at}.evidence.head.sharePercent`);
  num(obj(e['change'], `${at}.evidence.change`)['sharePoints'], `${at}.evidence.change.sharePoints`);
  if (e['stats'] !== null) {
    const s = obj(e['stats'], `${at}.evidence.stats`);
    for (const k of ['effect', 'effectLow', 'effectHigh', 'p', 'q', 'qStrict', 'nBase', 'nHead']) num(s[k], `${at}.evidence.stats.${k}`);
  }
}

/** The fields the benchmark table prints (and the merge reads). */
function benchEvidence(e: Obj, at: string): void {
  str(e['unit'], `${at}.evidence.unit`);
  for (const side of ['base', 'head']) {
    const s = obj(e[side], `${at}.evidence.${side}`);
    num(s['median'], `${at}.evidence.${side}.median`);
    arr(s['values'], `${at}.evidence.${side}.values`).forEach((v, i) => num(v, `${at}.evidence.${side}.values[${i}]`));
  }
  num(obj(e['change'], `${at}.evidence.change`)['ratio'], `${at}.evidence.change.ratio`);
  if (e['stats'] !== null && e['stats'] !== undefined) {
    const s = obj(e['stats'], `${at}.evidence.stats`);
    for (const k of ['effect', 'effectLow', 'effectHigh', 'p', 'q', 'nBase', 'nHead']) num(s[k], `${at}.evidence.stats.${k}`);
  }
}

function comparison(x: unknown, at: string): void {
  const c = obj(x, at);
  for (const k of ['profileKind', 'sampleType', 'unit']) str(c[k], `${at}.${k}`);
  for (const k of ['baseRuns', 'headRuns']) num(c[k], `${at}.${k}`);
  arr(c['topChanges'], `${at}.topChanges`).forEach((y, i) => {
    const row = obj(y, `${at}.topChanges[${i}]`);
    str(row['function'], `${at}.topChanges[${i}].function`);
    for (const k of ['baseFlat', 'headFlat', 'flatSharePoints', 'cumSharePoints']) num(row[k], `${at}.topChanges[${i}].${k}`);
    if (typeof row['significant'] !== 'boolean') throw new UntrustedReportError(`${at}.topChanges[${i}].significant: expected a boolean`);
  });
}

function obj(x: unknown, at: string): Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new UntrustedReportError(`${at}: expected an object`);
  return x as Obj;
}
function arr(x: unknown, at: string): unknown[] {
  if (!Array.isArray(x)) throw new UntrustedReportError(`${at}: expected an array`);
  return x;
}
function str(x: unknown, at: string): void {
  if (typeof x !== 'string') throw new UntrustedReportError(`${at}: expected a string`);
}
/** A number, or null/absent (non-finite numbers are written as null; newer reports may omit fields). */
function num(x: unknown, at: string): void {
  if (typeof x !== 'number' && x !== null && x !== undefined) throw new UntrustedReportError(`${at}: expected a number`);
}
function oneOf(x: unknown, allowed: readonly string[], at: string): void {
  if (typeof x !== 'string' || !allowed.includes(x)) throw new UntrustedReportError(`${at}: expected one of ${allowed.join(', ')}`);
}
