// `go test -bench` output, read per the Go benchmark data format (proposal 14313): result
// lines with -count repetitions, -benchmem columns, b.ReportMetric units and procs suffixes,
// under the configuration lines (goos, goarch, pkg, cpu, custom keys) in force. Test log lines
// are skipped; a result line that breaks the grammar is a `gobench.bad-line` diagnostic.

import type { BenchResult } from '../../model/bench-set.js';
import { FormatError } from '../../model/format-error.js';
import type { Importer } from '../importer.js';
import { classifyLine } from './parse-bench.js';

const maxLineLength = 1024 * 1024;

export const goBenchImporter: Importer = {
  id: 'gobench',
  sniff: sniffGoBench,
  parse(bytes, ctx) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const config: Record<string, string> = {};
    const results: BenchResult[] = [];
    let lineNumber = 0;
    let bad = 0;
    for (const raw of text.split('\n')) {
      lineNumber += 1;
      if (raw.length > maxLineLength)
        throw new FormatError(
          'gobench',
          'gobench.line-too-long',
          `a line of ${raw.length} characters (limit ${maxLineLength})`,
          { line: lineNumber },
        );
      const line = classifyLine(raw.replace(/\r$/, ''));
      if (line.kind === 'config') {
        if (line.value === '') delete config[line.key];
        else config[line.key] = line.value;
      } else if (line.kind === 'result') {
        results.push({
          name: line.name,
          procs: line.procs,
          iterations: line.iterations,
          values: line.values,
          config: { ...config },
          line: lineNumber,
        });
      } else if (line.kind === 'bad') {
        bad += 1;
        ctx.diagnostics.add(
          'gobench.bad-line',
          `benchmark result lines that do not parse were skipped (first: ${line.reason})`,
          `${ctx.path}:${lineNumber}`,
        );
      }
    }
    if (results.length === 0) {
      throw new FormatError(
        'gobench',
        'gobench.no-results',
        bad ? `none of the ${bad} Benchmark lines parses` : 'no benchmark result line in the file',
        { line: 1 },
      );
    }
    return { format: 'gobench', content: { type: 'bench', bench: { results } }, diagnostics: ctx.diagnostics.list() };
  },
};

/** Text with a `BenchmarkX… N …` line, or with the configuration header `go test -bench` prints. */
function sniffGoBench(head: Uint8Array): number {
  if (head.length === 0 || head.includes(0)) return 0;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const lines = text
    .split('\n')
    .slice(0, 200)
    .map((l) => l.replace(/\r$/, ''));
  if (lines.some((l) => /^Benchmark\S*\s+\d+(\s|$)/.test(l))) return 0.7;
  const header = lines.filter((l) => /^(goos|goarch|pkg|cpu): /.test(l)).length;
  if (header >= 2 && lines.some((l) => l.startsWith('Benchmark'))) return 0.5;
  return 0;
}
