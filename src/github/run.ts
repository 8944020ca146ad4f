// The Action's compare step: reads its inputs, runs the engine on the base and head run
// directories, writes the job summary and outputs, and fails the step under `fail-on`.

import * as core from '@actions/core';
import { loadConfig } from '../engine/config-file.js';
import { runCompare } from '../engine/compare.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown, summaryLimit } from '../report/markdown/render-markdown.js';
import type { FailOn } from '../model/config.js';

export async function run(): Promise<void> {
  try {
    const baseDirs = core.getMultilineInput('baseline-path', { required: true });
    const headDirs = core.getMultilineInput('head-path', { required: true });
    const config = await loadConfig(core.getInput('config') || undefined, new Date().toISOString());
    config.failOn = failOnInput(core.getInput('fail-on') || config.failOn);
    const key = core.getInput('key') || 'default';
    const { report, gateFailed } = await runCompare({ baseDirs, headDirs, config, key });
    await core.summary.addRaw(renderMarkdown(report, summaryLimit)).write();
    core.setOutput('verdict', report.verdict);
    core.setOutput('regressions', String(report.findings.filter((f) => f.id === 'hotspot.regression' && f.severity !== 'info').length));
    core.setOutput('report-json', renderJson(report));
    core.setOutput('report-markdown', renderMarkdown(report));
    if (gateFailed) core.setFailed(`perfgate: verdict ${report.verdict} (fail-on: ${config.failOn})`);
  } catch (err) {
    core.setFailed(`perfgate: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function failOnInput(value: string): FailOn {
  if (value === 'fail' || value === 'warn' || value === 'never') return value;
  throw new Error(`fail-on must be fail, warn or never, not '${value}'`);
}
