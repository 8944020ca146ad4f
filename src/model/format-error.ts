// The one error an importer may throw: "this is my format, but it is broken". It carries the
// format id, a stable code (`pprof.truncated`) and where (`path@0x1a2b` or `path:line`). The
// message never embeds the input itself beyond a short, escaped excerpt.

export class FormatError extends Error {
  readonly format: string;
  readonly code: string;
  /** Byte offset or 1-based line number inside the input, when known. */
  readonly offset: number | undefined;
  readonly line: number | undefined;
  /** The input's path, set by the engine (importers do not know it). */
  path: string | undefined;

  constructor(format: string, code: string, detail: string, where: { offset?: number; line?: number } = {}) {
    super(detail);
    this.name = 'FormatError';
    this.format = format;
    this.code = code;
    this.offset = where.offset;
    this.line = where.line;
    this.path = undefined;
  }

  /** `path@0x1a2b` or `path:12`, or just the path. */
  get location(): string {
    const path = this.path ?? '<input>';
    if (this.offset !== undefined) return `${path}@0x${this.offset.toString(16)}`;
    if (this.line !== undefined) return `${path}:${this.line}`;
    return path;
  }

  /** One line for users: where, what code, what was wrong. */
  describe(): string {
    return `${this.location}: ${this.code}: ${this.message}`;
  }
}

export function isFormatError(err: unknown): err is FormatError {
  return err instanceof FormatError;
}
