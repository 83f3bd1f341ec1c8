import { rulesIncluding } from '@playbook/testing/envelopes';
import { randomUUID } from 'node:crypto';
import { deadLetterTopic } from '@playbook/bus-kafka/headers';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractsDefinition } from '../src/definition.ts';
import { arrangeAccess, body, CLIENT, ORG, outbox, peopleOf, publishUpstream } from './fixtures.ts';
import { createWorld, publishThrough, type World } from './harness.ts';

let world: World;
let contracts: Service;
/** Stand-ins publishing real upstream facts through their outboxes: vendors, events, approvals. */
let vendors: Service;
let events: Service;
let approvals: Service;
let request: Awaited<ReturnType<typeof peopleOf>>;
const VENDOR = 'vendor-acme';
const sha = (n: number) => n.toString(16).padStart(64, '0');

beforeAll(async () => {
  world = await createWorld('contracts');
  vendors = await world.start({ name: 'vendors' });
  events = await world.start({ name: 'events' });
  approvals = await world.start({ name: 'approvals' });
  contracts = await world.start(contractsDefinition({ expiryCheckMs: 3_600_000 }));
  await arrangeAccess(contracts);
  request = await peopleOf(world);
  await publishUpstream(vendors, events, contracts, { [VENDOR]: 'Acme AV' });
}, 120_000);
afterAll(() => world?.dispose());

const msaInput = {
  kind: 'MSA',
  clientId: CLIENT,
  vendorId: VENDOR,
  title: 'Acme MSA',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
};
const sowInput = {
  kind: 'SOW',
  eventId: 'event-a',
  vendorId: VENDOR,
  title: 'LED wall',
  valueMinor: 1_260_000,
  currency: 'USD',
};
const post = (path: string, who: Parameters<typeof request>[3], payload?: unknown, headers?: Record<string, string>) =>
  request(contracts, 'POST', path, who, payload, headers);
const read = async (contractId: string) => body(await request(contracts, 'GET', `/contracts/${contractId}`, 'admin'));
const approval = (
  type: 'approvals.ApprovalRequested' | 'approvals.ApprovalGranted' | 'approvals.ApprovalRejected',
  subjectId: string,
) => {
  const common = {
    approvalRequestId: `apr-${subjectId}`,
    subjectType: 'contract',
    subjectId,
    eventId: 'event-a',
    clientId: CLIENT,
  };
  const payload =
    type === 'approvals.ApprovalRequested'
      ? {
          ...common,
          amountMinor: 1_260_000,
          currency: 'USD',
          policyId: 'p',
          approverRole: 'finance',
          approverScope: 'client',
          requestedBy: 'producer-a',
          dueAt: Date.now(),
          summary: 'SOW',
        }
      : { ...common, decidedBy: 'fin', comment: 'fine' };
  return publishThrough(
    approvals,
    { type, key: `apr-${subjectId}`, scope: { orgId: ORG, clientId: CLIENT, eventId: 'event-a' }, payload } as never,
    'fin',
  );
};

