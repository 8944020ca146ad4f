// Every input format perfgate reads: one line each. Detection is by content only; the
// importer with the highest sniff confidence above zero wins.

import type { Importer } from './importer.js';
import { pprofImporter } from './pprof/importer.js';
import { pprofLegacyImporter } from './pprof-legacy/importer.js';
import { foldedImporter } from './folded/importer.js';
import { perfScriptImporter } from './perf-script/importer.js';
import { bpftraceImporter } from './bpftrace/importer.js';
import { otlpJsonImporter } from './otlp-json/importer.js';
import { otlpProtoImporter } from './otlp-proto/importer.js';
import { zipkinImporter } from './zipkin/importer.js';
import { jaegerImporter } from './jaeger/importer.js';
import { goTraceImporter } from './gotrace/importer.js';
import { goBenchImporter } from './gobench/importer.js';

export const importers: readonly Importer[] = [
  pprofImporter, // profile.proto, raw or gzipped
  pprofLegacyImporter, // legacy pprof: `?debug=1` text, gperftools heap/contention/thread, binary CPU
  foldedImporter, // `a;b;c 123` folded stacks (stackcollapse-perf.pl, bpftrace, eBPF tools)
  perfScriptImporter, // `perf script` text, collapsed as stackcollapse-perf.pl does
  bpftraceImporter, // bpftrace `@[ustack] = count()` / `@[kstack, ustack]` map output
  otlpJsonImporter, // OTLP/JSON ExportTraceServiceRequest, or Collector file-exporter JSON lines
  otlpProtoImporter, // OTLP/protobuf ExportTraceServiceRequest
  zipkinImporter, // Zipkin v2 JSON span array
  jaegerImporter, // Jaeger query API / UI JSON ({data: [trace]})
  goTraceImporter, // Go execution trace, headers go 1.5 … go 1.26 (streamed)
  goBenchImporter, // `go test -bench` output (Go benchmark data format, proposal 14313)
];

/** The importer most sure that `head` is its format, or undefined when none claims it. */
export function detectImporter(head: Uint8Array): Importer | undefined {
  let best: Importer | undefined;
  let bestConfidence = 0;
  for (const importer of importers) {
    const confidence = importer.sniff(head);
    if (confidence > bestConfidence) {
      best = importer;
      bestConfidence = confidence;
    }
  }
  return best;
}
