import { SpanKind } from '@opentelemetry/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { widgetService } from '../fixtures/widget-service.ts';
import { collectSpans } from '@playbook/testing/spans';
import { eventually } from '@playbook/testing/eventually';
import { createWorld, json, type World } from '../support/harness.ts';

const spanCollector = collectSpans('one-trace-test');

let world: World;
let api: Service;
let observer: Service;

beforeAll(async () => {
  world = await createWorld('trace');
  api = await world.start(widgetService('testkit'));
  observer = await world.start(widgetService('observer'));
  await accessProjection.grant(api.sql(), {
    grantId: 'g1',
    principalId: 'ada',
    role: 'admin',
    scope: { orgId: 'org-1' },
  });
}, 120_000);
afterAll(() => world?.dispose());

it('keeps one trace and one correlation id from the HTTP request, through the outbox and Kafka, to a consumer in another service', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const res = await api.app.request('/widgets', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await world.token({ id: 'ada', orgId: 'org-1' })}`,
      traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      'x-correlation-id': 'flow-trace-1',
    },
    body: JSON.stringify({ orgId: 'org-1', name: 'Truss', quantity: 2, unitCostCents: 900 }),
  });
  expect(res.status).toBe(201);
  const { widgetId } = await json(res);

  const seen = await eventually(async () => {
    const [row] = await observer.sql()`select * from seen_widgets where widget_id = ${widgetId}`;
    expect(row).toBeDefined();
    return row!;
  });
  expect(seen.correlation_id).toBe('flow-trace-1');

  const spans = await eventually(() => {
    const found = spanCollector.spansFor(traceId);
    expect(
      found.some(
        (s) =>
          s.kind === SpanKind.CONSUMER &&
          s.attributes['messaging.consumer.group.name'] === `${world.namespace}.observer`,
      ),
    ).toBe(true);
    return found;
  });
  const kinds = spans.map((s) => `${s.kind}:${s.name}`);
  expect(kinds).toEqual(
    expect.arrayContaining([
      `${SpanKind.SERVER}:POST /widgets`,
      `${SpanKind.PRODUCER}:publish testkit.WidgetCreated`,
      `${SpanKind.CONSUMER}:process testkit.WidgetCreated`,
    ]),
  );
  for (const span of spans.filter((s) => s.kind !== SpanKind.INTERNAL)) {
    expect(span.attributes['playbook.correlation_id']).toBe('flow-trace-1');
  }
  const server = spans.find((s) => s.kind === SpanKind.SERVER)!;
  const producer = spans.find((s) => s.kind === SpanKind.PRODUCER)!;
  expect(producer.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
  const consumers = spans.filter((s) => s.kind === SpanKind.CONSUMER);
  expect(consumers.every((c) => c.parentSpanContext?.spanId === producer.spanContext().spanId)).toBe(true);
});
