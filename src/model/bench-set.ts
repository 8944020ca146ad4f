// The results of `go test -bench` runs in the Go benchmark data format (proposal 14313): one
// entry per result line, with the configuration (goos, pkg, cpu, custom keys) in force at that
// line, the iteration count and every (value, unit) pair, including b.ReportMetric units.

/** One measurement on a result line: `308510 ns/op`, `12.5 MB/s`, `3 widgets/op`. */
export interface BenchValue {
  value: number;
  unit: string;
}

export interface BenchResult {
  /** Name without the `Benchmark` prefix's procs suffix: `BenchmarkCheckout/small`. */
  name: string;
  /** GOMAXPROCS from the `-N` suffix; 1 when absent. */
  procs: number;
  /** b.N of this result line. */
  iterations: number;
  values: BenchValue[];
  /** The configuration lines in force (file-level `goos:`, `pkg:`, …, and any later change). */
  config: Record<string, string>;
  /** 1-based line number in the input. */
  line: number;
}

export interface BenchSet {
  results: BenchResult[];
}

/** `BenchmarkCheckout/small` at `-4`: the key that samples are grouped by (procs kept apart when not 1). */
export function benchKey(result: BenchResult): string {
  const pkg = result.config['pkg'];
  const base = result.procs === 1 ? result.name : `${result.name}-${result.procs}`;
  return pkg ? `${pkg}.${base}` : base;
}
