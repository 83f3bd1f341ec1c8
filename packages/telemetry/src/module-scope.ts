import { AsyncLocalStorage } from 'node:async_hooks';
import { trace, type Context } from '@opentelemetry/api';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, Span, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * Which module the code running now belongs to. A modulith process hosts several modules under one
 * tracer provider (one resource), so each span is stamped with its module's `service.name` instead:
 * the Zipkin exporter reads that attribute per span, and {@link perModuleResource} regroups spans
 * by it for OTLP. Kept apart from the OpenTelemetry context, which consumers reset to the message's.
 */
const moduleStorage = new AsyncLocalStorage<string>();

export function runAsModule<T>(module: string, fn: () => T): T {
  return moduleStorage.run(module, fn);
}

export const currentModule = (): string | undefined => moduleStorage.getStore();

interface WithAttributes {
  attributes?: Record<string, unknown>;
}

/** Stamps `service.name` on spans that lack it: the running module's, else the local parent span's. */
export class ModuleSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    if (span.attributes[ATTR_SERVICE_NAME]) return;
    const parent = trace.getSpan(parentContext) as WithAttributes | undefined;
    const module = currentModule() ?? (parent?.attributes?.[ATTR_SERVICE_NAME] as string | undefined);
    if (module) span.setAttribute(ATTR_SERVICE_NAME, module);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** An exporter that presents each span with its module's resource, so OTLP backends see one service per module. */
export function perModuleResource(exporter: SpanExporter): SpanExporter {
  const resources = new Map<string, Resource>();
  const resourceOf = (base: Resource, module: string) => {
    let resource = resources.get(module);
    if (!resource) {
      resource = base.merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: module }));
      resources.set(module, resource);
    }
    return resource;
  };
  const present = (span: ReadableSpan): ReadableSpan => {
    const module = span.attributes[ATTR_SERVICE_NAME];
    if (typeof module !== 'string' || module === span.resource.attributes[ATTR_SERVICE_NAME]) return span;
    const resource = resourceOf(span.resource, module);
    return new Proxy(span, { get: (target, key) => (key === 'resource' ? resource : Reflect.get(target, key)) });
  };
  return {
    export: (spans: ReadableSpan[], done: (result: ExportResult) => void) => exporter.export(spans.map(present), done),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}
