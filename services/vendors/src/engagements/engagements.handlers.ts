import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import { CodedError } from '@playbook/errors/coded-error';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { acceptsEngagements, cancel, priceEngagement, type PricingError } from '../domain/engagement.ts';
import { rateOn } from '../domain/rate-cards.ts';
import { visible } from '@playbook/service-kit/access';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { VENDOR_NOT_FOUND } from '../vendors/vendors.handlers.ts';
import { findVendor, loadRateCards } from '../vendors/vendors.store.ts';
import type { cancelEngagement, engageVendor, getEngagement, listEngagements } from './engagements.routes.ts';
import { findEngagement, findEvent, toEngagement, type EngagementRow } from './engagements.store.ts';

const ENGAGEMENT_NOT_FOUND = 'VENDORS.ENGAGEMENT_NOT_FOUND';

const PRICING_ERRORS: Record<PricingError, [string, string]> = {
  'no-rate': [
    'VENDORS.NO_RATE',
    'No rate card of this vendor prices this service line and unit on the start day; give unitRateMinor.',
  ],
  'currency-required': ['VENDORS.CURRENCY_REQUIRED', 'No rate card gives the currency; give currency.'],
  'ambiguous-rate': [
    'VENDORS.AMBIGUOUS_RATE',
    'Rate cards in several currencies price this service line on the start day; give currency.',
  ],
};

export const onEngageVendor: RouteHandler<typeof engageVendor, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const principal = c.var.principal;
  // The event's client comes from our own projection of the events topic, never from the caller.
  const event = await findEvent(c.var.sql, principal.orgId, input.eventId);
  if (!event) throw notFound('The event (not yet known to vendors)', 'VENDORS.EVENT_UNKNOWN');
  const scope = { orgId: event.org_id, clientId: event.client_id, eventId: event.event_id };
  await c.var.authorize('vendors.engage', scope);
  return command(c, async ({ tx, publisher }) => {
    const current = await findEvent(tx, principal.orgId, input.eventId);
    if (!current || !acceptsEngagements(current.status))
      throw conflict(`The event is ${current?.status ?? 'gone'}: it takes no engagements.`, 'VENDORS.EVENT_NOT_OPEN');
    const vendor = await findVendor(tx, principal.orgId, input.vendorId);
    if (!vendor) throw notFound('The vendor', VENDOR_NOT_FOUND);
    const cards = (await loadRateCards(tx, [vendor.vendor_id], input.currency)).get(vendor.vendor_id) ?? [];
    const lookup = rateOn(cards, {
      serviceLine: input.serviceLine,
      unit: input.unit,
      day: input.startsOn,
      currency: input.currency,
    });
    const priced = priceEngagement(input, lookup);
    if (!priced.ok) throw new CodedError(PRICING_ERRORS[priced.error][0], PRICING_ERRORS[priced.error][1], 422);
    const p = priced.pricing;
    const engagementId = randomUUID();
    const [row] = await tx<EngagementRow[]>`
      insert into engagements (engagement_id, org_id, client_id, event_id, vendor_id, vendor_name, service_line, unit, quantity,
        unit_rate_minor, amount_minor, currency, starts_on, ends_on, notes, rate_card_id, rate_card_unit_rate_minor, status, engaged_by)
      values (${engagementId}, ${scope.orgId}, ${scope.clientId}, ${scope.eventId}, ${vendor.vendor_id}, ${vendor.name}, ${input.serviceLine},
        ${input.unit}, ${input.quantity}, ${p.unitRateMinor}, ${p.amountMinor}, ${p.currency}, ${input.startsOn}, ${input.endsOn},
        ${input.notes ?? null}, ${p.rateCardId}, ${p.rateCardUnitRateMinor}, 'active', ${principal.id})
      returning *`;
    await publisher.publish({
      type: 'vendors.VendorEngaged',
      key: vendor.vendor_id,
      scope,
      payload: {
        engagementId,
        vendorId: vendor.vendor_id,
        vendorName: vendor.name,
        eventId: scope.eventId,
        clientId: scope.clientId,
        serviceLine: input.serviceLine,
        unit: input.unit,
        quantity: input.quantity,
        unitRateMinor: p.unitRateMinor,
        amountMinor: p.amountMinor,
        currency: p.currency,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        rateCardId: p.rateCardId,
        rateCardUnitRateMinor: p.rateCardUnitRateMinor,
        notes: input.notes ?? null,
      },
    });
    return { status: 201 as const, body: toEngagement(row!) };
  });
};

export const onListEngagements: RouteHandler<typeof listEngagements, AppEnv> = async (c) => {
  const q = c.req.valid('query');
  const sql = c.var.sql;
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await sql<EngagementRow[]>`
    select r.* from engagements r
    where ${visible(sql, c.var.principal)} and r.seq > ${afterSeq(q.cursor)}
      ${q.eventId ? sql`and r.event_id = ${q.eventId}` : sql``}
      ${q.vendorId ? sql`and r.vendor_id::text = ${q.vendorId}` : sql``}
      ${q.status ? sql`and r.status = ${q.status}` : sql``}
    order by r.seq limit ${q.limit + 1}`;
  const { items, nextCursor } = toPage(rows, q.limit);
  return c.json({ items: items.map(toEngagement), nextCursor }, 200);
};

export const onGetEngagement: RouteHandler<typeof getEngagement, AppEnv> = async (c) => {
  const row = await findEngagement(c.var.sql, c.var.principal.orgId, c.req.valid('param').engagementId);
  if (!row) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toEngagement(row), 200);
};

export const onCancelEngagement: RouteHandler<typeof cancelEngagement, AppEnv> = async (c) => {
  const { engagementId } = c.req.valid('param');
  const reason = (c.req.header('content-type')?.includes('json') ? c.req.valid('json')?.reason : undefined) ?? null;
  const found = await findEngagement(c.var.sql, c.var.principal.orgId, engagementId);
  if (!found) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  const scope = { orgId: found.org_id, clientId: found.client_id, eventId: found.event_id };
  await c.var.authorize('vendors.engage', scope);
  return command(c, async ({ tx, publisher }) => {
    const row = (await findEngagement(tx, scope.orgId, engagementId, true))!;
    const next = cancel(row.status);
    if (!next.ok) throw conflict('The engagement is already cancelled.', 'VENDORS.ENGAGEMENT_CANCELLED');
    const [updated] = await tx<EngagementRow[]>`
      update engagements set status = ${next.next}, cancel_reason = ${reason}, cancelled_at = now()
      where engagement_id = ${row.engagement_id} returning *`;
    await publisher.publish({
      type: 'vendors.EngagementCancelled',
      key: row.vendor_id,
      scope,
      payload: { engagementId: row.engagement_id, vendorId: row.vendor_id, eventId: row.event_id, reason },
    });
    return { status: 200 as const, body: toEngagement(updated!) };
  });
};
