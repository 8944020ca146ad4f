// Reads `go tool pprof -top` output, the reference that flat/cum tests compare with: the total
// (`… of N total`) and one row per function (`flat flat% sum% cum cum% name`, values with or
// without a unit suffix). pprof prints a function once per node, so an inlined copy (`(inline)`)
// repeats a name: flat values add up and cum is the largest. Signed values (a -diff_base
// profile) cannot be merged that way, so a repeated name there is an error.

export interface TopRow {
  flat: number;
  cum: number;
}

export function parsePprofTop(text: string): { total: number; rows: Map<string, TopRow> } {
  const header = text.search(/^\s*flat\s+flat%/m);
  if (header < 0) throw new Error('no `flat flat%` header: not go tool pprof -top output');
  const rows = new Map<string, TopRow>();
  for (const line of text.slice(header).split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const m = /^\s*(-?\d+)[a-zA-Z]*\s+\S+\s+\S+\s+(-?\d+)[a-zA-Z]*\s+\S+\s+(.*)$/.exec(line);
    if (!m) throw new Error(`unparsed pprof -top row: ${line}`);
    const name = (m[3] ?? '').replace(/ \((partial-)?inline\)$/, '');
    const [flat, cum] = [Number(m[1]), Number(m[2])];
    const seen = rows.get(name);
    if (seen && (cum < 0 || seen.cum < 0 || flat < 0 || seen.flat < 0)) {
      throw new Error(`${name} appears twice with signed values; they cannot be merged`);
    }
    rows.set(name, seen ? { flat: seen.flat + flat, cum: Math.max(seen.cum, cum) } : { flat, cum });
  }
  const total = /of (-?\d+)[a-zA-Z]* total/.exec(text)?.[1];
  if (total === undefined) throw new Error('no `of N total` line');
  return { total: Number(total), rows };
}
