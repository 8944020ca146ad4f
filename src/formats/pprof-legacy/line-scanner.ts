// Go's bufio.Scanner over lines, as the legacy parsers use it: `scan()` moves to the next line
// (a trailing \r dropped) and `text` is the current one, '' once the input is spent.

export class LineScanner {
  private readonly lines: string[];
  private next = 0;
  text = '';

  constructor(input: string) {
    this.lines = input.split('\n');
    if (this.lines[this.lines.length - 1] === '') this.lines.pop();
  }

  scan(): boolean {
    const line = this.lines[this.next];
    if (line === undefined) {
      this.text = '';
      return false;
    }
    this.next += 1;
    this.text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return true;
  }

  /** 1-based number of the current line. */
  get lineNumber(): number {
    return this.next;
  }
}

export function isSpaceOrComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

export function isMemoryMapSentinel(line: string): boolean {
  return line.includes('--- Memory map: ---') || line.includes('MAPPED_LIBRARIES:');
}

const hexNumber = /0x[0-9a-f]+/g;

/** Every `0x…` number in `s`; undefined when one does not fit 64 bits. */
export function parseHexAddresses(s: string): bigint[] | undefined {
  const out: bigint[] = [];
  for (const m of s.matchAll(hexNumber)) {
    if (m[0].length > 18 && BigInt(m[0]) > 0xffffffffffffffffn) return undefined;
    out.push(BigInt(m[0]));
  }
  return out;
}

/** strconv.ParseInt(s, 0, 64): `0x` hex, leading-zero octal, else decimal; undefined if invalid. */
export function parseIntBase0(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2] as string;
  let value = Number(body);
  if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (body.startsWith('0')) value = parseInt(body, 8) || 0;
  return m[1] === '-' ? -value : value;
}
