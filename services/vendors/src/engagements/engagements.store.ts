import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { EngagementStatus, Pricing } from '../domain/engagement.ts';

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
  status: EngagementStatus;
  cancel_reason: string | null;
  engaged_by: string;
  bom_line_id: string | null;
  completed_on: string | null;
}

export async function findEngagement(
  db: Queryable,
  orgId: string,
  engagementId: string,
  lock = false,
): Promise<EngagementRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(engagementId)) return undefined;
  const [row] = await db<EngagementRow[]>`
    select * from engagements where engagement_id = ${engagementId} and org_id = ${orgId} ${lock ? db`for update` : db``}`;
  return row;
}

export interface EngagementFilter {
  eventId?: string | undefined;
  vendorId?: string | undefined;
  status?: EngagementStatus | undefined;
  afterSeq: string;
  limit: number;
}

/** A page (limit + 1 rows) of the engagements `reader` may read. */
export function listReadable(db: Queryable, reader: Reader, f: EngagementFilter) {
  return db<EngagementRow[]>`
    select r.* from engagements r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.vendorId ? db`and r.vendor_id::text = ${f.vendorId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export interface Terms {
  quantity: number;
  startsOn: string;
  endsOn: string;
  notes: string | null;
  bomLineId: string | null;
}

export interface NewEngagement extends Terms {
  engagementId: string;
  scope: { orgId: string; clientId: string; eventId: string };
  vendor: { vendorId: string; name: string };
  serviceLine: string;
  unit: string;
  engagedBy: string;
}

export async function insertEngagement(db: Queryable, e: NewEngagement, p: Pricing) {
  const [row] = await db<EngagementRow[]>`
    insert into engagements (engagement_id, org_id, client_id, event_id, vendor_id, vendor_name, service_line, unit, quantity,
      unit_rate_minor, amount_minor, currency, starts_on, ends_on, notes, rate_card_id, rate_card_unit_rate_minor, status,
      engaged_by, bom_line_id)
    values (${e.engagementId}, ${e.scope.orgId}, ${e.scope.clientId}, ${e.scope.eventId}, ${e.vendor.vendorId}, ${e.vendor.name},
      ${e.serviceLine}, ${e.unit}, ${e.quantity}, ${p.unitRateMinor}, ${p.amountMinor}, ${p.currency}, ${e.startsOn}, ${e.endsOn},
      ${e.notes}, ${p.rateCardId}, ${p.rateCardUnitRateMinor}, 'active', ${e.engagedBy}, ${e.bomLineId})
    returning *`;
  return row!;
}

export async function updateTerms(db: Queryable, engagementId: string, t: Terms, p: Pricing) {
  const [row] = await db<EngagementRow[]>`
    update engagements set quantity = ${t.quantity}, starts_on = ${t.startsOn}, ends_on = ${t.endsOn}, notes = ${t.notes},
      bom_line_id = ${t.bomLineId}, unit_rate_minor = ${p.unitRateMinor}, amount_minor = ${p.amountMinor},
      rate_card_id = ${p.rateCardId}, rate_card_unit_rate_minor = ${p.rateCardUnitRateMinor}, amended_at = now()
    where engagement_id = ${engagementId} returning *`;
  return row!;
}

export async function markCancelled(db: Queryable, engagementId: string, reason: string | null) {
  const [row] = await db<EngagementRow[]>`
    update engagements set status = 'cancelled', cancel_reason = ${reason}, cancelled_at = now()
    where engagement_id = ${engagementId} returning *`;
  return row!;
}

export async function markCompleted(db: Queryable, engagementId: string, completedOn: string, by: string) {
  const [row] = await db<EngagementRow[]>`
    update engagements set status = 'completed', completed_on = ${completedOn}, completed_by = ${by}, completed_at = now()
    where engagement_id = ${engagementId} returning *`;
  return row!;
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
  bomLineId: r.bom_line_id,
  completedOn: r.completed_on,
});
