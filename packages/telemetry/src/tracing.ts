import { context, propagation, trace, type Context, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { ModuleSpanProcessor, perModuleResource } from './module-scope.ts';

export interface TelemetryOptions {
  serviceName: string;
  serviceVersion?: string;
  /** OTLP/HTTP endpoint of a collector, e.g. http://127.0.0.1:4318; no exporter when absent. */
  otlpEndpoint?: string | undefined;
  /** Zipkin's span intake, e.g. http://127.0.0.1:29411/api/v2/spans; preferred over OTLP when given. */
  zipkinEndpoint?: string | undefined;
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
  const processors: SpanProcessor[] = [new ModuleSpanProcessor(), ...(options.spanProcessors ?? [])];
  const exporter = options.zipkinEndpoint
    ? perModuleResource(new ZipkinExporter({ url: options.zipkinEndpoint }))
    : options.otlpEndpoint
      ? perModuleResource(new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }))
      : undefined;
  if (exporter) processors.push(new BatchSpanProcessor({ exporter }));
  // With nothing to export, a no-op processor still makes the SDK install a tracer provider, so
  // spans have real ids that reach logs and travel in traceparent headers.
  if (processors.length === 1) processors.push(new NoopSpanProcessor());
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
