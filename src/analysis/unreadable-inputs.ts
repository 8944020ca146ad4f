// A gate never passes on input it could not read (docs/reliability.md, "fail-open"). For each side,
// the formats the other side read: a file of such a format that this side could not read is an
// `input.unreadable` finding, and so is a format base read of which head has no file at all (a
// format only head has is new input, not a failure). Its severity is `info` (it is about the
// input, not the code), but the verdict is then at least `inconclusive` (verdict.ts) and the gate
// fails under `fail-on: fail` and `warn` (gate.ts).

import type { Side } from '../model/artifact.js';
import type { FindingOf } from '../model/finding.js';

/** One input file as the engine saw it: read (error null) or not. */
export interface InputSeen {
  side: Side;
  path: string;
  /** Importer id; null when the file failed before any importer claimed it. */
  format: string | null;
  error: { code: string } | null;
}

const maxPathsShown = 5;
/** Errors raised before a format's importer claimed the file (a broken gzip stream, a size limit). */
const containerFormats = new Set(['gzip', 'input']);

type Unreadable = FindingOf<'input.unreadable'>;

export function unreadableInputFindings(
  inputs: readonly InputSeen[],
  runs: { base: number; head: number },
): Unreadable[] {
  if (runs.base === 0) return []; // nothing to compare with: the verdict is inconclusive anyway
  if (runs.head === 0) return [missingSide('head')];
  const read = { base: new Set<string>(), head: new Set<string>() };
  for (const input of inputs) if (!input.error && input.format) read[input.side].add(input.format);
  const findings: Unreadable[] = [];
  for (const side of ['head', 'base'] as const) {
    const other = read[side === 'head' ? 'base' : 'head'];
    const failed = new Map<string, InputSeen[]>();
    for (const input of inputs) {
      if (input.side !== side || !input.error) continue;
      // A file no importer claimed before failing may be of any format the other side read.
      const format = input.format === null || containerFormats.has(input.format) ? null : input.format;
      if (format !== null && !other.has(format)) continue;
      const key = format ?? 'unknown';
      const list = failed.get(key) ?? [];
      list.push(input);
      failed.set(key, list);
    }
    for (const [format, list] of failed) findings.push(unreadable(side, format, list));
    if (side === 'base') continue;
    for (const format of other) {
      if (!read.head.has(format) && !failed.has(format)) findings.push(missingFormat(side, format));
    }
  }
  return findings;
}

function unreadable(side: Side, format: string, list: readonly InputSeen[]): Unreadable {
  const codes = [...new Set(list.map((i) => i.error?.code ?? 'input.error'))].sort();
  const files = list.length === 1 ? '1 file' : `${list.length} files`;
  const of = format === 'unknown' ? '' : ` of format ${format}`;
  const what = `${side}: ${files}${of} could not be read`;
  const other = format === 'unknown' ? 'the other side has input' : `the other side has ${format} input`;
  return {
    id: 'input.unreadable',
    severity: 'info',
    title: `${what} (${codes.join(', ')}); ${other}`,
    subject: { kind: 'run', key: `${side} ${format}` },
    evidence: {
      side,
      format,
      reason: 'unreadable',
      files: list.length,
      paths: list.slice(0, maxPathsShown).map((i) => i.path),
      codes,
    },
  };
}

function missingFormat(side: Side, format: string): Unreadable {
  const other = side === 'head' ? 'base' : 'head';
  return {
    id: 'input.unreadable',
    severity: 'info',
    title: `${side}: no ${format} input, though ${other} has some; the ${side} run may have failed`,
    subject: { kind: 'run', key: `${side} ${format}` },
    evidence: { side, format, reason: 'missing', files: 0, paths: [], codes: [] },
  };
}

function missingSide(side: Side): Unreadable {
  return {
    id: 'input.unreadable',
    severity: 'info',
    title: `${side}: no runs with readable input; nothing of ${side} was compared`,
    subject: { kind: 'run', key: side },
    evidence: { side, format: null, reason: 'missing', files: 0, paths: [], codes: [] },
  };
}
