// Shared by the span tests: parse a fixture by content (as the engine does, file name unused),
// and wrap parsed exports into base/head runs for the span health checks.

import { readFileSync } from 'node:fs';
import type { ImportedArtifact, ParsedArtifact, Run, Side } from '../src/model/artifact.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Span } from '../src/model/span-set.js';
import { detectImporter } from '../src/formats/registry.js';
import { sniffBytes } from '../src/formats/importer.js';

export const spanFormats = ['otlp-json', 'otlp-proto', 'zipkin', 'jaeger'] as const;
export type SpanFormat = (typeof spanFormats)[number];

export const scenarios = [
  'good',
  'slow',
  'n-plus-one',
  'broken-propagation',
  'missing-parents',
  'clock-skew',
  'missing-attributes',
  'bad-ids',
];

const extension: Record<SpanFormat, string> = {
  'otlp-json': 'jsonl',
  'otlp-proto': 'pb',
  zipkin: 'json',
  jaeger: 'json',
};

export function fixturePath(format: SpanFormat, scenario: string): string {
  return `fixtures/${format}/${scenario}.${extension[format]}`;
}

/** Detects the importer from the bytes alone and parses. */
export function parseBytes(bytes: Uint8Array, path = '<input>'): ParsedArtifact {
  const importer = detectImporter(bytes.subarray(0, sniffBytes));
  if (!importer?.parse) throw new Error(`no importer claims ${path}`);
  return importer.parse(bytes, { path, limits: defaultLimits, diagnostics: new DiagnosticSink() });
}

export function parseFile(path: string): ParsedArtifact {
  return parseBytes(new Uint8Array(readFileSync(path)), path);
}

export function spansOf(artifact: ParsedArtifact): Span[] {
  if (artifact.content.type !== 'spans') throw new Error(`not a span export: ${artifact.format}`);
  return artifact.content.spans.spans;
}

export function runOf(side: Side, paths: string[], id = `${side}-1`): Run {
  const artifacts: ImportedArtifact[] = paths.map((path) => ({ ...parseFile(path), path, side, run: id }));
  return { side, id, artifacts };
}
