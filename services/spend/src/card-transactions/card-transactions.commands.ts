import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { allocator, publishAllocation } from '../allocations/allocations.commands.ts';
import { allocationIdFor, cardTransactionIdFor } from '../domain/allocation.ts';
import { insertNewCardTransactions, type NewCardTransaction } from './card-transactions.store.ts';

const SOURCE = 'ramp';

/**
 * Imports a Ramp batch: each transaction once (`CardTransactionImported`), then allocated by the tag
 * rules to an event the scope tree knows (`SpendAllocated`, budget counts it as actual). Duplicates
 * within the batch, re-fetched and overlapping windows insert nothing and publish nothing; a charge
 * naming no known event stays unallocated (imported, and counted as skipped in its envelope rules).
 */
export async function importRampBatch(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.ramp.RampTransactionsFetched'>,
): Promise<{ imported: number; allocated: number }> {
  const p = e.payload;
  const orgId = e.scope.orgId;
  const allocate = allocator(tx, orgId);
  const rows: (NewCardTransaction & { t: (typeof p.transactions)[number] })[] = [];
  for (const t of p.transactions) {
    const a = await allocate(t);
    rows.push({
      t,
      cardTransactionId: cardTransactionIdFor(SOURCE, t.id),
      source: SOURCE,
      sourceTransactionId: t.id,
      orgId,
      amountMinor: t.amountMinor,
      currency: t.currency,
      merchantName: t.merchantName,
      transactedAt: new Date(t.transactedAt),
      eventId: a.eventId,
      clientId: a.clientId,
      bomLineId: a.bomLineId,
      allocationRule: a.rule,
    });
  }
  const unique = [...new Map(rows.map((r) => [r.cardTransactionId, r])).values()];
  const inserted = await insertNewCardTransactions(tx, unique);
  let allocated = 0;
  const window = { from: new Date(p.windowFrom).toISOString(), to: new Date(p.windowTo).toISOString() };
  const importRules = [
    { name: 'spend.card-import', parameters: { source: SOURCE, windowFrom: window.from, windowTo: window.to } },
  ];
  // The outbox writes a batch's events together at its commit; publishing does not wait on the database.
  const published: Promise<unknown>[] = [];
  for (const r of unique) {
    if (!inserted.has(r.cardTransactionId)) continue;
    const scope = { orgId, clientId: r.clientId, eventId: r.eventId };
    published.push(
      publisher.publish({
        type: 'spend.CardTransactionImported',
        key: r.cardTransactionId,
        scope,
        rules: importRules,
        payload: {
          cardTransactionId: r.cardTransactionId,
          source: SOURCE,
          sourceTransactionId: r.t.id,
          cardHolderName: r.t.cardHolderName,
          merchantName: r.t.merchantName,
          amountMinor: r.t.amountMinor,
          currency: r.t.currency,
          transactedAt: r.t.transactedAt,
          windowFrom: p.windowFrom,
          windowTo: p.windowTo,
          cardHolderId: r.t.cardHolderId ?? null,
          cardHolderEmail: r.t.cardHolderEmail ?? null,
          merchantCategory: r.t.merchantCategory ?? null,
          memo: r.t.memo ?? null,
          eventTag: r.t.tags.Event ?? null,
        },
      }),
    );
    if (!r.eventId || !r.clientId) continue;
    allocated++;
    published.push(
      publishAllocation(publisher, {
        orgId,
        allocationId: allocationIdFor(r.cardTransactionId),
        source: 'card',
        sourceId: r.t.id,
        eventId: r.eventId,
        clientId: r.clientId,
        bomLineId: r.bomLineId,
        rule: r.allocationRule,
        amountMinor: r.amountMinor,
        currency: r.currency,
        allocatedAt: e.occurredAt,
        description: `${r.t.merchantName} (${r.t.cardHolderName})`,
      }),
    );
  }
  await Promise.all(published);
  return { imported: inserted.size, allocated };
}
