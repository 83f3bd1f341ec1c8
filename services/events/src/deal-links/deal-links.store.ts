import type { Queryable } from '@playbook/db/client';

export interface DealLinkRow {
  event_id: string;
  org_id: string;
  source: string;
  deal_id: string;
  deal_name: string;
  stage: string;
  pipeline: string | null;
  amount_minor: string | null;
  currency: string | null;
  linked_by: string;
  linked_at: Date;
}

export interface NewDealLink {
  eventId: string;
  orgId: string;
  source: string;
  dealId: string;
  dealName: string;
  stage: string;
  pipeline: string | null;
  amountMinor: number | null;
  currency: string | null;
  linkedBy: string;
}

async function findRow(db: Queryable, eventId: string): Promise<DealLinkRow | undefined> {
  const [row] = await db<DealLinkRow[]>`select * from deal_links where event_id = ${eventId}`;
  return row;
}

/** The deal an event is linked to, as a view, or null. */
export async function findDealLink(db: Queryable, eventId: string) {
  const row = await findRow(db, eventId);
  return row ? dealLinkView(row) : null;
}

/** The event a CRM deal is linked to in the organization, or null. */
export async function findEventOfDeal(
  db: Queryable,
  orgId: string,
  source: string,
  dealId: string,
): Promise<{ eventId: string } | null> {
  const [row] = await db<{ event_id: string }[]>`
    select event_id from deal_links where org_id = ${orgId} and source = ${source} and deal_id = ${dealId}`;
  return row ? { eventId: row.event_id } : null;
}

/** Inserts the link; false when the event or the deal is linked already (a concurrent link won). */
export async function insertDealLink(db: Queryable, d: NewDealLink): Promise<boolean> {
  const rows = await db`
    insert into deal_links (event_id, org_id, source, deal_id, deal_name, stage, pipeline, amount_minor, currency, linked_by)
    values (${d.eventId}, ${d.orgId}, ${d.source}, ${d.dealId}, ${d.dealName}, ${d.stage}, ${d.pipeline},
            ${d.amountMinor}, ${d.currency}, ${d.linkedBy})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

export const dealLinkView = (r: DealLinkRow) => ({
  eventId: r.event_id,
  source: r.source,
  dealId: r.deal_id,
  dealName: r.deal_name,
  stage: r.stage,
  pipeline: r.pipeline,
  amountMinor: r.amount_minor === null ? null : Number(r.amount_minor),
  currency: r.currency,
  linkedBy: r.linked_by,
  linkedAt: r.linked_at.toISOString(),
});
export type DealLinkView = ReturnType<typeof dealLinkView>;
