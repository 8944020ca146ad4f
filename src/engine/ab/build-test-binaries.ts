// One test binary per package and side: `go test -c -trimpath [-tags T] -o BIN importPath`, run in
// that side's module directory, with the same flags and toolchain on both sides.

import { join } from 'node:path';
import type { Side } from '../../model/artifact.js';
import { runProcess, tail } from './run-process.js';

export interface BuildRequest {
  go: string;
  side: Side;
  importPath: string;
  moduleDir: string;
  binDir: string;
  /** File-name-safe package label. */
  label: string;
  tags: string | undefined;
  env: Record<string, string | undefined>;
}

export type BuildResult = { ok: true; binary: string; durationMs: number } | { ok: false; message: string };

export async function buildTestBinary(request: BuildRequest): Promise<BuildResult> {
  const binary = join(request.binDir, request.side, `${request.label}.test`);
  const args = [
    'test',
    '-c',
    '-trimpath',
    ...(request.tags ? ['-tags', request.tags] : []),
    '-o',
    binary,
    request.importPath,
  ];
  const result = await runProcess(request.go, args, { cwd: request.moduleDir, env: request.env });
  if (result.code === 0) return { ok: true, binary, durationMs: result.durationMs };
  return {
    ok: false,
    message: `${request.side}: package ${request.importPath} does not build (go test -c exit ${result.code}):\n${tail(result.stderr || result.stdout)}`,
  };
}
