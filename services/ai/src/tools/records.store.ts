import type { Queryable } from '@playbook/db/client';
import type { ToolRecord } from '../domain/output.ts';

// biome-ignore lint/suspicious/noExplicitAny: rows are mapped field by field into typed records below
type Row = Record<string, any>;

// Read-only queries over the AI module's own projections; every row comes back as a ToolRecord.

const num = (v: string | number | null) => (v === null ? null : Number(v));

export async function engagements(
  db: Queryable,
  orgId: string,
  by: { engagementId?: string; vendorId?: string; eventId?: string; clientId?: string },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select * from engagements where org_id = ${orgId}
      ${by.engagementId ? db`and engagement_id = ${by.engagementId}` : db``}
      ${by.vendorId ? db`and vendor_id = ${by.vendorId}` : db``}
      ${by.eventId ? db`and event_id = ${by.eventId}` : db``}
      ${by.clientId ? db`and client_id = ${by.clientId}` : db``}
    order by seq limit 200`;
  return rows.map((r) => ({
    recordType: 'engagement',
    recordId: r.engagement_id,
    fields: {
      vendorId: r.vendor_id,
      vendorName: r.vendor_name,
      eventId: r.event_id,
      clientId: r.client_id,
      serviceLine: r.service_line,
      unit: r.unit,
      quantity: Number(r.quantity),
      unitRateMinor: Number(r.unit_rate_minor),
      amountMinor: Number(r.amount_minor),
      currency: r.currency,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      rateCardId: r.rate_card_id,
      rateCardUnitRateMinor: num(r.rate_card_unit_rate_minor),
      status: r.status,
    },
  }));
}

/** The vendor's rate-card line for a service line and unit in force on a day (the latest card valid then). */
export async function rateCardLine(
  db: Queryable,
  orgId: string,
  q: { vendorId: string; serviceLine: string; unit: string; on: string },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select * from rate_card_lines
    where org_id = ${orgId} and vendor_id = ${q.vendorId} and service_line = ${q.serviceLine} and unit = ${q.unit}
      and valid_from <= ${q.on} and (valid_to is null or valid_to >= ${q.on})
    order by valid_from desc, rate_card_id desc limit 1`;
  return rows.map((r) => ({
    recordType: 'rate-card-line',
    recordId: `${r.rate_card_id}/${r.service_line}/${r.unit}`,
    fields: {
      rateCardId: r.rate_card_id,
      vendorId: r.vendor_id,
      serviceLine: r.service_line,
      unit: r.unit,
      unitRateMinor: Number(r.unit_rate_minor),
      currency: r.currency,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    },
  }));
}

export async function purchaseOrders(
  db: Queryable,
  orgId: string,
  by: { purchaseOrderId?: string; engagementId?: string; eventId?: string },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select * from purchase_orders where org_id = ${orgId}
      ${by.purchaseOrderId ? db`and purchase_order_id = ${by.purchaseOrderId}` : db``}
      ${by.engagementId ? db`and engagement_id = ${by.engagementId}` : db``}
      ${by.eventId ? db`and event_id = ${by.eventId}` : db``}
    order by raised_at, purchase_order_id limit 200`;
  return rows.map((r) => ({
    recordType: 'purchase-order',
    recordId: r.purchase_order_id,
    fields: {
      engagementId: r.engagement_id,
      vendorId: r.vendor_id,
      eventId: r.event_id,
      clientId: r.client_id,
      amountMinor: Number(r.amount_minor),
      currency: r.currency,
      status: r.status,
    },
  }));
}

const cardRecord = (r: Row): ToolRecord => ({
  recordType: 'card-transaction',
  recordId: r.card_transaction_id,
  fields: {
    source: r.source,
    sourceTransactionId: r.source_transaction_id,
    cardHolderName: r.card_holder_name,
    merchantName: r.merchant_name,
    amountMinor: Number(r.amount_minor),
    currency: r.currency,
    transactedAt: (r.transacted_at as Date).toISOString(),
    eventId: r.event_id,
  },
});

export async function cardTransaction(db: Queryable, orgId: string, id: string): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select * from card_transactions where org_id = ${orgId} and card_transaction_id = ${id}`;
  return rows.map(cardRecord);
}

/** Charges by the same card holder at the same merchant for the same amount within `hours` of `at`. */
export async function similarCardCharges(
  db: Queryable,
  orgId: string,
  q: { cardTransactionId: string; hours: number },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select o.* from card_transactions t join card_transactions o
      on o.org_id = t.org_id and o.merchant_name = t.merchant_name and o.amount_minor = t.amount_minor
     and o.currency = t.currency and o.card_holder_name = t.card_holder_name
     and o.card_transaction_id <> t.card_transaction_id
     and abs(extract(epoch from (o.transacted_at - t.transacted_at))) <= ${q.hours * 3600}
    where t.org_id = ${orgId} and t.card_transaction_id = ${q.cardTransactionId}
    order by o.transacted_at, o.card_transaction_id limit 50`;
  return rows.map(cardRecord);
}
