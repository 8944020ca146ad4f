// Messages between the import pool and its workers. A FormatError crosses the thread boundary
// as plain fields (structured clone drops the class) and is rebuilt on the other side.

import type { V2RangeRequest, V2RangeResult } from '../../formats/gotrace/range-reader-v2.js';
import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';

export interface ImportRequest {
  id: number;
  path: string;
  limits: Limits;
  /** Read only these generations of a v2 Go trace (parallel-trace.ts); else the whole file. */
  range?: TraceRangeRequest;
}

/** File bytes [start, end) of a v2 Go trace, read as one run of generations. */
export interface TraceRangeRequest {
  start: number;
  end: number;
  request: V2RangeRequest;
}

export interface ErrorFields {
  format: string;
  code: string;
  message: string;
  offset?: number;
  line?: number;
}

export type ImportReply =
  { id: number; artifact: ParsedArtifact } | { id: number; range: V2RangeResult } | { id: number; error: ErrorFields };

export function errorFields(err: unknown): ErrorFields {
  if (err instanceof FormatError) {
    return { format: err.format, code: err.code, message: err.message, ...where(err) };
  }
  return { format: 'input', code: 'input.unreadable', message: err instanceof Error ? err.message : String(err) };
}

export function formatErrorOf(fields: ErrorFields, path: string): FormatError {
  const error = new FormatError(fields.format, fields.code, fields.message, fields);
  error.path = path;
  return error;
}

function where(err: FormatError): { offset?: number; line?: number } {
  return {
    ...(err.offset !== undefined ? { offset: err.offset } : {}),
    ...(err.line !== undefined ? { line: err.line } : {}),
  };
}
