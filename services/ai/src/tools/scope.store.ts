import type { Queryable } from '@playbook/db/client';
import type { ToolRecord } from '../domain/output.ts';

// biome-ignore lint/suspicious/noExplicitAny: rows are mapped field by field into typed records below
type Row = Record<string, any>;

export async function event(db: Queryable, orgId: string, eventId: string): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`select * from events where org_id = ${orgId} and event_id = ${eventId}`;
  return rows.map((r) => ({
    recordType: 'event',
    recordId: r.event_id,
    fields: { clientId: r.client_id, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on, status: r.status },
  }));
}

export async function vendor(db: Queryable, orgId: string, vendorId: string): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`select * from vendors where org_id = ${orgId} and vendor_id = ${vendorId}`;
  return rows.map((r) => ({
    recordType: 'vendor',
    recordId: r.vendor_id,
    fields: { name: r.name, category: r.category },
  }));
}

/** A vendor's or a client's record over time: engagements, spend, rate against card, rejections, completion, ratings. */
export async function relationshipSummary(
  db: Queryable,
  orgId: string,
  q: { subjectType: 'vendor' | 'client'; subjectId: string },
): Promise<ToolRecord[]> {
  const mine = q.subjectType === 'vendor' ? db`vendor_id = ${q.subjectId}` : db`client_id = ${q.subjectId}`;
  const [e] = await db<Row[]>`
    select count(*)::int as engagements,
           count(*) filter (where status = 'completed')::int as completed,
           count(*) filter (where status = 'cancelled')::int as cancelled,
           coalesce(sum(amount_minor) filter (where status <> 'cancelled'), 0)::bigint as engaged_minor,
           count(*) filter (where rate_card_unit_rate_minor is not null and unit_rate_minor > rate_card_unit_rate_minor)::int
             as above_card,
           count(distinct event_id)::int as events,
           min(starts_on) as first_starts_on, max(starts_on) as last_starts_on
    from engagements where org_id = ${orgId} and ${mine}`;
  const [p] = await db<Row[]>`
    select count(*) filter (where status = 'approved')::int as approved,
           count(*) filter (where status = 'rejected')::int as rejected,
           coalesce(sum(amount_minor) filter (where status = 'approved'), 0)::bigint as approved_minor
    from purchase_orders where org_id = ${orgId} and ${mine}`;
  const [r] = await db<Row[]>`
    select count(*)::int as ratings, round(avg(score), 2)::float8 as average
    from ratings where org_id = ${orgId} and ${mine}`;
  return [
    {
      recordType: `${q.subjectType}-summary`,
      recordId: `${q.subjectType}:${q.subjectId}`,
      fields: {
        engagements: e!.engagements,
        completedEngagements: e!.completed,
        cancelledEngagements: e!.cancelled,
        engagedMinor: Number(e!.engaged_minor),
        engagementsAboveRateCard: e!.above_card,
        events: e!.events,
        firstStartsOn: e!.first_starts_on,
        lastStartsOn: e!.last_starts_on,
        approvedPurchaseOrders: p!.approved,
        rejectedPurchaseOrders: p!.rejected,
        approvedMinor: Number(p!.approved_minor),
        ratings: r!.ratings,
        averageRating: r!.average,
      },
    },
  ];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** How far an event is from a day: a computed record, so a rule can cite the number of days. */
export async function eventCountdown(
  db: Queryable,
  orgId: string,
  q: { eventId: string; asOf: string },
): Promise<ToolRecord[]> {
  const [e] = await event(db, orgId, q.eventId);
  if (!e) return [];
  const { startsOn, endsOn, status } = e.fields as { startsOn: string; endsOn: string; status: string };
  return [
    {
      recordType: 'event-countdown',
      recordId: `${q.eventId}@${q.asOf}`,
      fields: {
        eventId: q.eventId,
        asOf: q.asOf,
        startsOn,
        endsOn,
        status,
        daysUntilStart: daysBetween(q.asOf, startsOn),
        daysUntilEnd: daysBetween(q.asOf, endsOn),
      },
    },
  ];
}
