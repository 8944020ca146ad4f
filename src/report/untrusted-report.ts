// Checks a report.json that came from another workflow run or job (a fork's pull request can
// write any bytes into it) before it is rendered. One schema (report.ts, with the findings'
// evidence from model/finding-evidence.ts) both types our own report and checks theirs: no
// hand-written validator to drift from the type. Keys the schema does not know are dropped;
// `null` where a number belongs and non-finite numbers are refused; strings are only ever rendered
// through escape.ts. Used by the Action's comment and merge modes and by `perfgate merge`.

import type { z } from 'zod';
import { reportSchema, reportSchemaVersion, type Report } from './report.js';

export class UntrustedReportError extends Error {}

export function parseUntrustedReport(text: string): Report {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UntrustedReportError('report.json is not JSON');
  }
  const version = typeof doc === 'object' && doc !== null && 'schemaVersion' in doc ? doc.schemaVersion : undefined;
  if (version !== reportSchemaVersion) {
    throw new UntrustedReportError(
      `report.json has schema version ${describeValue(version)}, expected ${reportSchemaVersion}`,
    );
  }
  const parsed = reportSchema.safeParse(doc);
  if (!parsed.success) throw new UntrustedReportError(describeIssue(parsed.error.issues[0]));
  return { ...parsed.data, links: {} };
}

/** Where and what, naming only the path's shape: keys from the file are not echoed. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${safeKey(k)}`)).join('');
  const what =
    issue.code === 'invalid_union'
      ? 'matches no allowed shape'
      : issue.code === 'invalid_type'
        ? `expected ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`
        : issue.message;
  return `${path.replace(/^\./, '') || 'report'}: ${what}`;
}

function safeKey(key: PropertyKey): string {
  const text = String(key);
  return /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(text) ? text : '?';
}

/** A value from the file in an error message: its type, or a short number; never its text. */
function describeValue(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value === undefined ? 'none' : `of type ${value === null ? 'null' : typeof value}`;
}
