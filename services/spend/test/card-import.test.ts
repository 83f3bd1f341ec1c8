import { randomUUID } from 'node:crypto';
import { buildEnvelope, type EnvelopeOf } from '@playbook/bus/envelope';
import { handlerMessageId } from '@playbook/bus/ids';
import type { RampTransaction } from '@playbook/contracts/types';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRampBatch } from '../src/card-transactions/card-transactions.commands.ts';
import { definition } from '../src/definition.ts';
import { createWorld, publishThrough, type World } from './harness.ts';

/**
 * Importing Ramp batches straight through the command, in the service's own transactions on its
 * real database: a batch larger than any multi-row VALUES could carry (12 columns × 7,000 rows is
 * past PostgreSQL's 65,535 parameters), duplicates, overlapping windows and two overlapping
 * imports at once, each charge imported and published exactly once.
 */
const ORG = 'org-card-import';
const DAY = 86_400_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');
let world: World;
let spend: Service;

beforeAll(async () => {
  world = await createWorld('spend-card-import');
  const events = await world.start({ name: 'events' });
  spend = await world.start(definition);
  await publishThrough(events, {
    type: 'events.EventCreated',
    key: 'event-a',
    scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
    payload: {
      eventId: 'event-a',
      clientId: 'client-1',
      name: 'Summit',
      startsOn: '2026-06-01',
      endsOn: '2026-06-02',
      timezone: 'UTC',
      status: 'planning',
    },
  });
  await eventually(
    async () => expect(await spend.sql()`select 1 from access_scope_nodes where id = 'event-a'`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
}, 120_000);
afterAll(async () => {
  await world?.dispose();
});

/** Charge i: tagged to event-a (line-1) three in four, every 50th to an event nobody knows. */
const charge = (i: number): RampTransaction => ({
  id: `ramp-${String(i).padStart(6, '0')}`,
  amountMinor: 1_000 + i,
  currency: 'USD',
  transactedAt: T0 + i * 1000,
  merchantName: 'Uber',
  merchantCategory: 'Taxi and rideshare',
  cardHolderId: 'u-1',
  cardHolderName: 'Avery Stone',
  cardHolderEmail: null,
  memo: null,
  state: 'CLEARED',
  tags: i % 50 === 49 ? { Event: 'event-unknown' } : i % 4 === 3 ? {} : { Event: 'event-a', 'BOM line': 'line-1' },
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => charge(from + k));
const allocates = (t: RampTransaction) => t.tags.Event === 'event-a';

function batch(transactions: RampTransaction[]): EnvelopeOf<'integrations.ramp.RampTransactionsFetched'> {
  return buildEnvelope(
    {
      type: 'integrations.ramp.RampTransactionsFetched',
      key: 'ramp:transactions',
      scope: { orgId: ORG },
      payload: {
        dataset: 'transactions',
        windowFrom: T0,
        windowTo: T0 + DAY,
        part: 1,
        parts: 1,
        requestId: randomUUID(),
        transactions,
      },
    },
    {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'connector', id: 'ramp', displayName: 'Ramp' },
      messageIdFor: () => randomUUID(),
    },
    { module: 'integrations.ramp', connector: 'ramp', version: 'test' },
  );
}

/** One import in its own transaction, as the consumer runs it: events written before the commit. */
async function runImport(e: EnvelopeOf<'integrations.ramp.RampTransactionsFetched'>) {
  return spend.sql().begin(async (tx) => {
    const { publisher, flush } = spend.bus().uow.deferredPublisher(tx, {
      correlationId: e.correlationId,
      causationId: e.messageId,
      actor: e.actor,
      messageIdFor: (type, index) =>
        handlerMessageId(e.messageId, 'import-card-transactions-when-ramp-fetched', type, index),
    });
    const result = await importRampBatch(tx, publisher, e);
    await flush();
    return result;
  });
}

const counts = async () => {
  const [r] = await spend.sql()<
    { rows: number; allocated: number; imported_events: number; allocated_events: number }[]
  >`
    select (select count(*)::int from card_transactions) as rows,
           (select count(*)::int from card_transactions where event_id is not null) as allocated,
           (select count(*)::int from outbox where type = 'spend.CardTransactionImported') as imported_events,
           (select count(*)::int from outbox where type = 'spend.SpendAllocated') as allocated_events`;
  return r!;
};

describe('spend imports Ramp batches', () => {
  it('imports 7,000 charges of one batch once each (a duplicate in the batch dropped), allocating the tagged ones', async () => {
    const charges = range(0, 7_000);
    const result = await runImport(batch([...charges, { ...charges[10]! }]));
    const allocated = charges.filter(allocates).length;
    expect(result).toEqual({ imported: 7_000, allocated });
    expect(await counts()).toEqual({
      rows: 7_000,
      allocated,
      imported_events: 7_000,
      allocated_events: allocated,
    });
    const [unknown] = await spend.sql()`
      select event_id, allocation_rule from card_transactions where source_transaction_id = 'ramp-000049'`;
    expect(unknown).toEqual({ event_id: null, allocation_rule: 'unknown-event' });
    const [line] = await spend.sql()<{ payload: any }[]>`
      select payload from outbox where type = 'spend.SpendAllocated' and payload->'payload'->>'sourceId' = 'ramp-000000'`;
    expect(line!.payload.payload).toMatchObject({
      eventId: 'event-a',
      clientId: 'client-1',
      bomLineId: 'line-1',
      amountMinor: 1_000,
    });
  });

  it('an overlapping window imports only what is new; the same batch again imports nothing', async () => {
    const before = await counts();
    const result = await runImport(batch(range(6_500, 7_500)));
    const fresh = range(7_000, 7_500);
    expect(result).toEqual({ imported: 500, allocated: fresh.filter(allocates).length });
    expect(await runImport(batch(range(6_500, 7_500)))).toEqual({ imported: 0, allocated: 0 });
    const after = await counts();
    expect(after.rows - before.rows).toBe(500);
    expect(after.imported_events - before.imported_events).toBe(500);
    expect(after.allocated_events - before.allocated_events).toBe(fresh.filter(allocates).length);
  });

  it('two overlapping windows imported at the same time: each charge once, no deadlock', async () => {
    const before = await counts();
    // The same 3,000 new charges in opposite orders in two concurrent transactions.
    const charges = range(8_000, 11_000);
    const results = await Promise.all([runImport(batch(charges)), runImport(batch([...charges].reverse()))]);
    expect(results[0]!.imported + results[1]!.imported).toBe(3_000);
    const after = await counts();
    expect(after.rows - before.rows).toBe(3_000);
    expect(after.imported_events - before.imported_events).toBe(3_000);
  });
});
