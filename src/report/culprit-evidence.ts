// Reads the attribution fields of a finding's evidence defensively (a report may come from a
// fork): every field is checked for its type, and anything else reads as absent.

import type { Finding } from '../model/finding.js';
import { fieldOf } from '../model/unknown-value.js';

export interface ViaRead {
  function: string;
  sharePoints: number;
}

export interface SpanRead {
  file: string;
  first: number;
  last: number;
}

export interface AttributionRead {
  /** False when only frames charged to the function were flagged, not its own share. */
  own: boolean;
  via: ViaRead[];
  benchmarks: string[];
  source: SpanRead | null;
  /** Set for a runtime cost class row. */
  costClass: { metric: string; label: string; health: string[]; allocators: string[] } | null;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** One field of a finding's evidence, whatever its id (read defensively by the callers). */
export function evidenceField(f: Finding, name: string): unknown {
  return fieldOf(f.evidence, name);
}

export function readAttribution(f: Finding): AttributionRead {
  const raw = evidenceField(f, 'attribution');
  const a = isRecord(raw) ? raw : {};
  const via: ViaRead[] = [];
  if (Array.isArray(a['via'])) {
    for (const v of a['via']) {
      if (isRecord(v) && typeof v['function'] === 'string' && num(v['sharePoints']) !== undefined)
        via.push({ function: v['function'], sharePoints: num(v['sharePoints']) ?? 0 });
    }
  }
  const s = a['source'];
  const source =
    isRecord(s) && typeof s['file'] === 'string' && num(s['first']) !== undefined && num(s['last']) !== undefined
      ? { file: s['file'], first: num(s['first']) ?? 0, last: num(s['last']) ?? 0 }
      : null;
  const c = evidenceField(f, 'costClass');
  const costClass =
    isRecord(c) && typeof c['label'] === 'string' && typeof c['metric'] === 'string'
      ? { metric: c['metric'], label: c['label'], health: strings(c['health']), allocators: strings(c['allocators']) }
      : null;
  const benchmarks = strings(costClass && isRecord(c) ? c['benchmarks'] : a['benchmarks']);
  return { own: a['own'] !== false, via, benchmarks, source, costClass };
}

/** Share of one side in percent, from `evidence.base` / `evidence.head`. */
export function sharePercent(f: Finding, side: 'base' | 'head'): number {
  const s = evidenceField(f, side);
  return isRecord(s) ? (num(s['sharePercent']) ?? 0) : 0;
}

/** The finding's effect (ratio − 1) and its interval, when it carries a test. */
export function effectOf(
  f: Finding,
): { effect: number; low: number | undefined; high: number | undefined } | undefined {
  const s = evidenceField(f, 'stats');
  if (!isRecord(s) || num(s['effect']) === undefined) return undefined;
  return { effect: num(s['effect']) ?? 0, low: num(s['effectLow']), high: num(s['effectHigh']) };
}

export function textField(f: Finding, name: string): string {
  const v = evidenceField(f, name);
  return typeof v === 'string' ? v : '';
}

/** A finite number field of an object, or undefined. */
export function numberIn(x: unknown, key: string): number | undefined {
  return isRecord(x) ? num(x[key]) : undefined;
}
