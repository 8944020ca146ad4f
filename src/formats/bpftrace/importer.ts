// bpftrace stack-count maps, what the stack-sampling one-liners print at exit
// (`profile:hz:99 { @[ustack] = count(); }`, `@[kstack, ustack]`, `@[comm, kstack]`):
//   @[
//       leaf+8
//       caller+20
//   ]: 42
// Frames are printed leaf first; a `,` line separates the kernel and user stacks of one key
// (kernel first, so the user stack is the root side). Read as FlameGraph's
// stackcollapse-bpftrace.pl does, except that the `,` separator is not kept as a frame and offsets
// (`+8`) are cut so frames aggregate by function. A scalar key part (`comm`) becomes the root.
// See docs/formats.md.

import { FormatError } from '../../model/format-error.js';
import type { Importer } from '../importer.js';
import { ProfileBuilder, stackArtifact } from '../folded/profile-builder.js';

const open = /^@\w*\[(.*)$/;
const close = /^\s*(.*?)\]: (\d+)\s*$/;
const perfFrame = /^[0-9a-fA-F]+ (.+) \(.*\)$/;

export const bpftraceImporter: Importer = {
  id: 'bpftrace',
  sniff(head) {
    if (head.length === 0 || head.includes(0)) return 0;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 16384));
    return /^@\w*\[[^\]\n]*\n/m.test(text) && /^\]: \d+\s*$/m.test(text) ? 0.8 : 0;
  },
  parse(bytes, ctx) {
    const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, ctx.limits.maxStackDepth);
    let key: string[] | undefined; // leaf first, as printed
    let root = '';
    let lineNumber = 0;
    for (const raw of new TextDecoder('utf-8', { fatal: false }).decode(bytes).split('\n')) {
      lineNumber += 1;
      const line = raw.replace(/\r$/, '');
      if (!key) {
        const m = open.exec(line);
        if (m) {
          key = [];
          root = (m[1] ?? '').replace(/,\s*$/, '').trim();
        }
        continue;
      }
      const end = close.exec(line);
      if (end) {
        addFrame(key, end[1] ?? '');
        const rootFirst = key.reverse();
        if (root !== '') rootFirst.unshift(root);
        if (rootFirst.length > 0) builder.add(rootFirst, Number(end[2]));
        key = undefined;
        continue;
      }
      addFrame(key, line);
    }
    if (key) {
      const message = 'the last map entry has no `]: count` line and was skipped';
      ctx.diagnostics.add('bpftrace.truncated', message, `${ctx.path}:${lineNumber}`);
    }
    if (builder.sampleCount === 0) {
      const detail = 'no `@[stack]: count` map entry in the file';
      throw new FormatError('bpftrace', 'bpftrace.no-stacks', detail, { line: 1 });
    }
    return stackArtifact('bpftrace', builder, ctx);
  },
};

/** One printed frame: `func+off`, `0xaddr`, or `addr func+off (module)` (ustack(perf)). */
function addFrame(key: string[], line: string): void {
  let frame = line.trim().replace(/^,\s*/, '');
  if (frame === '' || frame === ',') return;
  frame = perfFrame.exec(frame)?.[1] ?? frame;
  key.push(frame.replace(/\+(0x[0-9a-f]+|\d+)$/, ''));
}
