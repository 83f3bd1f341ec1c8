import { rulesIncluding } from '@playbook/testing/envelopes';
import { resetConsumerGroup } from '@playbook/bus-kafka/replay';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractsDefinition } from '../src/definition.ts';
import { startExpiryNotices } from '../src/workers/notice-expiring-contracts.worker.ts';
import { arrangeAccess, body, CLIENT, ORG, outbox, peopleOf, publishUpstream } from './fixtures.ts';
import { createWorld, publishThrough, type World } from './harness.ts';

let world: World;
let contracts: Service;
let vendors: Service;
let events: Service;
let request: Awaited<ReturnType<typeof peopleOf>>;
const ACME = 'vendor-acme';
const BRIGHT = 'vendor-bright';
const definition = contractsDefinition({ expiryCheckMs: 3_600_000 });

beforeAll(async () => {
  world = await createWorld('contracts-sow');
  vendors = await world.start({ name: 'vendors' });
  events = await world.start({ name: 'events' });
  contracts = await world.start(definition);
  await arrangeAccess(contracts);
  request = await peopleOf(world);
  await publishUpstream(vendors, events, contracts, { [ACME]: 'Acme AV', [BRIGHT]: 'Bright Catering' });
}, 120_000);
afterAll(() => world?.dispose());

const post = (path: string, payload?: unknown) => request(contracts, 'POST', path, 'admin', payload);
async function signedMsa(vendorId: string, startsOn: string, endsOn: string | null) {
  const msa = await body(
    await post('/contracts', {
      kind: 'MSA',
      clientId: CLIENT,
      vendorId,
      title: 'MSA',
      startsOn,
      ...(endsOn ? { endsOn } : {}),
    }),
  );
  await post(`/contracts/${msa.contractId}/send`, { signatories: ['legal@example.com'] });
  expect((await body(await post(`/contracts/${msa.contractId}/sign`, { signedOn: startsOn }))).status).toBe('signed');
  return msa.contractId as string;
}
const engage = (engagementId: string, vendorId: string, vendorName: string) =>
  publishThrough(
    vendors,
    {
      type: 'vendors.VendorEngaged',
      key: vendorId,
      scope: { orgId: ORG, clientId: CLIENT, eventId: 'event-a' },
      payload: {
        engagementId,
        vendorId,
        vendorName,
        eventId: 'event-a',
        clientId: CLIENT,
        serviceLine: 'led-wall',
        unit: 'day',
        quantity: 3,
        unitRateMinor: 420_000,
        amountMinor: 1_260_000,
        currency: 'USD',
        startsOn: '2027-03-09',
        endsOn: '2027-03-12',
      },
    },
    'producer-a',
  );
const sowsOf = (engagementId: string) =>
  contracts.sql()<{ contract_id: string; parent_contract_id: string | null }[]>`
    select contract_id, parent_contract_id from contracts where engagement_id = ${engagementId}`;
const handled = (messageId: string) =>
  eventually(
    async () =>
      expect(
        await contracts.sql()`select 1 from inbox where consumer = 'draft-sow-when-vendor-engaged' and message_id = ${messageId}`,
      ).toHaveLength(1),
    { timeoutMs: 30_000 },
  );

