// Folded stacks (`root;caller;leaf 123` per line): the output of stackcollapse-perf.pl,
// bpftrace and most eBPF profilers. One sample type (`samples/count`); lines that don't parse
// are counted in a `folded.bad-line` diagnostic instead of failing the whole file.

import { FormatError } from '../../model/format-error.js';
import type { Importer } from '../importer.js';
import { ProfileBuilder, stackArtifact } from './profile-builder.js';

const stackLine = /^(.*\S)\s+(\d+)\s*$/;

export const foldedImporter: Importer = {
  id: 'folded',
  sniff: sniffFolded,
  parse(bytes, ctx) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, ctx.limits.maxStackDepth);
    let lineNumber = 0;
    for (const line of text.split('\n')) {
      lineNumber += 1;
      const trimmed = line.replace(/\r$/, '');
      if (trimmed.trim() === '' || trimmed.startsWith('#')) continue;
      const match = stackLine.exec(trimmed);
      if (!match?.[1] || !match[2] || !Number.isSafeInteger(Number(match[2]))) {
        ctx.diagnostics.add(
          'folded.bad-line',
          'lines that are not `frame;frame;… count` were skipped',
          `${ctx.path}:${lineNumber}`,
        );
        continue;
      }
      builder.add(match[1].split(';'), Number(match[2]));
    }
    if (builder.sampleCount === 0)
      throw new FormatError('folded', 'folded.no-stacks', 'no `frame;frame;… count` line in the file', { line: 1 });
    return stackArtifact('folded', builder, ctx);
  },
};

/** Text whose first lines mostly look like `a;b;c 12`. */
function sniffFolded(head: Uint8Array): number {
  if (head.length === 0 || head.includes(0)) return 0;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const lines = text.split('\n').slice(0, 50);
  if (text.length === head.length && lines.length > 1) lines.pop(); // the last line may be cut
  const content = lines.filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (content.length === 0) return 0;
  const stacks = content.filter((l) => stackLine.test(l.replace(/\r$/, '')));
  const withFrames = stacks.filter((l) => l.includes(';')).length;
  if (stacks.length / content.length < 0.8) return 0;
  return withFrames > 0 ? 0.6 : 0.3;
}
