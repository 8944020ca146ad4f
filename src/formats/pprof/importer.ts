// pprof importer: profile.proto (the engine unwraps gzip first), decoded with protobufjs and
// checked structurally before anything else sees it. Spec: shared/research/formats.md Part B.

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
    const profile = buildProfile(decodeProfileProto(bytes), ctx.limits.maxTableEntries);
    return { format: 'pprof', content: { type: 'profile', profile }, diagnostics: [] };
  },
};
