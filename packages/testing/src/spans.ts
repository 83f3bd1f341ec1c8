import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { initTelemetry } from '@playbook/telemetry/tracing';

export type { ReadableSpan };

/** One per process, because telemetry is initialised once per process. */
const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor({ exporter });
let installed = false;

export interface SpanCollector {
  /** Every span ended since the last reset, in the order they ended. */
  spans(): ReadableSpan[];
  /** The spans of one trace, e.g. `spansFor(span.spanContext().traceId)`. */
  spansFor(traceId: string): ReadableSpan[];
  reset(): void;
}

export const spanCollector: SpanCollector = {
  spans: () => exporter.getFinishedSpans(),
  spansFor: (traceId) => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId),
  reset: () => exporter.reset(),
};

export const spansFor = (traceId: string): ReadableSpan[] => spanCollector.spansFor(traceId);

/**
 * Installs the in-memory collector through `initTelemetry({ spanProcessors })` and returns it.
 * Call it before anything else initialises telemetry in the test process (e.g. at the top of the
 * test file or in a setup file): a process whose telemetry is already running cannot take a new
 * processor, and then this throws instead of letting a trace test pass on no spans.
 */
export function collectSpans(serviceName = 'test'): SpanCollector {
  if (installed) return spanCollector;
  initTelemetry({ serviceName, spanProcessors: [processor] });
  trace.getTracer('playbook-testing').startSpan('collector-probe').end();
  const probed = exporter.getFinishedSpans().some((s) => s.name === 'collector-probe');
  exporter.reset();
  if (!probed) {
    throw new Error(
      'collectSpans(): telemetry was initialised before the span collector was installed; call collectSpans() first in this test process',
    );
  }
  installed = true;
  return spanCollector;
}
