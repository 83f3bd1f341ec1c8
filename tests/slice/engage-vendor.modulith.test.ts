import { SpanKind } from '@opentelemetry/api';
import { resetConsumerGroup } from '@playbook/bus-kafka/replay';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { createLogger } from '@playbook/telemetry/logger';
import { eventually } from '@playbook/testing/eventually';
import { collectSpans } from '@playbook/testing/spans';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFlowDiagram } from '../support/flow-docs.ts';
import { http, startSlice, type Slice } from '../support/slice.ts';
import { aiFlagsAndProducerPushesBack } from './ai-heads-up.ts';
import { cardSpendCarriedByTheDemo, pipelineCarriedByTheDemo } from './connector-flows.ts';
import { describeTheSeededDemo } from './demo-seeded.ts';
import { cancelAndRelease, engageApproveAndAudit, FLOW_1, FLOW_TYPES, isSideStep } from './flow.ts';

const spans = collectSpans('slice-modulith');
let slice: Slice;

beforeAll(async () => {
  slice = await startSlice('modulith');
  // Above the demo seed's own catch-up bound (180 s), so a seed that runs out of time says what is behind.
}, 240_000);
afterAll(() => slice?.dispose());

describeTheSeededDemo(() => slice);

describe('engage a vendor → PO → approval (Slack DMs the approver) → export to NetSuite → audit, every module in one process', () => {
  it('runs the whole flow under one correlation id and one trace', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const { purchaseOrderId } = await engageApproveAndAudit(
      slice,
      'flow-modulith-1',
      `00-${traceId}-b7ad6b7169203331-01`,
    );
    await expectFlowDiagram(slice, 'flow-modulith-1', FLOW_1);

    const flowSpans = await eventually(() => {
      const found = spans
        .spans()
        .filter((s) => s.attributes['playbook.correlation_id'] === 'flow-modulith-1' && s.kind !== SpanKind.SERVER);
      const published = found.filter((s) => s.kind === SpanKind.PRODUCER).map((s) => s.name.replace('publish ', ''));
      expect(new Set(published)).toEqual(new Set(FLOW_TYPES));
      return found;
    });
    expect(new Set(flowSpans.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
    const consumers = flowSpans
      .filter((s) => s.kind === SpanKind.CONSUMER)
      .map((s) => String(s.attributes['messaging.consumer.group.name']));
    for (const module of ['spend', 'approvals', 'activity'])
      expect(consumers).toContain(`${slice.namespace}.${module}`);
    const server = spans.spans().find((s) => s.kind === SpanKind.SERVER && s.spanContext().traceId === traceId);
    expect(server?.name).toBe('POST /engagements');

    const pos = await slice.query<{ n: number }>(
      'spend',
      'select count(*)::int as n from {schema}.purchase_orders where purchase_order_id = $1',
      [purchaseOrderId],
    );
    expect(pos[0]!.n).toBe(1);
  });

  it('undoes it: cancelling the approved engagement cancels the PO and releases the budget, once', async () => {
    const ids = await engageApproveAndAudit(slice, 'flow-modulith-cancel');
    await cancelAndRelease(slice, ids);
  });

  it('flags the demo engagement above the rate card; the producer pushes back; activity tells it', async () => {
    await aiFlagsAndProducerPushesBack(slice);
  });

  it('carries flows 3 and 2 through the sandboxes: a won HubSpot deal becomes an event, its site visit’s Ramp charges overrun its budget; asked again, nothing changes', async () => {
    await pipelineCarriedByTheDemo(slice);
    await cardSpendCarriedByTheDemo(slice);
  });

  it('refuses by the permission matrix with 403 problem+json, leaving no trace anywhere', async () => {
    const { demo, url } = slice;
    const { alex, pat, vic } = demo.users;
    const engage = (token: string, eventId: string, correlationId: string) =>
      http(`${url('vendors')}/engagements`, token, {
        body: {
          vendorId: demo.vendors.brightCatering,
          eventId,
          serviceLine: 'lunch',
          unit: 'person',
          quantity: 80,
          startsOn: '2027-03-10',
          endsOn: '2027-03-10',
        },
        correlationId,
      });
    const viewer = await engage(vic.token, demo.eventId, 'refused-viewer');
    expect(viewer.status).toBe(403);
    expect(viewer.headers.get('content-type')).toBe('application/problem+json');

    const eventB = await http(`${url('events')}/events`, alex.token, {
      body: {
        clientId: demo.clientId,
        name: 'Northwind Roadshow',
        startsOn: '2027-05-01',
        endsOn: '2027-05-02',
        timezone: 'Europe/London',
      },
    });
    expect(eventB.status).toBe(201);
    await eventually(async () => {
      // Both of vendors' readers of EventCreated: the scope tree (403) and its own events (else 404 EVENT_UNKNOWN).
      const known = await slice.query('vendors', 'select 1 from {schema}.access_scope_nodes where id = $1', [
        eventB.body.eventId,
      ]);
      expect(known).toHaveLength(1);
      const recorded = await slice.query('vendors', 'select 1 from {schema}.events where event_id = $1', [
        eventB.body.eventId,
      ]);
      expect(recorded).toHaveLength(1);
    });
    const otherEvent = await engage(pat.token, eventB.body.eventId, 'refused-other-event');
    expect(otherEvent.status).toBe(403);

    const lead = await http(`${url('directory')}/users`, alex.token, {
      body: { email: 'lee@lumen.example', displayName: 'Lee Lead' },
    });
    const leadGrant = await http(`${url('directory')}/grants`, alex.token, {
      body: { userId: lead.body.userId, role: 'producer', clientId: demo.clientId },
    });
    expect(leadGrant.status).toBe(201);
    const { mintToken } = await import('@playbook/service-kit/tokens');
    const leadToken = await mintToken(
      { id: lead.body.userId, orgId: demo.orgId },
      (await import('../support/harness.ts')).JWT_SECRET,
    );
    const covered = await eventually(async () => {
      const r = await engage(leadToken, eventB.body.eventId, 'client-grant-covers');
      expect(r.status).toBe(201);
      return r;
    });
    expect(covered.body.eventId).toBe(eventB.body.eventId);

    await eventually(
      async () => {
        const done = await http(`${url('activity')}/activity?correlationId=client-grant-covers`, alex.token);
        expect(done.body.items.map((e: { type: string }) => e.type)).toEqual(
          expect.arrayContaining(['approvals.ApprovalRequested']),
        );
      },
      { timeoutMs: 30_000 },
    );
    for (const refused of ['refused-viewer', 'refused-other-event']) {
      const audit = await http(`${url('activity')}/activity?correlationId=${refused}`, alex.token);
      expect(audit.body.items).toEqual([]);
      const outbox = await slice.query(
        'vendors',
        "select 1 from {schema}.outbox where payload->>'correlationId' = $1",
        [refused],
      );
      expect(outbox).toEqual([]);
    }
  });

  it('creates no second PO when the vendors topic is replayed from the start', async () => {
    const spend = slice.modulith!.service('spend');
    const before = await slice.query<{ n: number }>('spend', 'select count(*)::int as n from {schema}.purchase_orders');
    await spend.stop();
    const kafka = createKafka({
      clientId: 'replay-test',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      log: createLogger('replay-test', 'warn'),
    });
    await resetConsumerGroup(kafka, `${slice.namespace}.spend`, `${slice.namespace}.playbook.vendors.v1`, 'earliest');
    await spend.start({ listen: true });
    const engaged = await slice.query<{ n: number }>(
      'vendors',
      "select count(*)::int as n from {schema}.outbox where type = 'vendors.VendorEngaged'",
    );
    await eventually(async () => {
      const inbox = await slice.query<{ n: number }>(
        'spend',
        "select count(*)::int as n from {schema}.inbox where consumer = 'raise-po-when-vendor-engaged'",
      );
      expect(inbox[0]!.n).toBe(engaged[0]!.n);
    });
    const after = await slice.query<{ n: number }>('spend', 'select count(*)::int as n from {schema}.purchase_orders');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('lets a consumer that was down catch up, with nothing lost and nothing doubled', async () => {
    const { demo, url } = slice;
    const approvals = slice.modulith!.service('approvals');
    await approvals.stop();
    const engaged = await http(`${url('vendors')}/engagements`, demo.users.pat.token, {
      body: {
        vendorId: demo.vendors.acmeAv,
        eventId: demo.eventId,
        serviceLine: 'lighting-technician',
        unit: 'day',
        quantity: 2,
        startsOn: '2027-03-10',
        endsOn: '2027-03-11',
      },
      correlationId: 'while-approvals-down',
    });
    expect(engaged.status).toBe(201);
    await eventually(async () => {
      const raised = await slice.query('spend', 'select 1 from {schema}.purchase_orders where engagement_id = $1', [
        engaged.body.engagementId,
      ]);
      expect(raised).toHaveLength(1);
    });
    await approvals.start({ listen: true });
    const requested = await eventually(
      async () => {
        const audit = await http(
          `${url('activity')}/activity?correlationId=while-approvals-down`,
          demo.users.alex.token,
        );
        // contracts drafts the SOW and work opens the approver's task in the same flow; their places
        // in the trail depend on timing.
        const types = audit.body.items.map((e: { type: string }) => e.type).filter((type: string) => !isSideStep(type));
        expect(types).toEqual(['vendors.VendorEngaged', 'spend.PurchaseOrderRaised', 'approvals.ApprovalRequested']);
        return types;
      },
      { timeoutMs: 30_000 },
    );
    expect(requested).toHaveLength(3);
    const rows = await slice.query<{ n: number }>(
      'approvals',
      'select count(*)::int as n from {schema}.approval_requests where correlation_id = $1',
      ['while-approvals-down'],
    );
    expect(rows[0]!.n).toBe(1);
  });
});
