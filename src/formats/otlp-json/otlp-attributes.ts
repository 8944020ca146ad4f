// OTLP `KeyValue` / `AnyValue` (common/v1/common.proto) in their JSON form → model attributes.
// Used for OTLP/JSON and, after protobuf decoding to the same shape, for OTLP/protobuf.

import type { AttributeValue, Attributes } from '../../model/span-set.js';
import { at, fail, readArray, readObject, readString, type JsonPlace } from '../span-json/json-read.js';

const int64Min = -(1n << 63n);
const int64Max = (1n << 63n) - 1n;
/** Deepest nesting of array/kvlist values read (protobufjs stops at 100 too); deeper input would
 *  overflow the stack, so it is a FormatError. */
export const maxValueDepth = 64;

export function readAttributes(value: unknown, place: JsonPlace, depth = 0): Attributes {
  const out: Attributes = {};
  readArray(value, place).forEach((item, i) => {
    const kvPlace = at(place, i);
    const kv = readObject(item, kvPlace);
    out[readString(kv['key'], at(kvPlace, 'key'))] = readAnyValue(kv['value'], at(kvPlace, 'value'), depth);
  });
  return out;
}

export function readAnyValue(value: unknown, place: JsonPlace, depth = 0): AttributeValue {
  if (value === undefined || value === null) return null;
  if (depth >= maxValueDepth) throw fail(place, 'too-deep', `attribute values nested deeper than ${maxValueDepth}`);
  const v = readObject(value, place);
  if ('stringValue' in v) return readString(v['stringValue'], at(place, 'stringValue'));
  if ('boolValue' in v) return readBool(v['boolValue'], at(place, 'boolValue'));
  if ('intValue' in v) return readInt64(v['intValue'], at(place, 'intValue'));
  if ('doubleValue' in v) return readDouble(v['doubleValue'], at(place, 'doubleValue'));
  if ('bytesValue' in v) return readString(v['bytesValue'], at(place, 'bytesValue'));
  if ('arrayValue' in v) return readList(v['arrayValue'], at(place, 'arrayValue'), depth + 1);
  if ('kvlistValue' in v) {
    const list = readObject(v['kvlistValue'], at(place, 'kvlistValue'));
    return readAttributes(list['values'], at(at(place, 'kvlistValue'), 'values'), depth + 1);
  }
  return null;
}

function readList(value: unknown, place: JsonPlace, depth: number): AttributeValue[] {
  const list = readObject(value, place);
  return readArray(list['values'], at(place, 'values')).map((item, i) =>
    readAnyValue(item, at(at(place, 'values'), i), depth),
  );
}

function readBool(value: unknown, place: JsonPlace): boolean {
  if (typeof value === 'boolean') return value;
  throw fail(place, 'wrong-type', 'expected a boolean');
}

/** A signed 64-bit integer: a number when exact, else its decimal string. */
function readInt64(value: unknown, place: JsonPlace): number | string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) {
    const n = BigInt(value);
    if (n < int64Min || n > int64Max) throw fail(place, 'bad-number', `${value} does not fit a signed 64-bit integer`);
    return Number.isSafeInteger(Number(n)) ? Number(n) : value;
  }
  throw fail(place, typeof value === 'number' ? 'bad-number' : 'wrong-type', 'expected a 64-bit integer');
}

function readDouble(value: unknown, place: JsonPlace): number | string {
  if (typeof value === 'number') return value;
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return value;
  throw fail(place, 'wrong-type', 'expected a double');
}
