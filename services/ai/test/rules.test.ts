import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { createWorld, type World } from './harness.ts';
import { arrangeAccess, CLIENT, call, EVENT, engagedPayload, json, ORG, publish, scope } from './world.ts';

let world: World;
let ai: Service;
let vendors: Service;
let spend: Service;
const tokens: Record<string, string> = {};

const runsFor = (subjectId: string, n = 1) =>
  eventually(
    async () => {
      const rows = await ai.sql()<{ status: string; output: any; tool_calls: any[]; run_id: string }[]>`
      select * from runs where subject_id = ${subjectId} order by seq`;
      expect(rows.length).toBeGreaterThanOrEqual(n);
      return rows;
    },
    { timeoutMs: 30_000 },
  );
const headsUpsFor = async (subjectId: string) =>
  ai.sql()<
    { heads_up_id: string; rule: string; citations: any[] }[]
  >`select * from heads_ups where subject_id = ${subjectId}`;

const engage = async (over: Record<string, unknown> = {}) => {
  const p = engagedPayload(over);
  await publish(vendors, { type: 'vendors.VendorEngaged', key: p.vendorId as string, scope, payload: p as never });
  return p;
};
const raisePo = async (engagementId: string | null, id = `po-${randomUUID()}`) => {
  await publish(spend, {
    type: 'spend.PurchaseOrderRaised',
    key: id,
    scope,
    payload: {
      purchaseOrderId: id,
      eventId: EVENT,
      clientId: CLIENT,
      vendorId: 'ven-1',
      amountMinor: 180_000,
      currency: 'USD',
      vendorName: 'Brightline AV',
      engagementId,
      description: 'lights',
      raisedBy: 'pat',
    },
  });
  return id;
};
const approvePo = (id: string) =>
  publish(spend, {
    type: 'spend.PurchaseOrderApproved',
    key: id,
    scope,
    payload: {
      purchaseOrderId: id,
      eventId: EVENT,
      clientId: CLIENT,
      vendorId: 'ven-1',
      amountMinor: 180_000,
      currency: 'USD',
      approvalRequestId: `apr-${id}`,
      approvedBy: 'fran',
    },
  });
const charge = async (over: { amountMinor?: number; merchantName?: string; at?: string } = {}) => {
  const id = `ct-${randomUUID()}`;
  await publish(spend, {
    type: 'spend.CardTransactionImported',
    key: id,
    scope,
    payload: {
      cardTransactionId: id,
      source: 'ramp',
      sourceTransactionId: id,
      cardHolderName: 'Pat Producer',
      merchantName: over.merchantName ?? 'Lakeside Catering',
      amountMinor: over.amountMinor ?? 12_900,
      currency: 'USD',
      transactedAt: Date.parse(over.at ?? '2026-09-14T09:00:00Z'),
      windowFrom: Date.parse('2026-09-14T00:00:00Z'),
      windowTo: Date.parse('2026-09-15T00:00:00Z'),
    },
  });
  return id;
};

beforeAll(async () => {
  world = await createWorld('ai-rules');
  [ai, vendors, spend] = [
    await world.start(definition),
    await world.start({ name: 'vendors' }),
    await world.start({ name: 'spend' }),
  ];
  await arrangeAccess(ai);
  for (const id of ['admin', 'fran', 'pat', 'vic', 'cory']) tokens[id] = await world.bearer({ id, orgId: ORG });
  await publish(vendors, {
    type: 'vendors.RateCardPublished',
    key: 'ven-1',
    scope: { orgId: ORG },
    payload: {
      rateCardId: 'rc-1',
      vendorId: 'ven-1',
      currency: 'USD',
      validFrom: '2026-01-01',
      lines: [{ serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 }],
    },
  });
}, 90_000);
afterAll(() => world?.dispose());

