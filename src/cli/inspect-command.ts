// `perfgate inspect`: detect and summarise files. With --json, one JSON document on stdout (an
// object for one file, an array for several). A file that fails is reported and the rest go on.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chooseImporter } from '../engine/import-pool/file-importer.js';
import { defaultLimits } from '../model/limits.js';
import { FormatError } from '../model/format-error.js';
import { inspectArtifact } from '../report/inspect/index.js';
import { renderInspectText } from '../report/inspect/render-inspect-text.js';
import { UsageError, type CliIo } from './cli-io.js';

export async function runInspectCommand(args: InspectArgs, io: CliIo): Promise<number> {
  const results: Record<string, unknown>[] = [];
  let failed = false;
  // Large Go traces are read on worker threads, as compare reads them (src/engine/import-pool/).
  const importer = chooseImporter(defaultLimits, await totalBytes(args.files));
  try {
    for (const path of args.files) {
      try {
        results.push({ path, ...inspectArtifact(await importer.import(path)) });
      } catch (err) {
        if (!(err instanceof FormatError)) throw err;
        failed = true;
        results.push({ path, error: { code: err.code, message: err.message, where: err.location } });
        io.err(`perfgate: ${err.describe()}\n`);
      }
    }
  } finally {
    await importer.close();
  }
  if (args.json)
    io.out(
      `${JSON.stringify(results.length === 1 ? results[0] : results, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`,
    );
  else io.out(results.map(renderInspectText).join('\n'));
  return failed ? 2 : 0;
}

async function totalBytes(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of files)
    total += await stat(path).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

export interface InspectArgs {
  files: string[];
  json: boolean;
}

export function parseInspect(args: string[]): InspectArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('inspect needs at least one FILE');
  return { files: positionals, json: values.json === true };
}
