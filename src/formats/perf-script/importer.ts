// `perf script` text (Linux perf's sample dump with call stacks), read directly: collapsed as
// stackcollapse-perf.pl does (see collapse-perf.ts), so no Perl step is needed. One sample type,
// `samples/count`: the event count, or the sum of periods when perf printed them, as the script's
// folded output carries. Spec: FlameGraph stackcollapse-perf.pl; see docs/formats.md.

import { FormatError } from '../../model/format-error.js';
import type { Importer } from '../importer.js';
import { ProfileBuilder, stackArtifact } from '../folded/profile-builder.js';
import { collapsePerf } from './collapse-perf.js';

const header = /^\S.*?\s+\d+(\/\d+)?\s+.*\S:\s*$/;
const frame = /^\s+[0-9a-f]+ .+ \(.*\)\s*$/;

export const perfScriptImporter: Importer = {
  id: 'perf-script',
  sniff(head) {
    if (head.length === 0 || head.includes(0)) return 0;
    const lines = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 16384)).split('\n');
    for (let i = 0; i + 1 < lines.length && i < 200; i++) {
      if (header.test(lines[i] as string) && frame.test(lines[i + 1] as string)) return 0.8;
    }
    return 0;
  },
  parse(bytes, ctx) {
    const collapsed = collapsePerf(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
    if (collapsed.unrecognized > 0) {
      const message = 'lines that are not a perf script event or stack line were skipped';
      ctx.diagnostics.add('perf-script.bad-line', message, ctx.path, collapsed.unrecognized);
    }
    if (collapsed.filteredEvent !== '') {
      const other = collapsed.filteredEvent;
      const message = `events other than the first type (${other}, …) were skipped, as stackcollapse-perf.pl does`;
      ctx.diagnostics.add('perf-script.other-event', message);
    }
    if (collapsed.stacks.size === 0) {
      throw new FormatError('perf-script', 'perf-script.no-stacks', 'no event record with a call stack', { line: 1 });
    }
    const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, ctx.limits.maxStackDepth);
    const sorted = [...collapsed.stacks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [stack, count] of sorted) builder.add(stack.split(';'), count);
    return stackArtifact('perf-script', builder, ctx);
  },
};
