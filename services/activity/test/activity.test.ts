import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { definition } from '../src/definition.ts';
import { createTestWorld, emit, emitter, json, type TestWorld } from './harness.ts';

const ORG = 'org-acme';
const T0 = Date.UTC(2030, 0, 1, 12);
const run = randomUUID().slice(0, 8);
const FLOW = `flow-1-${run}`;
const OTHER_FLOW = `flow-2-${run}`;
const ORG_FLOW = `flow-3-${run}`;
let world: TestWorld;
let activity: Service;
let modules: Record<'vendors' | 'spend', Service>;
const tokens: Record<string, string> = {};
const at = (eventId: string) => ({ orgId: ORG, clientId: 'client-1', eventId });

const grants: [string, Role, { clientId?: string; eventId?: string }][] = [
  ['ada', 'admin', {}],
  ['cli', 'viewer', { clientId: 'client-1' }],
  ['vic-a', 'viewer', { eventId: 'event-a' }],
  ['vic-b', 'viewer', { eventId: 'event-b' }],
  ['pat', 'producer', { eventId: 'event-a' }],
  ['fin', 'finance', { clientId: 'client-1' }],
];

const po = (id: string, eventId: string) => ({
  purchaseOrderId: id,
  eventId,
  clientId: 'client-1',
  vendorId: 'v-1',
  amountMinor: 1_250_000,
  currency: 'USD',
  vendorName: 'Acme AV',
  engagementId: 'eng-1',
  description: 'lighting',
  raisedBy: 'pat',
});
const engagement = {
  engagementId: 'eng-1',
  vendorId: 'v-1',
  vendorName: 'Acme AV',
  eventId: 'event-a',
  clientId: 'client-1',
  serviceLine: 'lighting-technician',
  unit: 'day',
  quantity: 3,
  unitRateMinor: 416_667,
  amountMinor: 1_250_000,
  currency: 'USD',
  startsOn: '2030-03-01',
  endsOn: '2030-03-03',
};

async function publish(
  module: 'vendors' | 'spend',
  who: string,
  event: { type: string; key: string; scope: object; payload: object; occurredAt?: number },
  correlationId: string,
) {
  const res = await emit(modules[module], tokens[who]!, event, { 'x-correlation-id': correlationId });
  expect(res.status).toBe(201);
  return (await json(res)).messageId as string;
}
const recorded = (ids: string[]) =>
  eventually(async () => {
    const rows = await activity.sql()`select message_id from entries where message_id = any(${ids})`;
    expect(rows).toHaveLength(ids.length);
  });
const list = async (who: string, query: Record<string, string | number>) => {
  const res = await activity.app.request(
    `/activity?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`,
    { headers: { authorization: tokens[who]! } },
  );
  expect(res.status).toBe(200);
  return json(res) as Promise<{ items: any[]; nextCursor: string | null }>;
};
const types = async (who: string, query: Record<string, string | number>) =>
  (await list(who, query)).items.map((i) => i.type);

