// The machine-readable report: the Report itself, as documented in docs/report-schema.md.

import type { Report } from './report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, jsonSafe, 2)}\n`;
}

/** bigint becomes a decimal string; non-finite numbers become null. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
