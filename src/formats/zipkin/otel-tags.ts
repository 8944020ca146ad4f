// How OpenTelemetry spans are flattened into Zipkin tags and Jaeger tags, undone: status tags
// back to a status, span.kind to a kind, resource keys to resource attributes. Spec:
// opentelemetry.io/docs/specs/otel/trace/sdk_exporters/zipkin/ and .../jaeger/ (status, kind).

import type { Attributes, Span, SpanKind } from '../../model/span-set.js';

const resourcePrefixes = [
  'service.',
  'telemetry.',
  'host.',
  'os.',
  'process.',
  'deployment.',
  'cloud.',
  'k8s.',
  'container.',
  'faas.',
  'device.',
];

/** Splits flattened tags: keys of the resource semantic conventions go to the resource. */
export function splitResourceTags(tags: Attributes): { attributes: Attributes; resource: Attributes } {
  const attributes: Attributes = {};
  const resource: Attributes = {};
  for (const [key, value] of Object.entries(tags)) {
    if (resourcePrefixes.some((p) => key.startsWith(p))) resource[key] = value;
    else attributes[key] = value;
  }
  return { attributes, resource };
}

/**
 * How an `error` tag marks a span failed. Zipkin: any value (zipkin-go and others write the status
 * code or the error text there; the Collector's Zipkin receiver reads them all as errors).
 * Jaeger (OpenTracing): only `true`.
 */
export type ErrorTagRule = 'any-value' | 'true-only';

/** Takes `otel.status_code`, `otel.status_description` and `error` out of the tags. */
export function takeStatus(tags: Attributes, rule: ErrorTagRule): Span['status'] {
  const code = tags['otel.status_code'];
  const message = tags['otel.status_description'];
  const error = tags['error'];
  delete tags['otel.status_code'];
  delete tags['otel.status_description'];
  const present = error !== undefined && error !== null;
  const errorTag = error === true || error === 'true' || (rule === 'any-value' && present);
  if (errorTag || (typeof error === 'string' && code === 'ERROR')) delete tags['error'];
  const failed = code === 'ERROR' || errorTag;
  const errorText = typeof error === 'string' && error !== 'true' && error !== '' ? error : undefined;
  const text = typeof message === 'string' ? message : errorText;
  if (failed) return text ? { code: 'error', message: text } : { code: 'error' };
  return code === 'OK' ? { code: 'ok' } : { code: 'unset' };
}

const kinds: Record<string, SpanKind> = {
  server: 'server',
  client: 'client',
  producer: 'producer',
  consumer: 'consumer',
  internal: 'internal',
};

/** Takes Jaeger's `span.kind` tag out of the tags. */
export function takeKind(tags: Attributes): SpanKind {
  const value = tags['span.kind'];
  delete tags['span.kind'];
  return typeof value === 'string' ? (kinds[value.toLowerCase()] ?? 'unspecified') : 'unspecified';
}
