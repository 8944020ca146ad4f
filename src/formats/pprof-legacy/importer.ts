// Legacy pprof profiles, as `go tool pprof` still reads them: the text outputs of `?debug=1`
// (heap, allocs, threadcreate, goroutine, block, mutex), gperftools' heap/growth/contention/thread
// text profiles, Java heapz/contentionz, and the binary legacy CPU profile. Each parser says
// "not mine" by returning undefined, and they are tried in pprof's order (parseLegacy).
// Spec: google/pprof profile/legacy_profile.go; see docs/formats.md.

import { FormatError } from '../../model/format-error.js';
import type { Importer } from '../importer.js';
import { parseCpu, sniffLegacyCpu } from './legacy-cpu.js';
import { parseJavaProfile } from './legacy-java.js';
import type { LegacyProfile } from './legacy-model.js';
import { parseContention, parseGoCount, parseHeap } from './legacy-text.js';
import { parseThread } from './legacy-thread.js';
import { toProfile } from './to-profile.js';

const textHeader = new RegExp(
  '^(?:\\s*#.*\\n|\\s*\\n)*' + // comment or blank lines first
    '(heap profile: |\\S+ profile: total \\d|' +
    '--- (contentionz|mutex:|contention:|threadz \\d|heapz 1|Thread [0-9A-Fa-f]+ \\(name: ))',
);

const format = 'pprof-legacy';

export const pprofLegacyImporter: Importer = {
  id: format,
  sniff(head) {
    if (sniffLegacyCpu(head)) return 0.8;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 4096));
    return textHeader.test(text) ? 0.9 : 0;
  },
  parse(bytes, ctx) {
    const profile = parseLegacy(bytes);
    if (!profile) throw new FormatError(format, `${format}.unrecognized`, 'not a legacy profile pprof reads');
    const max = ctx.limits.maxTableEntries;
    if (profile.samples.length > max) {
      throw new FormatError(format, `${format}.too-large`, `more than maxTableEntries=${max} samples`);
    }
    return { format, content: { type: 'profile', profile: toProfile(profile) }, diagnostics: ctx.diagnostics.list() };
  },
};

function parseLegacy(bytes: Uint8Array): LegacyProfile | undefined {
  const cpu = parseCpu(bytes);
  if (cpu) return cpu;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseHeap(text) ?? parseGoCount(text) ?? parseThread(text) ?? parseContention(text) ?? parseJavaProfile(text);
}
