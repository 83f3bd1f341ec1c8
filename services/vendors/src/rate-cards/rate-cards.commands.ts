import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { notFound } from '@playbook/service-kit/problem';
import { findOverlaps, type NewRateCard } from '../domain/rate-cards.ts';
import { VENDOR_NOT_FOUND } from '../vendors/vendors.commands.ts';
import { findVendor } from '../vendors/vendors.store.ts';
import { insertRateCard, loadRateCards } from './rate-cards.store.ts';

/** Publishes a card unless it overlaps one of the vendor's cards in the same currency on a service line (409). */
export async function publishRateCard(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  vendorId: string,
  card: NewRateCard,
) {
  // The vendor row lock serialises publications per vendor, so two overlapping cards cannot both pass the check.
  const vendor = await findVendor(tx, orgId, vendorId, true);
  if (!vendor) throw notFound('The vendor', VENDOR_NOT_FOUND);
  const existing = (await loadRateCards(tx, [vendor.vendor_id], card.currency)).get(vendor.vendor_id) ?? [];
  const overlaps = findOverlaps(existing, card);
  if (overlaps.length > 0) {
    const lines = [...new Set(overlaps.flatMap((o) => o.serviceLines))].join(', ');
    throw new CodedError(
      'VENDORS.RATE_CARD_OVERLAP',
      `A ${card.currency} rate card of this vendor already prices ${lines} within that window.`,
      409,
      { overlaps },
    );
  }
  const rateCardId = randomUUID();
  await insertRateCard(tx, rateCardId, vendor.vendor_id, card);
  await publisher.publish({
    type: 'vendors.RateCardPublished',
    key: vendor.vendor_id,
    scope: { orgId },
    counts: { lines: card.lines.length, compared: existing.length },
    rules: [{ name: 'rate-card-overlap', parameters: { currency: card.currency, window: windowOf(card) } }],
    payload: { rateCardId, vendorId: vendor.vendor_id, ...card },
  });
  return { rateCardId, vendorId: vendor.vendor_id };
}

const windowOf = (card: NewRateCard) => `${card.validFrom}..${card.validTo ?? ''}`;
