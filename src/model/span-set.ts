// The canonical span model: what OTLP (JSON and protobuf), Jaeger and Zipkin exports map onto.
// Shaped after the OTLP trace data model (opentelemetry-proto, trace/v1/trace.proto); times are
// unix nanoseconds as bigint so nothing is rounded, ids are lowercase hex as found on the wire.

export type SpanKind = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';

export type StatusCode = 'unset' | 'ok' | 'error';

/** An attribute value; 64-bit integers beyond 2^53 are kept as decimal strings. */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };

export type Attributes = Record<string, AttributeValue>;

export interface SpanEvent {
  name: string;
  timeUnixNano: bigint;
  attributes: Attributes;
}

export interface Span {
  /** 32 hex digits when valid; kept as found otherwise, so `span.invalid-id` can name it. */
  traceId: string;
  /** 16 hex digits when valid. */
  spanId: string;
  /** Undefined for a root span. */
  parentSpanId: string | undefined;
  name: string;
  /** `service.name` of the resource (Zipkin: localEndpoint.serviceName; Jaeger: the process). */
  service: string;
  kind: SpanKind;
  startUnixNano: bigint;
  /** End minus start; negative when the end lies before the start; undefined when never ended. */
  durationNs: bigint | undefined;
  status: { code: StatusCode; message?: string };
  attributes: Attributes;
  resourceAttributes: Attributes;
  events: SpanEvent[];
  /** Zipkin `shared`: a server span that reuses its client's span id (B3 single-host style). */
  shared?: boolean;
  /** Where the span sits in its file: a JSON pointer (with `line N ` for JSON lines) or `@0x1a2b`. */
  where: string;
}

export interface SpanSet {
  spans: Span[];
}
