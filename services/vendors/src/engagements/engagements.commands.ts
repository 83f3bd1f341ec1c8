import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { acceptsEngagements, amendable, keptRate } from '../domain/engagement.ts';
import { findEvent } from '../events/events.store.ts';
import { VENDOR_NOT_FOUND } from '../vendors/vendors.commands.ts';
import { findVendor } from '../vendors/vendors.store.ts';
import { lockActive } from './engagement-lifecycle.commands.ts';
import { type EngagementRow, insertEngagement, type Terms, updateTerms } from './engagements.store.ts';
import { priceTerms, pricingRule } from './pricing.ts';

export interface Engagement extends Omit<Terms, 'notes' | 'bomLineId'> {
  vendorId: string;
  eventId: string;
  serviceLine: string;
  unit: string;
  unitRateMinor?: number | undefined;
  currency?: string | undefined;
  notes?: string | undefined;
  bomLineId?: string | undefined;
}

async function requireOpenEvent(tx: Tx, orgId: string, eventId: string) {
  const event = await findEvent(tx, orgId, eventId);
  if (!event || !acceptsEngagements(event.status))
    throw conflict(`The event is ${event?.status ?? 'gone'}: it takes no engagements.`, 'VENDORS.EVENT_NOT_OPEN');
  return event;
}

/** Engages a vendor for an open event at the priced rate; VendorEngaged carries everything downstream needs. */
export async function engage(tx: Tx, publisher: Publisher, by: { id: string; orgId: string }, input: Engagement) {
  const event = await requireOpenEvent(tx, by.orgId, input.eventId);
  const vendor = await findVendor(tx, by.orgId, input.vendorId);
  if (!vendor) throw notFound('The vendor', VENDOR_NOT_FOUND);
  const p = await priceTerms(tx, { ...input, vendorId: vendor.vendor_id });
  const scope = { orgId: event.org_id, clientId: event.client_id, eventId: event.event_id };
  const terms = { ...input, notes: input.notes ?? null, bomLineId: input.bomLineId ?? null };
  const engagementId = randomUUID();
  const row = await insertEngagement(
    tx,
    { ...terms, engagementId, scope, vendor: { vendorId: vendor.vendor_id, name: vendor.name }, engagedBy: by.id },
    p,
  );
  await publisher.publish({
    type: 'vendors.VendorEngaged',
    key: vendor.vendor_id,
    scope,
    counts: { affected: 1 },
    rules: [pricingRule(p, input.startsOn)],
    payload: {
      engagementId,
      vendorId: vendor.vendor_id,
      vendorName: vendor.name,
      eventId: scope.eventId,
      clientId: scope.clientId,
      serviceLine: input.serviceLine,
      unit: input.unit,
      quantity: input.quantity,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      notes: terms.notes,
      bomLineId: terms.bomLineId,
      ...p,
    },
  });
  return row;
}

export interface Amendment {
  quantity?: number | undefined;
  unitRateMinor?: number | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  notes?: string | null | undefined;
  bomLineId?: string | null | undefined;
  reason?: string | undefined;
}

/**
 * New terms for an active engagement on an open event, re-priced as engaging would be (in the
 * engagement's currency, which an amendment never changes). EngagementAmended carries the new
 * terms in full and the amount before.
 */
export async function amend(
  tx: Tx,
  publisher: Publisher,
  by: { id: string; orgId: string },
  engagementId: string,
  change: Amendment,
): Promise<EngagementRow> {
  const row = await lockActive(tx, by.orgId, engagementId, amendable);
  await requireOpenEvent(tx, row.org_id, row.event_id);
  const terms: Terms = {
    quantity: change.quantity ?? row.quantity,
    startsOn: change.startsOn ?? row.starts_on,
    endsOn: change.endsOn ?? row.ends_on,
    notes: change.notes === undefined ? row.notes : change.notes,
    bomLineId: change.bomLineId === undefined ? row.bom_line_id : change.bomLineId,
  };
  if (terms.endsOn < terms.startsOn) {
    throw new CodedError('HTTP.VALIDATION_FAILED', 'The request body is not valid.', 400, {
      errors: [{ path: 'endsOn', message: 'endsOn is before startsOn' }],
    });
  }
  const current = {
    unitRateMinor: Number(row.unit_rate_minor),
    rateCardUnitRateMinor: nullable(row.rate_card_unit_rate_minor),
  };
  const p = await priceTerms(tx, {
    vendorId: row.vendor_id,
    serviceLine: row.service_line,
    unit: row.unit,
    quantity: terms.quantity,
    startsOn: terms.startsOn,
    unitRateMinor: change.unitRateMinor ?? keptRate(current),
    currency: row.currency,
  });
  const updated = await updateTerms(tx, row.engagement_id, terms, p);
  await publisher.publish({
    type: 'vendors.EngagementAmended',
    key: row.vendor_id,
    scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
    counts: { affected: 1 },
    rules: [pricingRule(p, terms.startsOn)],
    payload: {
      engagementId: row.engagement_id,
      vendorId: row.vendor_id,
      eventId: row.event_id,
      clientId: row.client_id,
      serviceLine: row.service_line,
      unit: row.unit,
      quantity: terms.quantity,
      unitRateMinor: p.unitRateMinor,
      amountMinor: p.amountMinor,
      previousAmountMinor: Number(row.amount_minor),
      currency: p.currency,
      startsOn: terms.startsOn,
      endsOn: terms.endsOn,
      amendedBy: by.id,
      rateCardUnitRateMinor: p.rateCardUnitRateMinor,
      reason: change.reason ?? null,
      bomLineId: terms.bomLineId,
    },
  });
  return updated;
}

const nullable = (v: string | null) => (v === null ? null : Number(v));
