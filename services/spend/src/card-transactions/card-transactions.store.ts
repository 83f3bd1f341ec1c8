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

/** Inserts the transactions not seen before (one statement); returns the ids it inserted. */
export async function insertNewCardTransactions(db: Queryable, rows: NewCardTransaction[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = rows.map((r) => ({
    card_transaction_id: r.cardTransactionId,
    source: r.source,
    source_transaction_id: r.sourceTransactionId,
    org_id: r.orgId,
    amount_minor: r.amountMinor,
    currency: r.currency,
    merchant_name: r.merchantName,
    transacted_at: r.transactedAt,
    event_id: r.eventId,
    client_id: r.clientId,
    bom_line_id: r.bomLineId,
    allocation_rule: r.allocationRule,
  }));
  const inserted = await db<{ card_transaction_id: string }[]>`
    insert into card_transactions ${db(values)} on conflict do nothing returning card_transaction_id`;
  return new Set(inserted.map((r) => r.card_transaction_id));
}
