import type { Queryable } from '@playbook/db/client';
import type { EventPayloads } from '@playbook/contracts/types';

type P<T extends keyof EventPayloads> = EventPayloads[T];

export async function upsertVendor(
  db: Queryable,
  orgId: string,
  v: { vendorId: string; name: string; category: string },
) {
  await db`insert into vendors (vendor_id, org_id, name, category) values (${v.vendorId}, ${orgId}, ${v.name}, ${v.category})
           on conflict (vendor_id) do update set name = excluded.name, category = excluded.category`;
}

export async function recordRateCard(db: Queryable, orgId: string, c: P<'vendors.RateCardPublished'>) {
  for (const l of c.lines) {
    await db`insert into rate_card_lines (rate_card_id, org_id, vendor_id, currency, valid_from, valid_to, service_line, unit, unit_rate_minor)
             values (${c.rateCardId}, ${orgId}, ${c.vendorId}, ${c.currency}, ${c.validFrom}, ${c.validTo ?? null},
                     ${l.serviceLine}, ${l.unit}, ${l.unitRateMinor})
             on conflict do nothing`;
  }
}

export async function recordEngagement(db: Queryable, orgId: string, e: P<'vendors.VendorEngaged'>, at: Date) {
  await db`insert into engagements (engagement_id, org_id, client_id, event_id, vendor_id, vendor_name, service_line, unit,
             quantity, unit_rate_minor, amount_minor, currency, starts_on, ends_on, rate_card_id, rate_card_unit_rate_minor,
             status, engaged_at)
           values (${e.engagementId}, ${orgId}, ${e.clientId}, ${e.eventId}, ${e.vendorId}, ${e.vendorName}, ${e.serviceLine},
             ${e.unit}, ${e.quantity}, ${e.unitRateMinor}, ${e.amountMinor}, ${e.currency}, ${e.startsOn}, ${e.endsOn},
             ${e.rateCardId ?? null}, ${e.rateCardUnitRateMinor ?? null}, 'active', ${at})
           on conflict (engagement_id) do nothing`;
}

export async function amendEngagement(db: Queryable, e: P<'vendors.EngagementAmended'>) {
  await db`update engagements set service_line = ${e.serviceLine}, unit = ${e.unit}, quantity = ${e.quantity},
             unit_rate_minor = ${e.unitRateMinor}, amount_minor = ${e.amountMinor}, starts_on = ${e.startsOn},
             ends_on = ${e.endsOn}, rate_card_unit_rate_minor = ${e.rateCardUnitRateMinor ?? null}
           where engagement_id = ${e.engagementId}`;
}

export async function setEngagementStatus(db: Queryable, engagementId: string, status: 'cancelled' | 'completed') {
  await db`update engagements set status = ${status} where engagement_id = ${engagementId}`;
}

export async function recordRating(db: Queryable, orgId: string, r: P<'vendors.VendorRated'>) {
  await db`insert into ratings (engagement_id, rated_by, org_id, vendor_id, client_id, event_id, score)
           values (${r.engagementId}, ${r.ratedBy}, ${orgId}, ${r.vendorId}, ${r.clientId}, ${r.eventId}, ${r.score})
           on conflict (engagement_id, rated_by) do update set score = excluded.score`;
}
