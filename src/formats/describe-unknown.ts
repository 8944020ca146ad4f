// What a file perfgate does not read appears to be, and what to give it instead: the refusal
// names the file's kind rather than "not a format perfgate reads". Checked only after every
// importer said "not mine". See docs/formats.md.

interface Shape {
  /** True when the first bytes (as text, and raw) look like this kind of file. */
  test(text: string, head: Uint8Array): boolean;
  says: string;
}

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

const shapes: Shape[] = [
  {
    test: (t) => /^\s*flat\s+flat%\s+sum%\s+cum\s+cum%/m.test(t),
    says: '`go tool pprof -top` text output: give perfgate the profile file pprof read',
  },
  {
    test: (t) => /^PeriodType: /m.test(t) && /^Samples:/m.test(t),
    says: '`go tool pprof -raw` text output: give perfgate the profile file pprof read',
  },
  {
    test: (_, h) => startsWith(h, [0x50, 0x45, 0x52, 0x46, 0x49, 0x4c, 0x45, 0x32]), // PERFILE2
    says: 'perf.data (binary): run `perf script` on it and give perfgate the text',
  },
  {
    test: (_, h) => startsWith(h, [0x46, 0x4c, 0x52, 0x00]), // FLR\0
    says: 'Java Flight Recorder (JFR) file: convert it to pprof (e.g. with jfr2pprof or async-profiler)',
  },
  { test: (_, h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), says: 'an ELF executable, not a profile or a trace' },
  {
    test: (t) => /^\s*\{\s*"traceEvents"\s*:/.test(t) || (/^\s*\[\s*\{/.test(t) && /"ph"\s*:.*"ts"\s*:/.test(t)),
    says: 'Chrome trace-event JSON: perfgate reads Go execution traces (`go test -trace`) and span exports',
  },
  {
    test: (t) => t.includes('speedscope.app/file-format-schema'),
    says: 'speedscope profile: give perfgate the pprof profile it was made from',
  },
  {
    test: (t) => /"binaryAnnotations"\s*:/.test(t),
    says: 'Zipkin v1 JSON: perfgate reads Zipkin v2 spans (`/api/v2/spans`)',
  },
  {
    test: (t) => /"resource(Metrics|Logs)"\s*:/.test(t),
    says: 'OTLP metrics or logs export: perfgate reads OTLP traces (`resourceSpans`)',
  },
  {
    test: (t) => /^\s*\{"Time":"[^"]*","Action":"/.test(t),
    says: '`go test -json` event stream: give perfgate the plain `go test -bench` output',
  },
  {
    test: (t) => /^\s*name\s+old [\w/]+\s+new [\w/]+\s+delta/m.test(t) || /\bvs base\b/.test(t),
    says: 'benchstat comparison table: give perfgate the raw `go test -bench` output',
  },
  {
    test: (t) => /^goroutine \d+ \[[^\]]+\]:\n/.test(t),
    says: 'Go goroutine dump (`?debug=2` or a crash): give perfgate `/debug/pprof/goroutine?debug=1` or the profile',
  },
  {
    test: (t) => /^mode: (set|count|atomic)\n/.test(t),
    says: 'Go coverage profile (`-coverprofile`), not a performance profile',
  },
  {
    test: (t) => /^\s*<(!doctype html|html)/i.test(t),
    says: 'an HTML page (a saved pprof or trace web view?): give perfgate the profile or trace file itself',
  },
];

/** What the file appears to be, for the refusal, or undefined when it looks like nothing known. */
export function describeUnknown(head: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 16384));
  return shapes.find((s) => s.test(text, head))?.says;
}