describe('rate above the rate card (through the bus)', () => {
  it('raises a heads-up citing the engagement and the rate-card line; the run records every tool call', async () => {
    const p = await engage();
    const [run] = await runsFor(p.engagementId as string);
    expect(run!.status).toBe('completed');
    expect(run!.tool_calls.map((c) => c.tool)).toEqual([
      'get_engagement',
      'find_rate_card_line',
      'relationship_summary',
    ]);
    const [h] = await headsUpsFor(p.engagementId as string);
    expect(h!.rule).toBe('rate-above-rate-card');
    expect(h!.citations.slice(0, 2)).toEqual([
      expect.objectContaining({
        recordType: 'engagement',
        recordId: p.engagementId,
        field: 'unitRateMinor',
        value: 60_000,
      }),
      expect.objectContaining({
        recordType: 'rate-card-line',
        recordId: 'rc-1/lighting-tech/day',
        field: 'unitRateMinor',
        value: 50_000,
      }),
    ]);
  });

  it('raises it once when the same engagement is reviewed again (deterministic id)', async () => {
    const p = await engage();
    await runsFor(p.engagementId as string);
    await publish(vendors, { type: 'vendors.VendorEngaged', key: 'ven-1', scope, payload: p as never });
    const runs = await runsFor(p.engagementId as string, 2);
    expect(runs[1]!.output.headsUps).toHaveLength(1);
    expect(await headsUpsFor(p.engagementId as string)).toHaveLength(1);
  });

  it('does not raise at the card rate or below it', async () => {
    const at = await engage({ unitRateMinor: 50_000, amountMinor: 150_000 });
    const below = await engage({ unitRateMinor: 45_000, amountMinor: 135_000 });
    for (const p of [at, below]) {
      const [run] = await runsFor(p.engagementId as string);
      expect(run!.output.headsUps).toEqual([]);
      expect(await headsUpsFor(p.engagementId as string)).toHaveLength(0);
    }
  });
});

describe('a PO without an approved engagement', () => {
  it('raises for a PO raised without an engagement', async () => {
    const id = await raisePo(null);
    await runsFor(id);
    expect((await headsUpsFor(id)).map((h) => h.rule)).toEqual(['po-without-approved-engagement']);
  });

  it('raises when the engagement behind a PO is cancelled, and not while it stands', async () => {
    const p = await engage({ unitRateMinor: 50_000, amountMinor: 150_000 });
    await runsFor(p.engagementId as string);
    const id = await raisePo(p.engagementId as string);
    await approvePo(id);
    const runs = await runsFor(id, 2);
    expect(runs.every((r) => r.output.headsUps.length === 0)).toBe(true);
    await publish(vendors, {
      type: 'vendors.EngagementCancelled',
      key: 'ven-1',
      scope,
      payload: { engagementId: p.engagementId as string, vendorId: 'ven-1', eventId: EVENT },
    });
    await runsFor(id, 3);
    expect((await headsUpsFor(id)).map((h) => h.rule)).toEqual(['po-without-approved-engagement']);
  });

  it('does not raise for a freshly raised PO whose engagement has not arrived yet', async () => {
    const id = await raisePo(`eng-${randomUUID()}`);
    await runsFor(id);
    expect(await headsUpsFor(id)).toHaveLength(0);
  });
});

describe('duplicate card charges', () => {
  it('raises one heads-up for two identical charges within a day, citing both', async () => {
    const first = await charge({ merchantName: 'Harbor Florist', at: '2026-09-14T09:00:00Z' });
    await runsFor(first);
    const second = await charge({ merchantName: 'Harbor Florist', at: '2026-09-14T15:00:00Z' });
    await runsFor(second);
    const [h] = await headsUpsFor(first);
    expect(h!.rule).toBe('duplicate-card-charges');
    expect(h!.citations.map((c) => c.recordId).sort()).toEqual([first, second].sort());
  });

  it('does not raise for different amounts, other merchants or charges days apart', async () => {
    const a = await charge({ merchantName: 'Pier Rentals', amountMinor: 5_000 });
    const b = await charge({ merchantName: 'Pier Rentals', amountMinor: 5_100 });
    const c = await charge({ merchantName: 'Dock Rentals', amountMinor: 5_000 });
    const d = await charge({ merchantName: 'Pier Rentals', amountMinor: 5_000, at: '2026-09-17T09:00:00Z' });
    for (const id of [a, b, c, d]) await runsFor(id);
    for (const id of [a, b, c, d]) expect(await headsUpsFor(id)).toHaveLength(0);
    expect((await runsFor(d))[0]!.output.headsUps).toEqual([]);
  });
});

