import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { expect } from 'vitest';
import { definition } from '../src/definition.ts';
import { createWorld } from './harness.ts';
import { arrangeAccess, CLIENT, EVENT, engagedPayload, ORG, publish, scope } from './world.ts';

/**
 * A world for the rules: ai, with stand-ins for vendors and spend publishing real facts, a rate card
 * (ven-1, lighting-tech at 50,000 a day), the test grants, and helpers that publish facts and read
 * what ai made of them.
 */
export async function startRulesWorld(prefix: string) {
  const world = await createWorld(prefix);
  let ai!: Service;
  let vendors!: Service;
  let spend!: Service;
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
  return { world, ai, vendors, spend, tokens, runsFor, headsUpsFor, engage, raisePo, approvePo, charge };
}
export type RulesWorld = Awaited<ReturnType<typeof startRulesWorld>>;
