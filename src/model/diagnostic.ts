// Recoverable oddities found while importing or analysing (a line that did not parse, a
// truncated trace read up to its last whole batch). Counted by code; shown as footnotes.

export interface Diagnostic {
  /** Stable `area.kebab-problem` id, for example `folded.bad-line`. */
  code: string;
  message: string;
  /** `path@0x1a2b`, `path:12` or a path; filled in by the engine when the importer leaves it out. */
  where?: string;
  /** How many times this happened (a diagnostic may stand for many identical events). */
  count: number;
}

/** Collects diagnostics, merging repeats of one code into a count with the first place. */
export class DiagnosticSink {
  private readonly byCode = new Map<string, Diagnostic>();

  add(code: string, message: string, where?: string, count = 1): void {
    const seen = this.byCode.get(code);
    if (seen) {
      seen.count += count;
      return;
    }
    this.byCode.set(code, where === undefined ? { code, message, count } : { code, message, where, count });
  }

  list(): Diagnostic[] {
    return [...this.byCode.values()];
  }
}
