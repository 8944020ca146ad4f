// The 16-byte Go execution trace header `go 1.NN trace\0\0\0`, and which Go releases write which
// header. Spec: docs/formats-gotrace.md §1; /usr/lib/go-1.26/src/internal/trace/version.

import { FormatError } from '../../model/format-error.js';

export const headerBytes = 16;

/** Wire family: metrics need `legacy` (1.11–1.21) or `v2` (1.22+); `ancient` is recognised only. */
export type TraceFamily = 'ancient' | 'legacy' | 'v2';

export interface HeaderVersion {
  minor: number;
  family: TraceFamily;
  /** Go releases that write this header. */
  writtenBy: string[];
}

/** One row per header version Go has ever written. */
export const headerVersions: readonly HeaderVersion[] = [
  { minor: 5, family: 'ancient', writtenBy: ['1.5', '1.6'] },
  { minor: 7, family: 'ancient', writtenBy: ['1.7'] },
  { minor: 8, family: 'ancient', writtenBy: ['1.8'] },
  { minor: 9, family: 'ancient', writtenBy: ['1.9'] },
  { minor: 10, family: 'ancient', writtenBy: ['1.10'] },
  { minor: 11, family: 'legacy', writtenBy: ['1.11', '1.12', '1.13', '1.14', '1.15', '1.16', '1.17', '1.18'] },
  { minor: 19, family: 'legacy', writtenBy: ['1.19', '1.20'] },
  { minor: 21, family: 'legacy', writtenBy: ['1.21', '1.22'] }, // 1.22 with GOEXPERIMENT=noexectracer2
  { minor: 22, family: 'v2', writtenBy: ['1.22'] },
  { minor: 23, family: 'v2', writtenBy: ['1.23', '1.24'] },
  { minor: 25, family: 'v2', writtenBy: ['1.25'] },
  { minor: 26, family: 'v2', writtenBy: ['1.26'] },
];

const magic = [0x67, 0x6f, 0x20, 0x31, 0x2e]; // "go 1."

/** True when `head` starts like a Go trace header (enough for sniffing). */
export function looksLikeTraceHeader(head: Uint8Array): boolean {
  if (head.length < magic.length) return false;
  return magic.every((b, i) => head[i] === b);
}

/** Parses the header; throws FormatError for a malformed header or an unknown version. */
export function readHeader(bytes: Uint8Array): HeaderVersion {
  if (bytes.length < headerBytes || !looksLikeTraceHeader(bytes)) {
    throw new FormatError('go-trace', 'gotrace.bad-header', 'not a Go execution trace header', { offset: 0 });
  }
  const text = String.fromCharCode(...bytes.subarray(0, headerBytes));
  const match = /^go 1\.(\d{1,3}) trace\0+$/.exec(text);
  if (!match) {
    throw new FormatError('go-trace', 'gotrace.bad-header', 'malformed Go trace header', { offset: 0 });
  }
  const minor = Number(match[1]);
  const known = headerVersions.find((v) => v.minor === minor);
  if (!known) {
    throw new FormatError('go-trace', 'gotrace.unsupported-version', `unsupported Go trace version go 1.${minor}`, {
      offset: 0,
    });
  }
  return known;
}

export function versionString(v: HeaderVersion): string {
  return `1.${v.minor}`;
}
