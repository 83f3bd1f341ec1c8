import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from './harness.ts';
import { type RulesWorld, startRulesWorld } from './rules-world.ts';
import { CLIENT, call, EVENT, json, ORG, publish, scope } from './world.ts';

let world: World;
let ai: Service;
let tokens: Record<string, string>;
let f: RulesWorld;

beforeAll(async () => {
  f = await startRulesWorld('ai-responses');
  ({ world, ai, tokens } = f);
}, 90_000);
afterAll(() => world?.dispose());

describe('responding to a heads-up', () => {
  let headsUpId: string;
  beforeAll(async () => {
    const p = await f.engage({ unitRateMinor: 70_000, amountMinor: 210_000 });
    await f.runsFor(p.engagementId as string);
    headsUpId = (await f.headsUpsFor(p.engagementId as string))[0]!.heads_up_id;
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
    const p = await f.engage({ unitRateMinor: 80_000, amountMinor: 240_000 });
    await f.runsFor(p.engagementId as string);
    const id = (await f.headsUpsFor(p.engagementId as string))[0]!.heads_up_id;
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
    const q = await f.engage({ unitRateMinor: 90_000, amountMinor: 270_000 });
    await f.runsFor(q.engagementId as string);
    const other = (await f.headsUpsFor(q.engagementId as string))[0]!.heads_up_id;
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
    const p = await f.engage({ unitRateMinor: 65_000, amountMinor: 195_000 });
    const [run] = await f.runsFor(p.engagementId as string);
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
    const engaged = await ai.sql()<
      { engagement_id: string }[]
    >`select engagement_id from engagements where event_id = ${EVENT}`;
    expect(engaged.length).toBeGreaterThan(1);
    expect(run.output.citations.map((c: { recordId: string }) => c.recordId).sort()).toEqual(
      engaged.map((e) => e.engagement_id).sort(),
    );
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
