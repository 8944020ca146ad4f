// The Go trace spec tables: header versions and who writes them, v2 argument counts as
// formats.md §A3.12 lists them (generated from Go's compiled table), and the legacy constants
// used by the hot loops agreeing with the legacy spec table.

import { describe, expect, it } from 'vitest';
import { headerVersions, readHeader } from '../src/formats/gotrace/header.js';
import * as E from '../src/formats/gotrace/legacy/ids.js';
import { legacyEvents } from '../src/formats/gotrace/legacy/spec-legacy.js';
import { v2Events } from '../src/formats/gotrace/spec-v2.js';
import { FormatError } from '../src/model/format-error.js';

const header = (text: string): Uint8Array => {
  const bytes = new Uint8Array(16);
  bytes.set(new TextEncoder().encode(text));
  return bytes;
};

describe('Go trace spec tables', () => {
  it('knows which releases write which header', () => {
    const writers = Object.fromEntries(headerVersions.map((v) => [`1.${v.minor}`, v.writtenBy]));
    expect(writers['1.5']).toEqual(['1.5', '1.6']);
    expect(writers['1.11']).toContain('1.18');
    expect(writers['1.19']).toEqual(['1.19', '1.20']);
    expect(writers['1.21']).toContain('1.22'); // GOEXPERIMENT=noexectracer2
    expect(writers['1.23']).toEqual(['1.23', '1.24']);
    expect(readHeader(header('go 1.26 trace')).family).toBe('v2');
    expect(readHeader(header('go 1.9 trace')).family).toBe('ancient');
  });

  it('names an unknown version in its FormatError', () => {
    for (const text of ['go 1.27 trace', 'go 1.24 trace', 'go 1.20 trace']) {
      const err = (() => {
        try {
          readHeader(header(text));
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(err).toBeInstanceOf(FormatError);
      expect((err as FormatError).code).toBe('gotrace.unsupported-version');
      expect((err as FormatError).message).toContain(text.slice(3, 7));
    }
  });

  it('v2 argument counts (with dt) equal the research table', () => {
    const want =
      '9:3,10:3,11:1,12:4,13:3,14:4,15:2,16:3,17:1,18:1,19:3,20:3,21:4,22:3,23:1,24:1,25:4,26:3,27:1,28:2,29:3,30:2,31:2,32:2,' +
      '33:3,34:2,35:2,36:1,37:2,38:2,39:2,40:5,41:3,42:4,43:4,44:5,45:3,46:3,47:4,48:5,128:4,129:4,130:2,131:3,132:3,133:2,' +
      '134:3,135:3,136:2';
    expect(v2Events.map((e) => `${e.type}:${e.args.length + 1}`).join(',')).toBe(want);
  });

  it('legacy constants agree with the legacy table', () => {
    for (const spec of legacyEvents) expect((E as Record<string, number>)[`Ev${spec.name}`], spec.name).toBe(spec.type);
  });
});
