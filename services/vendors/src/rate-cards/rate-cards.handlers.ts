import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { isValidOn } from '../domain/rate-cards.ts';
import { today } from '../vendors/vendors.store.ts';
import { publishRateCard } from './rate-cards.commands.ts';
import type { CreateRoute } from './rate-cards.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  const { orgId } = c.var.principal;
  await c.var.authorize('rate-cards.manage', { orgId });
  const card = {
    currency: input.currency,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    lines: input.lines,
  };
  return command(c, async ({ tx, publisher }) => {
    const ids = await publishRateCard(tx, publisher, orgId, c.req.valid('param').vendorId, card);
    return { status: 201 as const, body: { ...ids, ...card, current: isValidOn(card, today()) } };
  });
};
