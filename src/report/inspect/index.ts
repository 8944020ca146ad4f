// `perfgate inspect`: a JSON-able summary of one parsed artifact, one summarizer per content
// type (a new content type adds one entry and one case here and one file beside this one).

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

function summarize(content: ArtifactContent): Record<string, unknown> {
  switch (content.type) {
    case 'profile':
      return summarizers.profile(content);
    case 'go-trace':
      return summarizers['go-trace'](content);
    case 'spans':
      return summarizers.spans(content);
    case 'bench':
      return summarizers.bench(content);
  }
}

export function inspectArtifact(artifact: ParsedArtifact): Record<string, unknown> {
  const summary = summarize(artifact.content);
  return {
    format: artifact.format,
    ...(artifact.formatVersion === undefined ? {} : { formatVersion: artifact.formatVersion }),
    ...summary,
    diagnostics: artifact.diagnostics,
  };
}
