// What every CLI command shares: the io it writes through (so tests run the CLI in-process) and
// the error for a bad command line, which main turns into the usage text and exit code 2.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): string;
  /** Environment variables, for options that name one (`collect --header-env`). */
  env?: Record<string, string | undefined>;
}

export class UsageError extends Error {}
