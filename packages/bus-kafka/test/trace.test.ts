import { context, SpanKind, trace } from '@opentelemetry/api';
import { collectSpans } from '@playbook/testing/spans';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, type BusHarness } from './harness.ts';

const spans = collectSpans('bus-kafka-trace-test'); // before anything else starts telemetry
let h: BusHarness | undefined;
afterAll(() => h?.close());

it('continues the publisher’s trace through the outbox, the relay and the consumer', async () => {
  h = await busHarness('trace');
  const consumer = h.consumer(h.group('trace'));
  await consumer.start();
  const relay = h.relay();
  await relay.start();

  const command = trace.getTracer('test').startSpan('POST /widgets', { kind: SpanKind.SERVER });
  await context.with(trace.setSpan(context.active(), command), () => h!.publish([{ key: 'w1', seq: 0 }]));
  command.end();
  const { traceId } = command.spanContext();

  const hop = await eventually(() => {
    const inTrace = spans.spansFor(traceId);
    const publish = inTrace.find((s) => s.name === 'publish testkit.ProbeRecorded');
    const processed = inTrace.find((s) => s.name === 'process testkit.ProbeRecorded');
    expect(publish).toBeDefined();
    expect(processed).toBeDefined();
    return { publish: publish!, processed: processed! };
  });
  expect(hop.publish.kind).toBe(SpanKind.PRODUCER);
  expect(hop.publish.parentSpanContext?.spanId).toBe(command.spanContext().spanId);
  expect(hop.processed.kind).toBe(SpanKind.CONSUMER);
  expect(hop.processed.parentSpanContext?.spanId).toBe(hop.publish.spanContext().spanId);
  expect(hop.processed.attributes).toMatchObject({
    'playbook.correlation_id': 'corr-w1:0',
    'playbook.outcome': 'handled',
    'messaging.destination.name': h.topic,
  });
});
