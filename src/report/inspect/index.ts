// `perfgate inspect`: a JSON-able summary of one parsed artifact, one summarizer per content
// type (a new content type adds one entry here and one file beside this one).

import type { ArtifactContent, ParsedArtifact } from '../../model/artifact.js';
import { inspectProfile } from './inspect-profile.js';
import { inspectGoTrace } from './inspect-go-trace.js';
import { inspectSpans } from './inspect-spans.js';
import { inspectBench } from './inspect-bench.js';

type Summarizers = {
  [T in ArtifactContent['type']]: (content: Extract<ArtifactContent, { type: T }>) => Record<string, unknown>;
};

const summarizers: Summarizers = {
  profile: (content) => inspectProfile(content.profile),
  'go-trace': (content) => inspectGoTrace(content.summary, content.profile),
  spans: (content) => inspectSpans(content.spans),
  bench: (content) => inspectBench(content.bench),
};

export function inspectArtifact(artifact: ParsedArtifact): Record<string, unknown> {
  const summarize = summarizers[artifact.content.type] as (c: ArtifactContent) => Record<string, unknown>;
  const summary = summarize(artifact.content);
  return {
    format: artifact.format,
    ...(artifact.formatVersion === undefined ? {} : { formatVersion: artifact.formatVersion }),
    ...summary,
    diagnostics: artifact.diagnostics,
  };
}
