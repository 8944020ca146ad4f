// Spans whose trace, span or parent id is not hex are dropped one by one, not the whole file:
// each importer maps a span through `keep`, and `finish` reports the drops as one diagnostic, or
// refuses the file when no span had hex ids (a hand-written fixture with ids like "span-1").

import type { DiagnosticSink } from '../../model/diagnostic.js';
import { FormatError } from '../../model/format-error.js';

export class BadIdSpans {
  private dropped = 0;
  private first = '';

  constructor(private readonly format: string) {}

  /** The mapped span, or undefined when mapping it failed on a non-hex id. */
  keep<T>(map: () => T): T | undefined {
    try {
      return map();
    } catch (err) {
      if (!(err instanceof FormatError) || err.code !== `${this.format}.bad-id`) throw err;
      this.dropped += 1;
      if (this.first === '') this.first = err.message;
      return undefined;
    }
  }

  /** Reports the dropped spans; throws when they were all the file held. */
  finish(kept: number, diagnostics: DiagnosticSink): void {
    if (this.dropped === 0) return;
    if (kept === 0) {
      const detail = `${this.first}; every span (${this.dropped}) has a non-hex trace or span id (exporters write hex)`;
      throw new FormatError(this.format, `${this.format}.no-hex-ids`, detail);
    }
    const message = `spans with a non-hex trace or span id were dropped (first: ${this.first})`;
    diagnostics.add(`${this.format}.bad-id`, message, undefined, this.dropped);
  }
}
