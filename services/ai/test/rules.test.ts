import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from './harness.ts';
import { type RulesWorld, startRulesWorld } from './rules-world.ts';
import { CLIENT, EVENT, publish, scope } from './world.ts';

let world: World;
let vendors: Service;
let f: RulesWorld;

beforeAll(async () => {
  f = await startRulesWorld('ai-rules');
  ({ world, vendors } = f);
}, 90_000);
afterAll(() => world?.dispose());

describe('rate above the rate card (through the bus)', () => {
  it('raises a heads-up citing the engagement and the rate-card line; the run records every tool call', async () => {
    const p = await f.engage();
    const [run] = await f.runsFor(p.engagementId as string);
    expect(run!.status).toBe('completed');
    expect(run!.tool_calls.map((c) => c.tool)).toEqual([
      'get_engagement',
      'find_rate_card_line',
      'relationship_summary',
    ]);
    const [h] = await f.headsUpsFor(p.engagementId as string);
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
    const p = await f.engage();
    await f.runsFor(p.engagementId as string);
    await publish(vendors, { type: 'vendors.VendorEngaged', key: 'ven-1', scope, payload: p as never });
    const runs = await f.runsFor(p.engagementId as string, 2);
    expect(runs[1]!.output.headsUps).toHaveLength(1);
    expect(await f.headsUpsFor(p.engagementId as string)).toHaveLength(1);
  });

  it('does not raise at the card rate or below it', async () => {
    const at = await f.engage({ unitRateMinor: 50_000, amountMinor: 150_000 });
    const below = await f.engage({ unitRateMinor: 45_000, amountMinor: 135_000 });
    for (const p of [at, below]) {
      const [run] = await f.runsFor(p.engagementId as string);
      expect(run!.output.headsUps).toEqual([]);
      expect(await f.headsUpsFor(p.engagementId as string)).toHaveLength(0);
    }
  });
});

describe('a PO without an approved engagement', () => {
  it('raises for a PO raised without an engagement', async () => {
    const id = await f.raisePo(null);
    await f.runsFor(id);
    expect((await f.headsUpsFor(id)).map((h) => h.rule)).toEqual(['po-without-approved-engagement']);
  });

  const cancelEngagement = async (engagementId: string) => {
    await publish(vendors, {
      type: 'vendors.EngagementCancelled',
      key: 'ven-1',
      scope,
      payload: { engagementId, vendorId: 'ven-1', eventId: EVENT },
    });
    await eventually(
      async () => {
        const rows =
          await f.ai.sql()`select 1 from engagements where engagement_id = ${engagementId} and status = 'cancelled'`;
        expect(rows).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
  };

  it('raises for a PO approved after its engagement was cancelled', async () => {
    const p = await f.engage({ unitRateMinor: 50_000, amountMinor: 150_000 });
    await f.runsFor(p.engagementId as string);
    const id = await f.raisePo(p.engagementId as string);
    await f.runsFor(id);
    await cancelEngagement(p.engagementId as string);
    await f.approvePo(id);
    await f.runsFor(id, 2);
    expect((await f.headsUpsFor(id)).map((h) => h.rule)).toEqual(['po-without-approved-engagement']);
  });

  it('does not raise while the engagement stands, nor for a PO cancelled with its engagement', async () => {
    const p = await f.engage({ unitRateMinor: 50_000, amountMinor: 150_000 });
    await f.runsFor(p.engagementId as string);
    const id = await f.raisePo(p.engagementId as string);
    await f.approvePo(id);
    const runs = await f.runsFor(id, 2);
    expect(runs.every((r) => r.output.headsUps.length === 0)).toBe(true);
    await cancelEngagement(p.engagementId as string);
    await publish(f.spend, {
      type: 'spend.PurchaseOrderCancelled',
      key: id,
      scope,
      payload: {
        purchaseOrderId: id,
        eventId: EVENT,
        clientId: CLIENT,
        vendorId: 'ven-1',
        amountMinor: 180_000,
        currency: 'USD',
        previousStatus: 'approved',
        engagementId: p.engagementId as string,
      },
    });
    await eventually(
      async () => {
        expect(
          await f.ai.sql()`select 1 from purchase_orders where purchase_order_id = ${id} and status = 'cancelled'`,
        ).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
    expect(await f.headsUpsFor(id)).toHaveLength(0);
    expect(await f.runsFor(id)).toHaveLength(2);
  });

  it('does not raise for a freshly raised PO whose engagement has not arrived yet', async () => {
    const id = await f.raisePo(`eng-${randomUUID()}`);
    await f.runsFor(id);
    expect(await f.headsUpsFor(id)).toHaveLength(0);
  });
});

describe('duplicate card charges', () => {
  it('raises one heads-up for two identical charges within a day, citing both', async () => {
    const first = await f.charge({ merchantName: 'Harbor Florist', at: '2026-09-14T09:00:00Z' });
    await f.runsFor(first);
    const second = await f.charge({ merchantName: 'Harbor Florist', at: '2026-09-14T15:00:00Z' });
    await f.runsFor(second);
    const [h] = await f.headsUpsFor(first);
    expect(h!.rule).toBe('duplicate-card-charges');
    expect(h!.citations.map((c) => c.recordId).sort()).toEqual([first, second].sort());
  });

  it('does not raise for different amounts, other merchants or charges days apart', async () => {
    const a = await f.charge({ merchantName: 'Pier Rentals', amountMinor: 5_000 });
    const b = await f.charge({ merchantName: 'Pier Rentals', amountMinor: 5_100 });
    const c = await f.charge({ merchantName: 'Dock Rentals', amountMinor: 5_000 });
    const d = await f.charge({ merchantName: 'Pier Rentals', amountMinor: 5_000, at: '2026-09-17T09:00:00Z' });
    for (const id of [a, b, c, d]) await f.runsFor(id);
    for (const id of [a, b, c, d]) expect(await f.headsUpsFor(id)).toHaveLength(0);
    expect((await f.runsFor(d))[0]!.output.headsUps).toEqual([]);
  });
});