describe('contracts over HTTP', () => {
  let msa: { contractId: string };

  it('drafts an MSA once for one Idempotency-Key and publishes ContractDrafted', async () => {
    const headers = { 'idempotency-key': `msa-${randomUUID()}` };
    const res = await post('/contracts', 'fin', msaInput, headers);
    expect(res.status).toBe(201);
    msa = await body(res);
    expect((await body(await post('/contracts', 'fin', msaInput, headers))).contractId).toBe(msa.contractId);
    expect(msa).toMatchObject({
      kind: 'MSA',
      clientId: CLIENT,
      eventId: null,
      vendorName: 'Acme AV',
      status: 'drafted',
    });
    const drafted = await outbox(contracts, 'contracts.ContractDrafted', msa.contractId);
    expect(drafted).toHaveLength(1);
    expect(drafted[0]!.payload).toMatchObject({ actor: { id: 'fin' }, scope: { clientId: CLIENT, eventId: null } });
  });

  it('refuses a producer an MSA (403) but lets them draft a SOW of their event; refusals publish nothing', async () => {
    const before = (await outbox(contracts)).length;
    const refused = await post('/contracts', 'producer-a', msaInput);
    expect([refused.status, (await body(refused)).code]).toEqual([403, 'AUTH.FORBIDDEN']);
    expect((await post('/contracts', 'producer-a', { ...sowInput, eventId: 'event-b' })).status).toBe(403);
    expect((await post(`/contracts/${msa.contractId}/send`, 'producer-a', { signatories: ['x'] })).status).toBe(403);
    expect((await post('/contracts', 'viewer-b', { ...sowInput, eventId: 'event-b' })).status).toBe(403);
    expect(await outbox(contracts)).toHaveLength(before);
    const sow = await post('/contracts', 'producer-a', sowInput);
    expect(sow.status).toBe(201);
    expect(await body(sow)).toMatchObject({
      kind: 'SOW',
      clientId: CLIENT,
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
    });
  });

  it('answers unknown clients, events and vendors with 404 and bad drafts with 400', async () => {
    const codes = async (payload: object) => {
      const res = await post('/contracts', 'admin', payload);
      return [res.status, (await body(res)).code];
    };
    expect(await codes({ ...msaInput, clientId: 'nobody' })).toEqual([404, 'CONTRACTS.CLIENT_UNKNOWN']);
    expect(await codes({ ...sowInput, eventId: 'nowhere' })).toEqual([404, 'CONTRACTS.EVENT_UNKNOWN']);
    expect(await codes({ ...msaInput, vendorId: 'no-vendor' })).toEqual([404, 'CONTRACTS.VENDOR_UNKNOWN']);
    expect(await codes({ ...msaInput, eventId: 'event-a' })).toEqual([400, 'HTTP.VALIDATION_FAILED']);
    expect(await codes({ ...sowInput, currency: undefined })).toEqual([400, 'HTTP.VALIDATION_FAILED']);
    expect(await codes({ ...msaInput, startsOn: '2026-02-30' })).toEqual([400, 'HTTP.VALIDATION_FAILED']);
    // The event ends on 2027-03-12: a SOW starting later without its own end date would end before it starts.
    expect(await codes({ ...sowInput, startsOn: '2027-04-01' })).toEqual([422, 'CONTRACTS.ENDS_BEFORE_START']);
    const msaOfOther = await codes({ ...sowInput, parentContractId: randomUUID() });
    expect(msaOfOther).toEqual([422, 'CONTRACTS.PARENT_NOT_APPLICABLE']);
  });

  it('records document versions by content hash and publishes ContractDocumentStored', async () => {
    const doc = { name: 'msa.pdf', mediaType: 'application/pdf', sizeBytes: 1234, sha256: sha(1) };
    const first = await post(`/contracts/${msa.contractId}/documents`, 'admin', doc);
    expect([first.status, (await body(first)).version]).toEqual([201, 1]);
    const same = await post(`/contracts/${msa.contractId}/documents`, 'admin', { ...doc, name: 'again.pdf' });
    expect([same.status, (await body(same)).code]).toEqual([409, 'CONTRACTS.DOCUMENT_UNCHANGED']);
    const second = await post(`/contracts/${msa.contractId}/documents`, 'fin', { ...doc, sha256: sha(2) });
    expect((await body(second)).version).toBe(2);
    expect(
      (await post(`/contracts/${msa.contractId}/documents`, 'producer-a', { ...doc, sha256: sha(3) })).status,
    ).toBe(403);
    const page = await body(await request(contracts, 'GET', `/contracts/${msa.contractId}/documents`, 'fin'));
    expect(page.items.map((d: { version: number }) => d.version)).toEqual([1, 2]);
    const stored = await outbox(contracts, 'contracts.ContractDocumentStored', msa.contractId);
    expect(stored.map((r) => r.payload.payload.version)).toEqual([1, 2]);
    expect(stored[1]!.payload.payload).toMatchObject({ sha256: sha(2), storedBy: 'fin', kind: 'MSA' });
  });

  it('moves an MSA drafted → sent → signed → amended, refusing illegal moves with 409', async () => {
    const id = msa.contractId;
    const illegal = await post(`/contracts/${id}/sign`, 'admin', { signedOn: '2026-01-05' });
    expect([illegal.status, (await body(illegal)).code]).toEqual([409, 'CONTRACTS.ILLEGAL_TRANSITION']);
    const unnamed = await request(contracts, 'POST', `/contracts/${id}/send`, 'admin');
    expect([unnamed.status, (await body(unnamed)).code]).toEqual([422, 'CONTRACTS.NO_SIGNATORIES']);
    const sent = await post(`/contracts/${id}/send`, 'admin', { signatories: ['ceo@acme.example'] });
    expect((await body(sent)).status).toBe('sent_for_signature');
    const [message] = await outbox(contracts, 'contracts.ContractSentForSignature', id);
    expect(message!.payload.payload).toMatchObject({
      kind: 'MSA',
      documentVersion: 2,
      signatories: ['ceo@acme.example'],
      sentBy: 'admin',
      valueMinor: null,
    });
    expect((await post(`/contracts/${id}/send`, 'admin', {})).status).toBe(409);
    // No value and no sign-off asked for: signing needs nothing more.
    const signed = await post(`/contracts/${id}/sign`, 'admin', { signedOn: '2026-01-05' });
    expect(await body(signed)).toMatchObject({ status: 'signed', signedOn: '2026-01-05' });
    const [sig] = await outbox(contracts, 'contracts.ContractSigned', id);
    expect(sig!.payload.rules).toEqual(
      rulesIncluding({
        name: 'sign-off-before-signing',
        parameters: { required: 'false', signOff: 'not_requested', valued: 'false' },
      }),
    );
    const nothing = await post(`/contracts/${id}/amend`, 'admin', { reason: 'just because' });
    expect((await body(nothing)).code).toBe('CONTRACTS.NOTHING_TO_AMEND');
    const amended = await body(
      await post(`/contracts/${id}/amend`, 'admin', { endsOn: '2028-12-31', reason: 'renewed' }),
    );
    expect(amended).toMatchObject({ status: 'amended', endsOn: '2028-12-31', amendments: 1 });
    const [am] = await outbox(contracts, 'contracts.ContractAmended', id);
    expect(am!.payload.payload).toMatchObject({ amendment: 1, previousEndsOn: '2027-12-31', endsOn: '2028-12-31' });
  });

  it('signs a valued SOW only after approvals granted its sign-off', async () => {
    const sow = await body(await post('/contracts', 'producer-a', { ...sowInput, signatories: ['pm@acme.example'] }));
    expect((await post(`/contracts/${sow.contractId}/send`, 'producer-a')).status).toBe(200);
    const early = await post(`/contracts/${sow.contractId}/sign`, 'producer-a', { signedOn: '2027-01-10' });
    expect([early.status, (await body(early)).code]).toEqual([409, 'CONTRACTS.SIGN_OFF_PENDING']);
    await approval('approvals.ApprovalRequested', sow.contractId);
    await eventually(async () => expect((await read(sow.contractId)).signOff.status).toBe('pending'));
    await approval('approvals.ApprovalGranted', sow.contractId);
    await eventually(async () =>
      expect((await read(sow.contractId)).signOff).toMatchObject({ status: 'granted', decidedBy: 'fin' }),
    );
    const signed = await post(`/contracts/${sow.contractId}/sign`, 'producer-a', { signedOn: '2027-01-10' });
    expect((await body(signed)).status).toBe('signed');
    const [sig] = await outbox(contracts, 'contracts.ContractSigned', sow.contractId);
    expect(sig!.payload.payload).toMatchObject({ approvalRequestId: `apr-${sow.contractId}`, signedBy: 'producer-a' });
  });

  it('never signs a SOW whose sign-off was rejected; a late grant does not reverse it; it can be terminated', async () => {
    const sow = await body(await post('/contracts', 'admin', { ...sowInput, signatories: ['pm@acme.example'] }));
    await post(`/contracts/${sow.contractId}/send`, 'admin');
    await approval('approvals.ApprovalRejected', sow.contractId);
    await eventually(async () => expect((await read(sow.contractId)).signOff.status).toBe('rejected'));
    await approval('approvals.ApprovalGranted', sow.contractId);
    const refused = await post(`/contracts/${sow.contractId}/sign`, 'admin', { signedOn: '2027-01-10' });
    expect((await body(refused)).code).toBe('CONTRACTS.SIGN_OFF_REJECTED');
    const ended = await post(`/contracts/${sow.contractId}/terminate`, 'admin', { reason: 'refused internally' });
    expect(await body(ended)).toMatchObject({ status: 'terminated', terminationReason: 'refused internally' });
    expect((await post(`/contracts/${sow.contractId}/terminate`, 'admin')).status).toBe(409);
    const [t] = await outbox(contracts, 'contracts.ContractTerminated', sow.contractId);
    expect(t!.payload.payload).toMatchObject({ previousStatus: 'sent_for_signature', terminatedBy: 'admin' });
    expect((await read(sow.contractId)).signOff.status).toBe('rejected');
  });

  it('shows contracts only to those who may read their scope', async () => {
    const mine = await body(await request(contracts, 'GET', '/contracts?limit=100', 'producer-a'));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((c: { eventId: string }) => c.eventId === 'event-a')).toBe(true);
    expect((await body(await request(contracts, 'GET', '/contracts', 'viewer-b'))).items).toEqual([]);
    expect((await request(contracts, 'GET', '/contracts?eventId=event-a', 'viewer-b')).status).toBe(403);
    expect((await request(contracts, 'GET', `/contracts/${msa.contractId}`, 'producer-a')).status).toBe(403);
    const ofClient = await body(
      await request(contracts, 'GET', `/contracts?clientId=${CLIENT}&limit=100`, 'producer-a'),
    );
    expect(ofClient.items.map((c: { kind: string }) => c.kind)).not.toContain('MSA');
    const msas = await body(await request(contracts, 'GET', `/contracts?kind=MSA&clientId=${CLIENT}`, 'fin'));
    expect(msas.items.map((c: { contractId: string }) => c.contractId)).toEqual([msa.contractId]);
    const missing = await request(contracts, 'GET', `/contracts/${randomUUID()}`, 'admin');
    expect([missing.status, (await body(missing)).code]).toEqual([404, 'CONTRACTS.CONTRACT_NOT_FOUND']);
  });

  it('ignores decisions about other subjects and parks one about a contract it does not know on the dead-letter topic', async () => {
    const sow = await body(await post('/contracts', 'admin', { ...sowInput, signatories: ['pm@acme.example'] }));
    const other = await publishThrough(
      approvals,
      {
        type: 'approvals.ApprovalGranted',
        key: 'apr-po',
        scope: { orgId: ORG, clientId: CLIENT, eventId: 'event-a' },
        payload: {
          approvalRequestId: 'apr-po',
          subjectType: 'purchase-order',
          subjectId: sow.contractId,
          eventId: 'event-a',
          clientId: CLIENT,
          decidedBy: 'fin',
        },
      },
      'fin',
    );
    await eventually(async () =>
      expect(await contracts.sql()`select 1 from inbox where message_id = ${other}`).toHaveLength(1),
    );
    expect((await read(sow.contractId)).signOff.status).toBe('not_requested');
    const unknown = await approval('approvals.ApprovalGranted', randomUUID());
    const dlq = deadLetterTopic(`${world.namespace}.playbook.approvals.v1`, `${world.namespace}.contracts`);
    const admin = contracts.bus().admin;
    await eventually(
      async () => {
        expect(await admin.listTopics()).toContain(dlq);
        const offsets = await admin.fetchTopicOffsets(dlq);
        expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(1);
      },
      { timeoutMs: 30_000 },
    );
    expect(await contracts.sql()`select 1 from inbox where message_id = ${unknown}`).toHaveLength(0);
  });

  it('keeps vendor names from the vendors topic: a renamed vendor drafts under its new name', async () => {
    await publishThrough(vendors, {
      type: 'vendors.VendorUpdated',
      key: VENDOR,
      scope: { orgId: ORG },
      payload: { vendorId: VENDOR, name: 'Acme AV Ltd', category: 'av', email: null },
    });
    await eventually(async () =>
      expect(await contracts.sql()`select name from known_vendors where vendor_id = ${VENDOR}`).toEqual([
        { name: 'Acme AV Ltd' },
      ]),
    );
    const draft = await post('/contracts', 'admin', { ...sowInput, title: 'renamed' });
    expect((await body(draft)).vendorName).toBe('Acme AV Ltd');
  });
});
