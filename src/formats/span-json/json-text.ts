// JSON text → value for the span formats (OTLP/JSON, Zipkin, Jaeger), with byte offsets in errors.
// Integer literals of 16+ digits are turned into strings before JSON.parse so 64-bit ids and
// nanosecond times keep their precision (RFC 8259 leaves number precision to the parser).

import { FormatError } from '../../model/format-error.js';

/** UTF-8 bytes → text; a byte-order mark is dropped; invalid UTF-8 is a FormatError. */
export function decodeUtf8(bytes: Uint8Array, format: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FormatError(format, `${format}.bad-utf8`, 'input is not valid UTF-8', { offset: firstBadUtf8(bytes) });
  }
}

function firstBadUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Parses one JSON document; a syntax error names its byte offset (`baseOffset` added). */
export function parseJson(text: string, format: string, baseOffset = 0): unknown {
  try {
    return JSON.parse(quoteLongIntegers(text));
  } catch {
    const at = syntaxErrorIndex(text);
    const offset = baseOffset + byteLength(text.slice(0, at));
    const truncated = at >= text.trimEnd().length;
    const code = truncated ? `${format}.truncated` : `${format}.bad-json`;
    const detail = truncated
      ? 'JSON ends early (truncated input?)'
      : `JSON syntax error near ${JSON.stringify(text.slice(at, at + 12))}`;
    throw new FormatError(format, code, detail, { offset });
  }
}

function syntaxErrorIndex(text: string): number {
  try {
    JSON.parse(text);
  } catch (err) {
    const match = /position (\d+)/.exec(String((err as Error).message));
    if (match?.[1]) return Number(match[1]);
  }
  return text.length;
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Wraps integer literals of 16 or more digits in quotes; strings are left untouched. */
export function quoteLongIntegers(text: string): string {
  if (!/\d{16}/.test(text)) return text;
  let out = '';
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = skipString(text, i);
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      const token = text.slice(i, end);
      if (/^-?\d{16,}$/.test(token)) {
        out += `${text.slice(last, i)}"${token}"`;
        last = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  return out + text.slice(last);
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return i;
}

function numberEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && /[0-9eE+\-.]/.test(text[i] as string)) i++;
  return i;
}

/** Text that starts (after blanks and a BOM) with `{` or `[`, decoded leniently for sniffing. */
export function sniffText(head: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return text.replace(/^\uFEFF?\s*/, '');
}
