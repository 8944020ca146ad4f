// protobufjs hands 64-bit fields back as numbers or Long objects; these turn them into the
// model's numbers (values, ids, indexes) and bigints (addresses) without losing the sign.

import type Long from 'long';

export type Int64 = number | Long;

/** Signed 64-bit value as a number (exact up to 2^53, which every real count and size is). */
export function int64(value: Int64 | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** Unsigned 64-bit value as a number, for ids. */
export function uint64(value: Int64 | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  return value.high === 0 && value.low >= 0 ? value.low : value.toUnsigned().toNumber();
}

/** Unsigned 64-bit value, exact. */
export function uint64Big(value: Int64 | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return BigInt.asUintN(64, BigInt(Math.trunc(value)));
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}
