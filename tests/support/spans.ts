import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace';

const exporter = new InMemorySpanExporter();
/** Every span of this test process, kept in memory so tests can assert on whole traces. */
export const spanCollector = {
  processor: new SimpleSpanProcessor({ exporter }),
  spans: (): ReadableSpan[] => exporter.getFinishedSpans(),
  trace: (traceId: string): ReadableSpan[] => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId),
};