const ids: Record<string, string> = {};
beforeAll(async () => {
  world = await createTestWorld('activity');
  activity = await world.start(definition);
  modules = {
    vendors: await world.start(emitter('vendors'), 'vendorsfake'),
    spend: await world.start(emitter('spend'), 'spendfake'),
  };
  const sql = activity.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-b');
  for (const [who, role, scope] of grants) {
    await accessProjection.grant(sql, { grantId: `g-${who}`, principalId: who, role, scope: { orgId: ORG, ...scope } });
    tokens[who] = await world.bearer({ id: who, orgId: ORG });
  }
  tokens.outsider = await world.bearer({ id: 'ada', orgId: 'org-other' });
  // Published out of order on purpose: the trail orders by when things happened.
  ids.approved = await publish(
    'spend',
    'fin',
    {
      type: 'spend.PurchaseOrderApproved',
      key: 'po-1',
      scope: at('event-a'),
      occurredAt: T0 + 2000,
      payload: {
        purchaseOrderId: 'po-1',
        eventId: 'event-a',
        clientId: 'client-1',
        vendorId: 'v-1',
        amountMinor: 1_250_000,
        currency: 'USD',
        approvalRequestId: 'apr-1',
        approvedBy: 'fin',
      },
    },
    FLOW,
  );
  ids.engaged = await publish(
    'vendors',
    'pat',
    { type: 'vendors.VendorEngaged', key: 'eng-1', scope: at('event-a'), occurredAt: T0, payload: engagement },
    FLOW,
  );
  ids.raised = await publish(
    'spend',
    'pat',
    {
      type: 'spend.PurchaseOrderRaised',
      key: 'po-1',
      scope: at('event-a'),
      occurredAt: T0 + 1000,
      payload: po('po-1', 'event-a'),
    },
    FLOW,
  );
  ids.otherEvent = await publish(
    'spend',
    'pat',
    {
      type: 'spend.PurchaseOrderRaised',
      key: 'po-2',
      scope: at('event-b'),
      occurredAt: T0 + 3000,
      payload: po('po-2', 'event-b'),
    },
    OTHER_FLOW,
  );
  ids.orgLevel = await publish(
    'vendors',
    'ada',
    {
      type: 'vendors.VendorRegistered',
      key: 'v-1',
      scope: { orgId: ORG },
      occurredAt: T0 + 4000,
      payload: { vendorId: 'v-1', name: 'Acme AV', category: 'av' },
    },
    ORG_FLOW,
  );
  ids.clientLevel = await publish(
    'vendors',
    'ada',
    {
      type: 'vendors.RateCardPublished',
      key: 'v-1',
      scope: { orgId: ORG, clientId: 'client-1' },
      occurredAt: T0 + 5000,
      payload: { rateCardId: 'rc-1', vendorId: 'v-1', currency: 'USD', validFrom: '2030-01-01', lines: [] },
    },
    ORG_FLOW,
  );
  await recorded(Object.values(ids));
});
afterAll(() => world?.dispose());

describe('the story of one flow', () => {
  it('returns the events of two modules with one correlation id in the order they happened, with actor and producer', async () => {
    const { items, nextCursor } = await list('ada', { correlationId: FLOW });
    expect(nextCursor).toBeNull();
    expect(items.map((i) => [i.type, i.producer.module, i.actor.id])).toEqual([
      ['vendors.VendorEngaged', 'vendors', 'pat'],
      ['spend.PurchaseOrderRaised', 'spend', 'pat'],
      ['spend.PurchaseOrderApproved', 'spend', 'fin'],
    ]);
    expect(items[0]).toMatchObject({
      messageId: ids.engaged,
      occurredAt: new Date(T0).toISOString(),
      correlationId: FLOW,
      scope: at('event-a'),
      counts: { affected: 1 },
      payload: { engagementId: 'eng-1', quantity: 3 },
    });
  });

  it('filters by actor, type and time window (from inclusive, to exclusive)', async () => {
    expect(await types('ada', { correlationId: FLOW, actorId: 'fin' })).toEqual(['spend.PurchaseOrderApproved']);
    expect(await types('ada', { type: 'spend.PurchaseOrderRaised' })).toEqual([
      'spend.PurchaseOrderRaised',
      'spend.PurchaseOrderRaised',
    ]);
    const window = { from: new Date(T0 + 1000).toISOString(), to: new Date(T0 + 3000).toISOString() };
    expect(await types('ada', window)).toEqual(['spend.PurchaseOrderRaised', 'spend.PurchaseOrderApproved']);
    expect((await list('cli', { eventId: 'event-b' })).items.map((i) => i.messageId)).toEqual([ids.otherEvent]);
  });

  it('refuses a bad time or cursor with a 400 problem', async () => {
    const bad = await activity.app.request('/activity?from=yesterday', { headers: { authorization: tokens.ada! } });
    expect(bad.status).toBe(400);
    const cursor = await activity.app.request('/activity?cursor=bm9wZQ', { headers: { authorization: tokens.ada! } });
    expect((await json(cursor)).code).toBe('HTTP.BAD_CURSOR');
  });
});

