// Bounded gunzip: a gzip bomb stops at the limit with a clear error, never exhausting memory.

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipBounded } from '../src/formats/gzip.js';
import { FormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';

describe('gunzipBounded', () => {
  it('inflates ordinary data', () => {
    const data = new TextEncoder().encode('hello '.repeat(1000));
    expect(gunzipBounded(gzipSync(data), defaultLimits)).toEqual(data);
  });

  it('stops a bomb at maxDecompressedBytes', () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024));
    const limits = { ...defaultLimits, maxDecompressedBytes: 8 * 1024 * 1024 };
    const error = (() => {
      try {
        gunzipBounded(bomb, limits);
      } catch (err) {
        return err;
      }
      return undefined;
    })() as FormatError;
    expect(error).toBeInstanceOf(FormatError);
    expect(error.code).toBe('gzip.too-large');
    expect(error.message).toContain('maxDecompressedBytes=8388608');
  });

  it('stops a bomb at maxCompressionRatio above the grace size', () => {
    const bomb = gzipSync(new Uint8Array(40 * 1024 * 1024));
    const limits = { ...defaultLimits, maxCompressionRatio: 100 };
    expect(() => gunzipBounded(bomb, limits)).toThrowError(/maxCompressionRatio=100/);
  });
});