describe('a SOW for every engagement', () => {
  let msaId: string;
  let sowId: string;
  let engagedMessageId: string;

  it('drafts the SOW under the client’s MSA with the vendor in force, in the engagement’s flow', async () => {
    await signedMsa(ACME, '2024-01-01', '2025-12-31'); // ended before the work: not in force for it
    msaId = await signedMsa(ACME, '2026-01-01', '2027-12-31');
    engagedMessageId = await engage('eng-1', ACME, 'Acme AV');
    await handled(engagedMessageId);
    const [sow, ...more] = await sowsOf('eng-1');
    expect(more).toHaveLength(0);
    expect(sow!.parent_contract_id).toBe(msaId);
    sowId = sow!.contract_id;
    const view = await body(await request(contracts, 'GET', '/contracts?engagementId=eng-1', 'producer-a'));
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({
      kind: 'SOW',
      eventId: 'event-a',
      title: 'SOW — Acme AV: led-wall for Northwind Summit',
      valueMinor: 1_260_000,
      currency: 'USD',
      startsOn: '2027-03-09',
      endsOn: '2027-03-12',
      status: 'drafted',
      draftedBy: 'producer-a',
    });
    const [drafted] = await outbox(contracts, 'contracts.ContractDrafted', sowId);
    const [engaged] = await vendors.sql()<
      { payload: any }[]
    >`select payload from outbox where id = ${engagedMessageId}`;
    expect(drafted!.payload).toMatchObject({
      causationId: engagedMessageId,
      correlationId: engaged!.payload.correlationId,
      counts: { affected: 1, msaCandidates: 2 },
      rules: rulesIncluding({
        name: 'sow-under-msa',
        parameters: { chosen: 'in-force', parentContractId: msaId, candidates: '2' },
      }),
      payload: { parentContractId: msaId, engagementId: 'eng-1' },
    });
  });

  it('drafts a SOW without a parent when the vendor has no MSA in force', async () => {
    const unsigned = await body(
      await post('/contracts', {
        kind: 'MSA',
        clientId: CLIENT,
        vendorId: BRIGHT,
        title: 'draft MSA',
        startsOn: '2026-01-01',
      }),
    );
    expect(unsigned.status).toBe('drafted');
    await handled(await engage('eng-2', BRIGHT, 'Bright Catering'));
    expect(await sowsOf('eng-2')).toEqual([expect.objectContaining({ parent_contract_id: null })]);
  });

  it('drafts nothing twice: not for the same engagement sent again, nor on a replay of the topic without the inbox', async () => {
    await handled(await engage('eng-1', ACME, 'Acme AV'));
    expect(await sowsOf('eng-1')).toHaveLength(1);
    await contracts.stop();
    const schema = `contracts_${world.namespace.replaceAll('-', '_')}`;
    await world.admin.unsafe(`delete from "${schema}".inbox where consumer = 'draft-sow-when-vendor-engaged'`);
    await resetConsumerGroup(
      vendors.bus().kafka,
      `${world.namespace}.contracts`,
      `${world.namespace}.playbook.vendors.v1`,
      'earliest',
    );
    contracts = await world.start(definition);
    await handled(engagedMessageId);
    expect(await sowsOf('eng-1')).toEqual([{ contract_id: sowId, parent_contract_id: msaId }]);
    expect(await outbox(contracts, 'contracts.ContractDrafted', sowId)).toHaveLength(1);
  });
});

describe('expiry notices', () => {
  it('notices a contract in force once per end date, N days ahead, and again after its end date moved', async () => {
    const id = await signedMsa(BRIGHT, '2026-01-01', '2026-12-31');
    let now = Date.UTC(2026, 10, 30); // 31 days before the end: not yet
    const worker = startExpiryNotices(contracts, { noticeDays: 30, intervalMs: 3_600_000, now: () => now });
    try {
      // Nothing else is due: the 2024–2025 MSA ended already, the others end later or are unsigned.
      expect(await worker.runOnce()).toEqual([]);
      now = Date.UTC(2026, 11, 1);
      expect(await worker.runOnce()).toEqual([id]);
      expect(await worker.runOnce()).toEqual([]);
      const view = await body(await request(contracts, 'GET', `/contracts/${id}`, 'admin'));
      expect(view).toMatchObject({ status: 'expiring', expiryNoticedFor: '2026-12-31' });
      const [notice, ...more] = await outbox(contracts, 'contracts.ContractExpiring', id);
      expect(more).toHaveLength(0);
      expect(notice!.payload).toMatchObject({
        actor: { kind: 'schedule', id: 'contracts-expiry-notices' },
        rules: rulesIncluding({
          name: 'expiry-notice',
          parameters: { noticeDays: '30', today: '2026-12-01', horizon: '2026-12-31' },
        }),
        payload: { endsOn: '2026-12-31', daysLeft: 30, noticeDays: 30, vendorName: 'Bright Catering' },
      });
      const amended = await body(await post(`/contracts/${id}/amend`, { endsOn: '2027-01-15' }));
      expect(amended.status).toBe('amended');
      expect(await worker.runOnce()).toEqual([]); // the new end date is 45 days away
      now = Date.UTC(2026, 11, 16);
      expect(await worker.runOnce()).toEqual([id]);
      expect(await worker.runOnce()).toEqual([]);
      const notices = await outbox(contracts, 'contracts.ContractExpiring', id);
      expect(notices.map((n) => n.payload.payload.endsOn)).toEqual(['2026-12-31', '2027-01-15']);
    } finally {
      await worker.stop();
    }
  });
});
