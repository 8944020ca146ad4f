// pprof importer: profile.proto (the engine unwraps gzip first), decoded with protobufjs and
// checked structurally before anything else sees it. Spec: profile.proto; see docs/formats.md.

import type { Importer } from '../importer.js';
import { buildProfile } from './build-profile.js';
import { decodeProfileProto } from './decode.js';
import { estimateProfileHeapBytes } from './heap-estimate.js';
import { sniffProfileProto } from './sniff.js';

export const pprofImporter: Importer = {
  id: 'pprof',
  sniff: sniffProfileProto,
  estimateHeapBytes: estimateProfileHeapBytes,
  parse(bytes, ctx) {
    const decoded = decodeProfileProto(bytes);
    const profile = buildProfile(decoded, ctx.limits.maxTableEntries);
    const invalidUtf8Strings = decoded.invalidUtf8Strings;
    if (invalidUtf8Strings > 0) {
      const message = 'strings that are not valid UTF-8 were read with U+FFFD in place of the bad bytes';
      ctx.diagnostics.add('pprof.invalid-utf8', message, undefined, invalidUtf8Strings);
    }
    return { format: 'pprof', content: { type: 'profile', profile }, diagnostics: ctx.diagnostics.list() };
  },
};
