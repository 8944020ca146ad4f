// What every mode leaves behind in the run: report files, step outputs, and the job summary
// (at most 1 MiB with everything appended to it; the renderer drops low-priority sections to fit).

import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summaryLimit } from '../report/markdown/render-markdown.js';
import { renderJson } from '../report/render-json.js';
import type { Report } from '../report/report.js';
import { renderWithContext } from './report-text.js';

export interface ReportFiles {
  dir: string;
  json: string;
  markdown: string;
  all: string[];
}

export async function writeReportFiles(
  dir: string,
  report: Report,
  markdown: string,
  extra: Record<string, string> = {},
): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = { dir, json: join(dir, 'report.json'), markdown: join(dir, 'report.md'), all: [] };
  await writeFile(files.json, renderJson(report));
  await writeFile(files.markdown, markdown);
  files.all.push(files.json, files.markdown);
  for (const [name, text] of Object.entries(extra)) {
    await writeFile(join(dir, name), text);
    files.all.push(join(dir, name));
  }
  return files;
}

export interface Outputs {
  verdict: string;
  regressions: number;
  reportJson: string;
  reportMarkdown: string;
  baselineSha: string;
  flamegraph: string;
}

export function setOutputs(o: Outputs): void {
  core.setOutput('verdict', o.verdict);
  core.setOutput('regressions', String(o.regressions));
  core.setOutput('report-json', o.reportJson);
  core.setOutput('report-markdown', o.reportMarkdown);
  core.setOutput('baseline-sha', o.baselineSha);
  core.setOutput('flamegraph', o.flamegraph);
}

export function regressionCount(report: Report): number {
  return report.findings.filter((f) => f.id === 'hotspot.regression' && f.severity !== 'info').length;
}

/** Writes the report to the job summary within 1 MiB, less `reserveBytes` for lines appended later
 *  (GitHub drops a step summary over 1 MiB whole). */
export async function writeSummary(
  report: Report,
  context: readonly string[],
  trailer: readonly string[] = [],
  reserveBytes = 0,
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const tail = trailer.filter(Boolean).join('\n\n');
  const text = renderWithContext(report, context, summaryLimit - Buffer.byteLength(tail) - 16 - reserveBytes, true);
  await core.summary.addRaw(tail ? `${text}\n${tail}\n` : text).write();
}
