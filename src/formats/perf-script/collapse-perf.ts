// `perf script` output collapsed exactly as FlameGraph's stackcollapse-perf.pl does with no
// options: one stack per event record (process name first, then caller to callee), weighted by the
// event's period when perf printed one; only the first event type seen is kept; `[unknown]`
// frames are named after their module; function names tidied (arguments cut, `;` → `:`, quotes
// dropped, Java `L` prefixes removed). A record is counted at the blank line that ends it, so a
// last record without one is left out, as the script does.

export interface Collapsed {
  stacks: Map<string, number>;
  /** Lines that are neither an event header, a stack line, a comment nor blank. */
  unrecognized: number;
  /** Event records of another event type than the first, skipped. */
  filteredEvent: string;
}

const eventHeader = /^(\S.+?)\s+(\d+)\/*(\d+)*\s+/;
const eventPeriod = /:\s*(\d+)*\s+(\S+):\s*$/;
const stackLine = /^\s*(\w+)\s*(.+) \((.*)\)/;

export function collapsePerf(text: string): Collapsed {
  const out: Collapsed = { stacks: new Map(), unrecognized: 0, filteredEvent: '' };
  let eventFilter = '';
  let stack: string[] = [];
  let pname: string | undefined;
  let period = 1;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // text after the last newline: not a line
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    if (line === '') {
      if (pname === undefined || pname === '') continue;
      stack.unshift(pname);
      const key = stack.join(';');
      out.stacks.set(key, (out.stacks.get(key) ?? 0) + period);
      stack = [];
      pname = undefined;
      continue;
    }
    const header = eventHeader.exec(line);
    if (header) {
      const p = eventPeriod.exec(line);
      if (p) {
        const event = p[2] as string;
        if (eventFilter === '') eventFilter = event;
        else if (event !== eventFilter) {
          out.filteredEvent = event;
          continue;
        }
      }
      period = p?.[1] ? Number(p[1]) : 1;
      pname = (header[1] as string).replace(/ /g, '_');
      continue;
    }
    const frame = stackLine.exec(line);
    if (!frame) {
      out.unrecognized += 1;
      continue;
    }
    if (pname === undefined || pname === '') continue;
    const frames = framesOf(frame[2] as string, frame[3] as string, pname);
    if (frames) stack.unshift(...frames);
  }
  return out;
}

/** One stack line's frames (several when perf shows an inline chain `a->b`), or undefined to skip. */
function framesOf(raw: string, module: string, pname: string): string[] | undefined {
  const rawfunc = raw.replace(/\+0x[\da-f]+$/, '');
  if (rawfunc.startsWith('(')) return undefined; // a process name
  const frames: string[] = [];
  for (const part of rawfunc.split('->')) {
    let func = part;
    if (func === '[unknown]') func = module !== '[unknown]' ? `[${module.replace(/.*\//, '')}]` : '[unknown]';
    func = func.replace(/;/g, ':');
    if (!/\.\(.*\)\./.test(func)) func = func.replace(/\((?!anonymous namespace\)).*/, '');
    func = func.replace(/["']/g, '');
    if (pname.startsWith('java') && func.includes('/')) func = func.replace(/^L/, '');
    if (frames.length > 0 && !func.includes('_[i]')) func += '_[i]';
    frames.push(func);
  }
  return frames;
}
