import type { Queryable } from '@playbook/db/client';

export interface EngagementRow {
  engagement_id: string;
  seq: string;
  org_id: string;
  client_id: string;
  event_id: string;
  vendor_id: string;
  vendor_name: string;
  service_line: string;
  unit: string;
  quantity: number;
  unit_rate_minor: string;
  amount_minor: string;
  currency: string;
  starts_on: string;
  ends_on: string;
  notes: string | null;
  rate_card_id: string | null;
  rate_card_unit_rate_minor: string | null;
  status: 'active' | 'cancelled';
  cancel_reason: string | null;
  engaged_by: string;
}

export interface EventRow {
  event_id: string;
  org_id: string;
  client_id: string;
  name: string;
  status: string;
}

export async function findEvent(db: Queryable, orgId: string, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db<EventRow[]>`select * from events where event_id = ${eventId} and org_id = ${orgId}`;
  return row;
}

export async function findEngagement(
  db: Queryable,
  orgId: string,
  engagementId: string,
  lock = false,
): Promise<EngagementRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(engagementId)) return undefined;
  const [row] = lock
    ? await db<
        EngagementRow[]
      >`select * from engagements where engagement_id = ${engagementId} and org_id = ${orgId} for update`
    : await db<EngagementRow[]>`select * from engagements where engagement_id = ${engagementId} and org_id = ${orgId}`;
  return row;
}

const n = (v: string | null) => (v === null ? null : Number(v));

export const toEngagement = (r: EngagementRow) => ({
  engagementId: r.engagement_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  vendorId: r.vendor_id,
  vendorName: r.vendor_name,
  serviceLine: r.service_line,
  unit: r.unit,
  quantity: r.quantity,
  unitRateMinor: Number(r.unit_rate_minor),
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  notes: r.notes,
  rateCardId: r.rate_card_id,
  rateCardUnitRateMinor: n(r.rate_card_unit_rate_minor),
  status: r.status,
  cancelReason: r.cancel_reason,
  engagedBy: r.engaged_by,
});
