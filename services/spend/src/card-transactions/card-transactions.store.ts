import type { Queryable } from '@playbook/db/client';

export interface NewCardTransaction {
  cardTransactionId: string;
  source: string;
  sourceTransactionId: string;
  orgId: string;
  amountMinor: number;
  currency: string;
  merchantName: string;
  transactedAt: Date;
  eventId: string | null;
  clientId: string | null;
  bomLineId: string | null;
  allocationRule: string;
}

/** Rows per statement: a window's part holds a few thousand; a statement of 10,000 stays a few MB. */
const CHUNK = 10_000;

/**
 * Inserts the transactions not seen before, a whole batch per statement (one array per column, so
 * the statement has 12 parameters however many rows); returns the ids it inserted. Rows go in id
 * order, so two imports of overlapping windows lock the same ids in the same order.
 */
export async function insertNewCardTransactions(db: Queryable, rows: NewCardTransaction[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  const sorted = [...rows].sort((a, b) => (a.cardTransactionId < b.cardTransactionId ? -1 : 1));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const column = <T>(pick: (r: NewCardTransaction) => T) => db.array(chunk.map(pick) as never[]);
    const done = await db<{ card_transaction_id: string }[]>`
      insert into card_transactions (card_transaction_id, source, source_transaction_id, org_id, amount_minor, currency,
                                     merchant_name, transacted_at, event_id, client_id, bom_line_id, allocation_rule)
      select * from unnest(${column((r) => r.cardTransactionId)}::uuid[], ${column((r) => r.source)}::text[],
                           ${column((r) => r.sourceTransactionId)}::text[], ${column((r) => r.orgId)}::text[],
                           ${column((r) => String(r.amountMinor))}::bigint[], ${column((r) => r.currency)}::text[],
                           ${column((r) => r.merchantName)}::text[], ${column((r) => r.transactedAt.toISOString())}::timestamptz[],
                           ${column((r) => r.eventId)}::text[], ${column((r) => r.clientId)}::text[],
                           ${column((r) => r.bomLineId)}::text[], ${column((r) => r.allocationRule)}::text[])
      on conflict do nothing
      returning card_transaction_id`;
    for (const r of done) inserted.add(r.card_transaction_id);
  }
  return inserted;
}
