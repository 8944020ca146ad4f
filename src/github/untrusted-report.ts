// The report.json check lives in src/report/untrusted-report.ts (shared with `perfgate merge`).

export { parseUntrustedReport, UntrustedReportError } from '../report/untrusted-report.js';