describe('responding to a heads-up', () => {
  let headsUpId: string;
  beforeAll(async () => {
    const p = await engage({ unitRateMinor: 70_000, amountMinor: 210_000 });
    await runsFor(p.engagementId as string);
    headsUpId = (await headsUpsFor(p.engagementId as string))[0]!.heads_up_id;
  });

  it('refuses viewers and contributors (heads-ups.respond), and a push-back without a reason', async () => {
    for (const who of ['vic', 'cory']) {
      const res = await call(ai, tokens[who]!, 'POST', `/heads-ups/${headsUpId}/push-back`, { reason: 'no' });
      expect(res.status).toBe(403);
    }
    expect((await call(ai, tokens.pat!, 'POST', `/heads-ups/${headsUpId}/push-back`, {})).status).toBe(400);
  });

  it('lets the producer push back once; a second response is 409', async () => {
    const res = await call(ai, tokens.pat!, 'POST', `/heads-ups/${headsUpId}/push-back`, {
      reason: 'Premium crew agreed with the client.',
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      status: 'pushed_back',
      respondedBy: 'pat',
      responseNote: 'Premium crew agreed with the client.',
    });
    const [out] = await ai.sql()<
      { payload: any }[]
    >`select payload from outbox where type = 'ai.HeadsUpPushedBack' and key = ${headsUpId}`;
    expect(out!.payload.payload).toMatchObject({
      headsUpId,
      pushedBackBy: 'pat',
      reason: 'Premium crew agreed with the client.',
    });
    expect((await call(ai, tokens.fran!, 'POST', `/heads-ups/${headsUpId}/accept`, {})).status).toBe(409);
  });

  it('escalates to finance at the event’s client; finance may accept another', async () => {
    const p = await engage({ unitRateMinor: 80_000, amountMinor: 240_000 });
    await runsFor(p.engagementId as string);
    const id = (await headsUpsFor(p.engagementId as string))[0]!.heads_up_id;
    expect(
      (await call(ai, tokens.pat!, 'POST', `/heads-ups/${id}/escalate`, { note: 'finance should look' })).status,
    ).toBe(200);
    const [out] = await ai.sql()<
      { payload: any }[]
    >`select payload from outbox where type = 'ai.HeadsUpEscalated' and key = ${id}`;
    expect(out!.payload.payload).toMatchObject({
      routedToRole: 'finance',
      routedToClientId: CLIENT,
      escalatedBy: 'pat',
    });
    const q = await engage({ unitRateMinor: 90_000, amountMinor: 270_000 });
    await runsFor(q.engagementId as string);
    const other = (await headsUpsFor(q.engagementId as string))[0]!.heads_up_id;
    expect((await call(ai, tokens.fran!, 'POST', `/heads-ups/${other}/accept`, {})).status).toBe(200);
  });

  it('lists heads-ups to those who may read them, not to others', async () => {
    const page = await json(await call(ai, tokens.vic!, 'GET', `/heads-ups?eventId=${EVENT}&limit=100`));
    expect(page.items.length).toBeGreaterThan(0);
    const stranger = await world.bearer({ id: 'stranger', orgId: ORG });
    expect((await json(await call(ai, stranger, 'GET', '/heads-ups?limit=100'))).items).toEqual([]);
    expect((await call(ai, stranger, 'GET', `/heads-ups/${headsUpId}`)).status).toBe(403);
  });
});

