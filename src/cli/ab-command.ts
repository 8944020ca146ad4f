// `perfgate ab`: measures base and head in this job, interleaved (engine/ab), then prints the same
// markdown as `compare` with the same exit codes: 0 passed, 1 the gate failed, 2 usage errors
// and problems of the measured repository (a ref or build that fails). Progress goes to stderr.

import { randomInt } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AbError } from '../engine/ab/ab-error.js';
import { abProfiles, type AbProfile } from '../engine/ab/run-benchmark.js';
import { runAb } from '../engine/ab/run-ab.js';
import { loadConfig } from '../engine/config/config-file.js';
import { userWorkspace } from '../engine/workspace/user-workspace.js';
import { writeFlameGraphs } from '../engine/write-flamegraphs.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/markdown/render-markdown.js';
import { UsageError, type CliIo } from './cli-io.js';
import { parseFailOn, reportOptions } from './report-options.js';

export interface AbArgs {
  baseRef: string;
  out: string;
  dir: string;
  packages: string[];
  bench: string;
  runs: number;
  benchtime: string;
  profiles: AbProfile[];
  trace: boolean;
  tags: string | undefined;
  go: string | undefined;
  seed: number;
  timeBudgetMs: number | undefined;
  config: string | undefined;
  json: string | undefined;
  markdown: string | undefined;
  failOn: 'fail' | 'warn' | 'never' | undefined;
  key: string;
  flamegraph: string | undefined;
}

export function parseAb(args: string[]): AbArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'base-ref': { type: 'string' },
      out: { type: 'string' },
      dir: { type: 'string', default: '.' },
      packages: { type: 'string', multiple: true },
      bench: { type: 'string', default: '.' },
      runs: { type: 'string', default: '10' },
      benchtime: { type: 'string', default: '1s' },
      profiles: { type: 'string', default: 'cpu,mem' },
      trace: { type: 'boolean', default: false },
      tags: { type: 'string' },
      go: { type: 'string' },
      seed: { type: 'string' },
      'time-budget': { type: 'string' },
      ...reportOptions,
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${String(positionals[0])}'`);
  if (!values['base-ref'] || !values.out) throw new UsageError('ab needs --base-ref REF and --out DIR');
  const failOn = parseFailOn(values['fail-on']);
  const packages = (values.packages ?? []).flatMap((p) => p.split(/[\s,]+/)).filter(Boolean);
  return {
    baseRef: values['base-ref'],
    out: values.out,
    dir: values.dir ?? '.',
    packages: packages.length ? packages : ['./...'],
    bench: values.bench || '.',
    runs: wholeNumber(values.runs, '--runs', 1, 1000),
    benchtime: benchtime(values.benchtime ?? '1s'),
    profiles: profileList(values.profiles ?? ''),
    trace: values.trace === true,
    tags: values.tags || undefined,
    go: values.go || undefined,
    seed: values.seed === undefined ? randomInt(0, 2 ** 31) : wholeNumber(values.seed, '--seed', 0, 2 ** 32 - 1),
    timeBudgetMs: values['time-budget'] === undefined ? undefined : duration(values['time-budget']),
    config: values.config,
    json: values.json,
    markdown: values.markdown,
    failOn: failOn,
    key: values.key ?? 'default',
    flamegraph: values.flamegraph,
  };
}

export async function runAbCommand(args: AbArgs, io: CliIo): Promise<number> {
  const config = await loadConfig(args.config, io.now());
  if (args.failOn) config.failOn = args.failOn;
  config.modules = (await userWorkspace(args.dir, undefined, undefined)).modules;
  const progress = (line: string): void => io.err(`perfgate ab: ${line}\n`);
  let outcome;
  try {
    outcome = await runAb({
      ...args,
      headDir: args.dir,
      baseRef: args.baseRef,
      outDir: args.out,
      rounds: args.runs,
      env: io.env ?? process.env,
      config,
      key: args.key,
      progress,
    });
  } catch (err) {
    if (!(err instanceof AbError)) throw err;
    io.err(`perfgate ab: ${err.message}\n`);
    return 2;
  }
  for (const note of outcome.notes) progress(`note: ${note}`);
  progress(
    `${outcome.roundsRun} round(s) of ${outcome.measured.length} package(s): runs in ${args.out}/{base,head}/<package>/runN, order and timings in ${args.out}/ab-log.jsonl`,
  );
  const { report } = outcome;
  const markdown = renderMarkdown(report);
  if (args.json) await writeFile(args.json, renderJson(report));
  if (args.markdown) await writeFile(args.markdown, markdown);
  if (args.flamegraph) {
    const written = await writeFlameGraphs({
      dir: args.flamegraph,
      base: outcome.base,
      head: outcome.head,
      report,
      config,
    });
    io.err(`perfgate: wrote ${written.length} flame graph files to ${args.flamegraph} (open index.html)\n`);
  }
  io.out(markdown);
  if (outcome.gateFailed) io.err(`perfgate: gate failed (verdict ${report.verdict}, fail-on ${config.failOn})\n`);
  return outcome.gateFailed ? 1 : 0;
}

function wholeNumber(text: string | undefined, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

/** `go test -benchtime`: a duration (`500ms`, `2s`) or an iteration count (`100x`). */
function benchtime(text: string): string {
  if (/^\d+x$/.test(text) || /^\d+(\.\d+)?(ns|us|µs|ms|s|m)$/.test(text)) return text;
  throw new UsageError(`--benchtime must be a duration like 1s or 500ms, or a count like 100x, not '${text}'`);
}

/** `--time-budget`: `90` (seconds), `90s`, `15m`, `1h`. */
function duration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text);
  if (!match) throw new UsageError(`--time-budget must look like 600, 600s, 10m or 1h, not '${text}'`);
  const scale = { s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 's' | 'm' | 'h'];
  return Number(match[1]) * scale;
}

function profileList(text: string): AbProfile[] {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n && n !== 'none');
  for (const name of names)
    if (!(abProfiles as readonly string[]).includes(name))
      throw new UsageError(`unknown profile '${name}' (known: ${abProfiles.join(', ')}, none)`);
  return [...new Set(names)] as AbProfile[];
}