describe('scopes', () => {
  const seen = async (who: string) => (await list(who, { limit: 500 })).items.map((i) => i.messageId);

  it('shows a viewer of event A nothing of event B, of the client level or of the organization level', async () => {
    expect(await seen('vic-a')).toEqual([ids.engaged, ids.raised, ids.approved]);
    expect(await types('vic-a', { correlationId: OTHER_FLOW })).toEqual([]);
    expect(await seen('vic-b')).toEqual([ids.otherEvent]);
  });

  it('shows a client grant its client and all its events, not the organization level; an org-wide grant everything', async () => {
    expect(await seen('cli')).toEqual([ids.engaged, ids.raised, ids.approved, ids.otherEvent, ids.clientLevel]);
    expect(await seen('ada')).toEqual(expect.arrayContaining(Object.values(ids)));
    expect(await seen('outsider')).toEqual([]);
  });

  it('reads one entry only within scope', async () => {
    const read = (who: string, id: string) =>
      activity.app.request(`/activity/${id}`, { headers: { authorization: tokens[who]! } });
    expect((await read('vic-b', ids.otherEvent!)).status).toBe(200);
    const refused = await read('vic-a', ids.otherEvent!);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect((await read('vic-a', ids.orgLevel!)).status).toBe(403);
    expect((await read('ada', randomUUID())).status).toBe(404);
  });
});

describe('pagination', () => {
  it('returns every entry exactly once, in order, page by page (ties on occurredAt broken by sequence)', async () => {
    const flow = `flow-page-${run}`;
    const emitted: string[] = [];
    for (let i = 0; i < 9; i++) {
      const occurredAt = T0 + 10_000 + (i < 3 ? i * 1000 : 5000); // six share one instant
      emitted.push(
        await publish(
          'spend',
          'pat',
          {
            type: 'spend.PurchaseOrderRaised',
            key: `po-p${i}`,
            scope: at('event-a'),
            occurredAt,
            payload: po(`po-p${i}`, 'event-a'),
          },
          flow,
        ),
      );
    }
    await recorded(emitted);
    const pages: any[][] = [];
    let cursor: string | null = null;
    do {
      const page: { items: any[]; nextCursor: string | null } = await list('vic-a', {
        correlationId: flow,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const all = pages.flat();
    expect(pages).toHaveLength(5);
    expect(all.map((i) => i.messageId).sort()).toEqual([...emitted].sort());
    const keys = all.map((i) => [Date.parse(i.occurredAt), i.sequence] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});

describe('append-only', () => {
  it('discards a duplicate delivery: the same message sent again adds no second entry', async () => {
    const vendorsSql = modules.vendors.sql();
    await vendorsSql`update outbox set published_at = null where id = ${ids.engaged!}`; // the relay sends it again
    await eventually(async () => {
      const [row] = await vendorsSql`select published_at from outbox where id = ${ids.engaged!}`;
      expect(row?.published_at).not.toBeNull();
    });
    // Same key, so the same partition, after the duplicate: once it is recorded, the duplicate was consumed.
    const sentinel = await publish(
      'vendors',
      'pat',
      {
        type: 'vendors.EngagementCancelled',
        key: 'eng-1',
        scope: at('event-a'),
        payload: { engagementId: 'eng-1', vendorId: 'v-1', eventId: 'event-a', reason: null },
      },
      FLOW,
    );
    await recorded([sentinel]);
    expect(await activity.sql()`select 1 from entries where message_id = ${ids.engaged!}`).toHaveLength(1);
    expect(await types('ada', { correlationId: FLOW })).toHaveLength(4);
  });

  it('refuses to update or delete an entry, in the database itself', async () => {
    await expect(
      activity.sql()`update entries set actor_id = 'mallory' where message_id = ${ids.engaged!}`,
    ).rejects.toThrow(/append-only/);
    await expect(activity.sql()`delete from entries where message_id = ${ids.engaged!}`).rejects.toThrow(/append-only/);
  });
});

describe('the scope tree decides an event’s client', () => {
  it('shows and filters an entry by its event’s client in the tree, not the client its publisher named', async () => {
    const flow = `flow-tree-${run}`;
    const id = await publish(
      'spend',
      'pat',
      {
        type: 'spend.PurchaseOrderRaised',
        key: 'po-tree',
        scope: { orgId: ORG, clientId: 'client-2', eventId: 'event-b' },
        payload: { ...po('po-tree', 'event-b'), clientId: 'client-2' },
      },
      flow,
    );
    await recorded([id]);
    expect((await list('cli', { correlationId: flow })).items.map((i) => i.messageId)).toEqual([id]);
    expect((await list('ada', { correlationId: flow, clientId: 'client-1' })).items).toHaveLength(1);
    expect((await list('ada', { correlationId: flow, clientId: 'client-2' })).items).toEqual([]);
  });
});