describe('runs', () => {
  it('replays a recorded run from its record to the same output', async () => {
    const p = await engage({ unitRateMinor: 65_000, amountMinor: 195_000 });
    const [run] = await runsFor(p.engagementId as string);
    const res = await call(ai, tokens.pat!, 'POST', `/runs/${run!.run_id}/replay`);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ sameOutput: true, divergence: null });
  });

  it('answers an ask about a vendor with relationship intelligence, every figure cited', async () => {
    const res = await call(
      ai,
      tokens.admin!,
      'POST',
      '/runs',
      { subjectType: 'vendor', subjectId: 'ven-1' },
      { 'idempotency-key': `ask-${randomUUID()}` },
    );
    expect(res.status).toBe(201);
    const run = await json(res);
    expect(run).toMatchObject({ status: 'completed', provider: 'rules', trigger: { kind: 'request' } });
    expect(run.output.insight.figures.length).toBeGreaterThan(3);
    for (const f of run.output.insight.figures)
      expect(f).toMatchObject({ recordType: 'vendor-summary', recordId: 'vendor:ven-1' });
    const [insight] = await ai.sql()<{ subject_id: string }[]>`select * from insights where run_id = ${run.runId}`;
    expect(insight!.subject_id).toBe('ven-1');
  });

  it('answers an ask about an event: its engagements cited, those above the card flagged (not twice)', async () => {
    const events = await world.start({ name: 'events' });
    await publish(events, {
      type: 'events.EventCreated',
      key: EVENT,
      scope,
      payload: {
        eventId: EVENT,
        clientId: CLIENT,
        name: 'Summit',
        startsOn: '2026-09-14',
        endsOn: '2026-09-16',
        timezone: 'UTC',
        status: 'planning',
      },
    });
    const run = await eventually(
      async () => {
        const res = await call(
          ai,
          tokens.pat!,
          'POST',
          '/runs',
          { subjectType: 'event', subjectId: EVENT },
          { 'idempotency-key': `ask-${randomUUID()}` },
        );
        expect(res.status).toBe(201);
        return json(res);
      },
      { timeoutMs: 30_000 },
    );
    expect(run).toMatchObject({ status: 'completed', task: 'ask-event', eventId: EVENT, clientId: CLIENT });
    expect(run.toolCalls[0]).toMatchObject({ tool: 'get_event', arguments: { eventId: EVENT } });
    expect(run.output.citations.length).toBeGreaterThan(5);
    expect(run.output.headsUps.map((h: { rule: string }) => h.rule)).toContain('rate-above-rate-card');
    const [completed] = await ai.sql()<
      { payload: any }[]
    >`select payload from outbox where type = 'ai.AiRunCompleted' and key = ${run.runId}`;
    expect(completed!.payload.payload.headsUpIds).toEqual([]);
  });

  it('answers an ask about a client with its relationship intelligence, readable at the client, not from one event', async () => {
    const res = await call(ai, tokens.fran!, 'POST', '/runs', { subjectType: 'client', subjectId: CLIENT });
    expect(res.status).toBe(201);
    const run = await json(res);
    expect(run.output.insight.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recordType: 'client-summary', recordId: `client:${CLIENT}`, field: 'engagements' }),
      ]),
    );
    const list = async (who: string) =>
      (await json(await call(ai, tokens[who]!, 'GET', `/insights?subjectType=client&subjectId=${CLIENT}`))).items;
    expect(await list('fran')).toEqual([expect.objectContaining({ runId: run.runId, clientId: CLIENT })]);
    expect(await list('vic')).toEqual([]); // a grant at one event does not show the client's records
  });

  it('refuses an ask about a vendor to a producer without an organization grant, and 404s an unknown event', async () => {
    expect((await call(ai, tokens.pat!, 'POST', '/runs', { subjectType: 'vendor', subjectId: 'ven-1' })).status).toBe(
      403,
    );
    expect((await call(ai, tokens.admin!, 'POST', '/runs', { subjectType: 'event', subjectId: 'nope' })).status).toBe(
      404,
    );
  });
});
