import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { authorizedEvent } from '../events/event-access.ts';
import { linkDeal } from './deal-links.commands.ts';
import type { CreateRoute } from './deal-links.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { eventId } = c.req.valid('param');
  const input = c.req.valid('json');
  const { org_id: orgId } = await authorizedEvent(c, eventId, 'events.write');
  return command(c, async ({ tx, publisher }) => {
    const { link, linked } = await linkDeal(tx, publisher, { ...input, orgId, eventId, linkedBy: c.var.principal.id });
    return linked ? { status: 201 as const, body: link } : { status: 200 as const, body: link };
  });
};
