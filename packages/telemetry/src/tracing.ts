import { context, propagation, trace, type Context, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

export interface TelemetryOptions {
  serviceName: string;
  serviceVersion?: string;
  /** OTLP/HTTP endpoint of a collector, e.g. http://127.0.0.1:4318; no exporter when absent. */
  otlpEndpoint?: string | undefined;
  /** Extra processors, e.g. an in-memory collector in tests. */
  spanProcessors?: SpanProcessor[];
}

let sdk: NodeSDK | undefined;

/**
 * Starts OpenTelemetry once per process (several modules may share a process in the modulith,
 * so later calls are no-ops). The context manager and W3C propagators are always installed:
 * correlation ids ride in baggage and traceparent crosses Kafka even when nothing is exported.
 */
export function initTelemetry(options: TelemetryOptions): void {
  if (sdk) return;
  const processors = [...(options.spanProcessors ?? [])];
  if (options.otlpEndpoint) {
    processors.push(
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
      }),
    );
  }
  // With nothing to export, a no-op processor still makes the SDK install a tracer provider, so
  // spans have real ids that reach logs and travel in traceparent headers.
  if (processors.length === 0) processors.push(new NoopSpanProcessor());
  sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      [ATTR_SERVICE_VERSION]: options.serviceVersion ?? '0.0.0',
    }),
    autoDetectResources: false,
    spanProcessors: processors,
    contextManager: new AsyncLocalStorageContextManager(),
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: [],
  });
  sdk.start();
}

export async function shutdownTelemetry(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown();
}

export function tracer(name = 'playbook'): Tracer {
  return trace.getTracer(name);
}

/** Serialises the active (or given) context into carrier headers: traceparent, tracestate, baggage. */
export function injectContext(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** Restores a context from carrier headers (HTTP, Kafka, or an outbox row). */
export function extractContext(carrier: Record<string, string | undefined>): Context {
  return propagation.extract(context.active(), carrier);
}
