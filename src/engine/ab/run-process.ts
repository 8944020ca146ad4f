// Runs one child process (go, git, a test binary) without a shell and collects its output.
// stdout is kept whole (bench output is small); stderr keeps its last 64 KiB for error messages.

import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** Exit code; -1 when the process could not start or died from a signal. */
  code: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

const stderrKeepBytes = 64 << 10;

export function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    let err = Buffer.alloc(0);
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: definedOnly(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err = Buffer.concat([err, chunk]);
      if (err.length > stderrKeepBytes) err = err.subarray(err.length - stderrKeepBytes);
    });
    const finish = (code: number, extra = ''): void =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: err.toString('utf8') + extra,
        durationMs: performance.now() - started,
      });
    child.on('error', (e) => finish(-1, `${e.message}\n`));
    child.on('close', (code, signal) => finish(code ?? -1, signal ? `killed by ${signal}\n` : ''));
  });
}

/** The last `lines` lines of a command's output, for an error message. */
export function tail(text: string, lines = 20): string {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? ['…', ...all.slice(-lines)] : all).join('\n');
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}
