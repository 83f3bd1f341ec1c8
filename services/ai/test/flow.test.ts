import { randomUUID } from 'node:crypto';
import { definition as activityDefinition } from '@playbook/activity/definition';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { definition as vendorsDefinition } from '@playbook/vendors/definition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { createWorld, type World } from './harness.ts';
import { arrangeAccess, CLIENT, call, EVENT, json, ORG, publish } from './world.ts';

// Flow 1's last step, end to end: vendors, ai and activity on the real bus and database.
let world: World;
let vendors: Service;
let ai: Service;
let activity: Service;
const tokens: Record<string, string> = {};
const flow = `flow-${randomUUID()}`;
let engagementId: string;
let rateCardId: string;
let headsUp: { headsUpId: string; citations: any[]; records: any[]; runId: string };

beforeAll(async () => {
  world = await createWorld('ai-flow');
  [vendors, ai, activity] = [
    await world.start(vendorsDefinition),
    await world.start(definition),
    await world.start(activityDefinition),
  ];
  const events = await world.start({ name: 'events' });
  for (const svc of [vendors, ai, activity]) await arrangeAccess(svc);
  for (const id of ['admin', 'pat', 'vic']) tokens[id] = await world.bearer({ id, orgId: ORG });
  const payload = {
    eventId: EVENT,
    clientId: CLIENT,
    name: 'Summit',
    startsOn: '2026-09-14',
    endsOn: '2026-09-16',
    timezone: 'UTC',
    status: 'planning',
  };
  await publish(events, {
    type: 'events.EventCreated',
    key: EVENT,
    scope: { orgId: ORG, clientId: CLIENT, eventId: EVENT },
    payload,
  });
  await eventually(
    async () => expect(await vendors.sql()`select 1 from events where event_id = ${EVENT}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
  const vendor = await json(
    await call(vendors, tokens.admin!, 'POST', '/vendors', { name: 'Brightline AV', category: 'av' }),
  );
  const card = await call(vendors, tokens.admin!, 'POST', `/vendors/${vendor.vendorId}/rate-cards`, {
    currency: 'USD',
    validFrom: '2026-01-01',
    lines: [{ serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 }],
  });
  expect(card.status).toBe(201);
  rateCardId = (await json(card)).rateCardId;
  const engaged = await call(
    vendors,
    tokens.pat!,
    'POST',
    '/engagements',
    {
      vendorId: vendor.vendorId,
      eventId: EVENT,
      serviceLine: 'lighting-tech',
      unit: 'day',
      quantity: 3,
      unitRateMinor: 62_000,
      startsOn: '2026-09-13',
      endsOn: '2026-09-16',
    },
    { 'x-correlation-id': flow },
  );
  expect(engaged.status).toBe(201);
  engagementId = (await json(engaged)).engagementId;
}, 120_000);
afterAll(() => world?.dispose());

describe('flow 1, last step: a rate above the rate card', () => {
  it('raises a heads-up citing the engagement and the rate-card line', async () => {
    headsUp = await eventually(
      async () => {
        const page = await json(
          await call(ai, tokens.pat!, 'GET', `/heads-ups?eventId=${EVENT}&rule=rate-above-rate-card`),
        );
        const found = page.items.find((h: { subjectId: string }) => h.subjectId === engagementId);
        expect(found).toBeDefined();
        return found;
      },
      { timeoutMs: 30_000 },
    );
    expect(headsUp.citations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordType: 'engagement',
          recordId: engagementId,
          field: 'unitRateMinor',
          value: 62_000,
        }),
        expect.objectContaining({
          recordType: 'rate-card-line',
          recordId: `${rateCardId}/lighting-tech/day`,
          field: 'unitRateMinor',
          value: 50_000,
        }),
      ]),
    );
  });

  it('lets the producer push back, and activity shows the run, its tool calls, the heads-up and the response under the flow’s correlation id', async () => {
    const res = await call(ai, tokens.pat!, 'POST', `/heads-ups/${headsUp.headsUpId}/push-back`, {
      reason: 'Rigging on a raked stage: the premium is agreed.',
    });
    expect(res.status).toBe(200);
    const trail = await eventually(
      async () => {
        const page = await json(
          await call(activity, tokens.admin!, 'GET', `/activity?correlationId=${flow}&limit=500`),
        );
        const types = page.items.map((e: { type: string }) => e.type);
        expect(types).toEqual(
          expect.arrayContaining([
            'vendors.VendorEngaged',
            'ai.AiRunCompleted',
            'ai.HeadsUpRaised',
            'ai.InsightPublished',
            'ai.HeadsUpPushedBack',
          ]),
        );
        return page.items as { type: string; payload: any; actor: { kind: string; id: string } }[];
      },
      { timeoutMs: 30_000 },
    );
    const run = trail.find((e) => e.type === 'ai.AiRunCompleted' && e.payload.runId === headsUp.runId)!;
    expect(run.actor.kind).toBe('ai');
    expect(run.payload.toolCalls.map((c: { tool: string }) => c.tool)).toEqual([
      'get_engagement',
      'find_rate_card_line',
      'relationship_summary',
    ]);
    expect(JSON.parse(run.payload.toolCalls[0].argumentsJson)).toEqual({ engagementId });
    expect(JSON.parse(run.payload.toolCalls[1].resultJson).records[0].fields.unitRateMinor).toBe(50_000);
    expect(run.payload.headsUpIds).toEqual([headsUp.headsUpId]);
    const pushedBack = trail.find((e) => e.type === 'ai.HeadsUpPushedBack')!;
    expect(pushedBack.payload).toMatchObject({ headsUpId: headsUp.headsUpId, pushedBackBy: 'pat' });
    expect(pushedBack.actor).toMatchObject({ kind: 'user', id: 'pat' });
  });
});

describe('the AI module writes nothing outside its own schema and topic', () => {
  const aiSchema = () => `ai_${world.namespace.replaceAll('-', '_')}`;

  it('publishes only on playbook.ai.v1, and only ai.* event types', async () => {
    const topics = await ai.sql()<{ topic: string; type: string }[]>`select distinct topic, type from outbox`;
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) {
      expect(t.topic).toBe(`${world.namespace}.playbook.ai.v1`);
      expect(t.type).toMatch(/^ai\./);
    }
    const page = await json(await call(activity, tokens.admin!, 'GET', '/activity?limit=500'));
    for (const entry of page.items as { type: string; producer: { module: string } }[]) {
      expect(entry.producer.module === 'ai').toBe(entry.type.startsWith('ai.'));
    }
  });

  it('owns tables only in its own schema and may not touch another module’s', async () => {
    const role = `svc_${aiSchema()}`;
    const owned = await world.admin<{ schema: string }[]>`
      select distinct n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where pg_get_userbyid(c.relowner) = ${role} and n.nspname <> 'pg_toast'`; // toast tables follow their owners'
    expect(owned).toEqual([{ schema: aiSchema() }]);
    for (const other of ['vendors', 'activity', 'events']) {
      const schema = `${other}_${world.namespace.replaceAll('-', '_')}`;
      const [row] = await world.admin<{ usage: boolean; create: boolean }[]>`
        select has_schema_privilege(${role}, ${schema}, 'USAGE') as usage, has_schema_privilege(${role}, ${schema}, 'CREATE') as create`;
      expect(row).toEqual({ usage: false, create: false });
    }
    await expect(
      ai.sql().unsafe(`select 1 from "vendors_${world.namespace.replaceAll('-', '_')}".engagements`),
    ).rejects.toThrow(/permission denied/);
  });
});
