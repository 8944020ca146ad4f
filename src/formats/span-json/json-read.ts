// Typed reads from parsed JSON that fail with a FormatError naming the JSON pointer
// (RFC 6901) of the bad value, shared by the OTLP/JSON, Zipkin and Jaeger importers.

import { FormatError } from '../../model/format-error.js';

export type JsonObject = Record<string, unknown>;

/** Where a value sits: its format (for the error code), the input line, and the path to it. The
 *  JSON pointer is built only when needed (an error, a span's `where`), not for every value read. */
export interface JsonPlace {
  format: string;
  line?: number;
  /** Pointer of a root place (usually ''). */
  pointer?: string;
  parent?: JsonPlace;
  key?: string | number;
}

export function at(place: JsonPlace, key: string | number): JsonPlace {
  return place.line === undefined
    ? { format: place.format, parent: place, key }
    : { format: place.format, line: place.line, parent: place, key };
}

/** The RFC 6901 JSON pointer of a place. */
export function pointerOf(place: JsonPlace): string {
  const tokens: string[] = [];
  let p: JsonPlace | undefined = place;
  while (p && p.key !== undefined) {
    tokens.push(String(p.key).replace(/~/g, '~0').replace(/\//g, '~1'));
    p = p.parent;
  }
  return (
    (p?.pointer ?? '') +
    tokens
      .reverse()
      .map((t) => `/${t}`)
      .join('')
  );
}

export function fail(place: JsonPlace, problem: string, detail: string): FormatError {
  const where = place.line === undefined ? {} : { line: place.line };
  return new FormatError(place.format, `${place.format}.${problem}`, `${pointerOf(place) || '/'}: ${detail}`, where);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function readObject(value: unknown, place: JsonPlace): JsonObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonObject;
  throw fail(place, 'wrong-type', `expected an object, found ${typeName(value)}`);
}

/** An array; absent (undefined/null) reads as empty, as in protobuf's JSON mapping. */
export function readArray(value: unknown, place: JsonPlace): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  throw fail(place, 'wrong-type', `expected an array, found ${typeName(value)}`);
}

export function readString(value: unknown, place: JsonPlace, fallback?: string): string {
  if (typeof value === 'string') return value;
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  throw fail(place, 'wrong-type', `expected a string, found ${typeName(value)}`);
}

export function readNumber(value: unknown, place: JsonPlace, fallback?: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  throw fail(place, 'wrong-type', `expected a number, found ${typeName(value)}`);
}

const uint64Max = (1n << 64n) - 1n;

/** An unsigned 64-bit integer given as a decimal string or a JSON number; absent reads as `fallback`. */
export function readUint64(value: unknown, place: JsonPlace, fallback?: bigint): bigint {
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  let parsed: bigint | undefined;
  if (typeof value === 'string' && /^\d{1,30}$/.test(value)) parsed = BigInt(value);
  else if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) parsed = BigInt(value);
  else if (typeof value !== 'string' && typeof value !== 'number')
    throw fail(place, 'wrong-type', `expected a 64-bit integer, found ${typeName(value)}`);
  if (parsed === undefined || parsed > uint64Max)
    throw fail(place, 'bad-number', `${JSON.stringify(value).slice(0, 40)} is not an unsigned 64-bit integer`);
  return parsed;
}

/** Microseconds (Zipkin, Jaeger: a JSON number, sometimes fractional) → nanoseconds. A `signed`
 *  value (a duration) may be negative: that is a defect for span.negative-duration to report. */
export function readMicros(value: unknown, place: JsonPlace, signed = false): bigint {
  if (typeof value === 'string' && /^\d{1,30}$/.test(value)) return checkRange(BigInt(value) * 1000n, value, place);
  if (typeof value !== 'number')
    throw fail(place, 'wrong-type', `expected a number of microseconds, found ${typeName(value)}`);
  if (!Number.isFinite(value) || value < (signed ? -1.8e16 : 0) || value > 1.8e16)
    throw fail(place, 'bad-number', `${value} is out of range for microseconds`);
  const whole = Math.trunc(value);
  return BigInt(whole) * 1000n + BigInt(Math.round((value - whole) * 1000));
}

function checkRange(ns: bigint, raw: string, place: JsonPlace): bigint {
  if (ns > uint64Max) throw fail(place, 'bad-number', `${raw.slice(0, 40)} is out of range for microseconds`);
  return ns;
}

/** A hex id, lowercased; non-hex text is an error (wrong lengths are left to span.invalid-id). */
export function readHexId(value: unknown, place: JsonPlace): string {
  const text = readString(value, place);
  if (!/^[0-9a-fA-F]*$/.test(text) || text.length > 64)
    throw fail(place, 'bad-id', `${JSON.stringify(text.slice(0, 40))} is not a hex id`);
  return text.toLowerCase();
}

/** A hex id left-padded with zeros to `width` digits (Zipkin and Jaeger drop leading zeros). */
export function readPaddedHexId(value: unknown, place: JsonPlace, width: number): string {
  const id = readHexId(value, place);
  return id.length > 0 && id.length < width ? id.padStart(width, '0') : id;
}
