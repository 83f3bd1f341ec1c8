import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { CodedError } from '@playbook/errors/coded-error';
import { notFound } from '@playbook/service-kit/problem';
import { findOverlaps, isValidOn } from '../domain/rate-cards.ts';
import { VENDOR_NOT_FOUND } from '../vendors/vendors.handlers.ts';
import { findVendor, loadRateCards, today } from '../vendors/vendors.store.ts';
import type { publishRateCard } from './rate-cards.routes.ts';

export const onPublishRateCard: RouteHandler<typeof publishRateCard, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const { orgId } = c.var.principal;
  await c.var.authorize('rate-cards.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    // The vendor row lock serialises publications per vendor, so two overlapping cards cannot both pass the check.
    const vendor = await findVendor(tx, orgId, c.req.valid('param').vendorId, true);
    if (!vendor) throw notFound('The vendor', VENDOR_NOT_FOUND);
    const card = {
      currency: input.currency,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      lines: input.lines,
    };
    const existing = (await loadRateCards(tx, [vendor.vendor_id], input.currency)).get(vendor.vendor_id) ?? [];
    const overlaps = findOverlaps(existing, card);
    if (overlaps.length > 0) {
      throw new CodedError(
        'VENDORS.RATE_CARD_OVERLAP',
        `A ${input.currency} rate card of this vendor already prices ${[...new Set(overlaps.flatMap((o) => o.serviceLines))].join(', ')} within that window.`,
        409,
        { overlaps },
      );
    }
    const rateCardId = randomUUID();
    await tx`insert into rate_cards (rate_card_id, vendor_id, currency, valid_from, valid_to)
             values (${rateCardId}, ${vendor.vendor_id}, ${card.currency}, ${card.validFrom}, ${card.validTo})`;
    await tx`insert into rate_card_lines ${tx(card.lines.map((l) => ({ rate_card_id: rateCardId, service_line: l.serviceLine, unit: l.unit, unit_rate_minor: l.unitRateMinor })))}`;
    await publisher.publish({
      type: 'vendors.RateCardPublished',
      key: vendor.vendor_id,
      scope: { orgId },
      payload: { rateCardId, vendorId: vendor.vendor_id, ...card },
    });
    return {
      status: 201 as const,
      body: { rateCardId, vendorId: vendor.vendor_id, ...card, current: isValidOn(card, today()) },
    };
  });
};
