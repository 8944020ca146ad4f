// A protobufjs Reader that reads `string` fields that are not valid UTF-8 leniently (U+FFFD in
// place of the bad bytes), as Go's protobuf readers (pprof) keep such strings, and counts them so
// the importer can say so in one diagnostic instead of refusing the whole file.

import protobuf from 'protobufjs/minimal.js';

export class LenientReader extends protobuf.Reader {
  /** How many strings held bytes that are not UTF-8. */
  invalidUtf8Strings = 0;

  override stringVerify(): string {
    const start = this.pos;
    try {
      return super.stringVerify();
    } catch (err) {
      if (!(err instanceof TypeError)) throw err; // TextDecoder's "not valid for encoding utf-8"
      this.pos = start;
      this.invalidUtf8Strings += 1;
      return this.string();
    }
  }
}
