// The line grammar of the Go benchmark data format (golang.org/design/14313-benchmark-format,
// and golang.org/x/perf/benchfmt): configuration lines `key: value` (key starts lower case, has
// no space or upper case), result lines `BenchmarkName[-procs] N value unit [value unit]…`, and
// every other line (PASS, ok, test logs) ignored.

export interface ConfigLine {
  kind: 'config';
  key: string;
  value: string;
}

export interface ResultLine {
  kind: 'result';
  name: string;
  procs: number;
  iterations: number;
  values: { value: number; unit: string }[];
}

export interface BadLine {
  kind: 'bad';
  reason: string;
}

export type BenchLine = ConfigLine | ResultLine | BadLine | { kind: 'other' };

const configLine = /^(\p{Ll}[^\s\p{Lu}:]*):(?:[ \t]+(.*))?$/u;
/** Any line starting `Benchmark`, as golang.org/x/perf/benchfmt reads them (the proposal asked for
 *  an upper-case letter next; benchfmt and bent's `Benchmarkk8s_…` lines do not). */
const resultStart = /^Benchmark/;

export function classifyLine(line: string): BenchLine {
  if (resultStart.test(line)) return resultLine(line);
  const config = configLine.exec(line);
  if (config) return { kind: 'config', key: config[1] as string, value: (config[2] ?? '').trim() };
  return { kind: 'other' };
}

function resultLine(line: string): BenchLine {
  const fields = line.trim().split(/\s+/);
  const full = fields[0] as string;
  if (fields.length < 2) return { kind: 'other' }; // the name alone, printed before a benchmark's log lines
  const iterations = Number(fields[1]);
  if (!/^\d+$/.test(fields[1] as string) || !Number.isSafeInteger(iterations))
    return { kind: 'bad', reason: 'iteration count is not an integer' };
  if ((fields.length - 2) % 2 !== 0) return { kind: 'bad', reason: 'a value without its unit' };
  const values: { value: number; unit: string }[] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const value = Number(fields[i]);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(fields[i] as string) || !Number.isFinite(value))
      return { kind: 'bad', reason: 'a value is not a number' };
    values.push({ value, unit: fields[i + 1] as string });
  }
  const { name, procs } = splitProcs(full);
  return { kind: 'result', name, procs, iterations, values };
}

/** `BenchmarkX/sub-8` → name `BenchmarkX/sub`, procs 8; no suffix means GOMAXPROCS 1. */
export function splitProcs(full: string): { name: string; procs: number } {
  const match = /^(.*)-(\d+)$/.exec(full);
  if (!match || (match[1] as string).length <= 'Benchmark'.length - 1) return { name: full, procs: 1 };
  return { name: match[1] as string, procs: Number(match[2]) };
}
