import { randomUUID } from 'node:crypto';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { findDealLink } from '../deal-links/deal-links.store.ts';
import { latestFigures } from '../figures/figures.store.ts';
import { authorizedEvent } from './event-access.ts';
import { createEvent, updateEvent } from './events.commands.ts';
import type {
  CancelRoute,
  ChangeStatusRoute,
  CreateRoute,
  GetOneRoute,
  ListRoute,
  PatchRoute,
} from './events.routes.ts';
import { eventView, listReadable } from './events.store.ts';
import { cancelEvent, changeEventStatus } from './lifecycle.commands.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { venue, ...input } = c.req.valid('json');
  await c.var.authorize('events.write', { orgId, clientId: input.clientId });
  return command(c, async ({ tx, publisher }) => ({
    status: 201,
    body: eventView(await createEvent(tx, publisher, { ...input, venue: venue ?? null, orgId, eventId: randomUUID() })),
  }));
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { eventId } = c.req.valid('param');
  const changes = c.req.valid('json');
  const { org_id: orgId } = await authorizedEvent(c, eventId, 'events.write');
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: eventView(await updateEvent(tx, publisher, orgId, eventId, changes)),
  }));
};

export const changeStatus: AppRouteHandler<ChangeStatusRoute> = async (c) => {
  const { eventId } = c.req.valid('param');
  const { to } = c.req.valid('json');
  const { org_id: orgId } = await authorizedEvent(c, eventId, 'events.write');
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: eventView(await changeEventStatus(tx, publisher, orgId, eventId, to)),
  }));
};

export const cancel: AppRouteHandler<CancelRoute> = async (c) => {
  const { eventId } = c.req.valid('param');
  const reason = c.req.valid('json').reason ?? null;
  const { org_id: orgId } = await authorizedEvent(c, eventId, 'events.write');
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: eventView(await cancelEvent(tx, publisher, orgId, eventId, reason)),
  }));
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { clientId, status, limit, cursor } = c.req.valid('query');
  const rows = await listReadable(c.var.sql, c.var.principal, { clientId, status, limit, afterSeq: afterSeq(cursor) });
  return c.json(toPage(rows, limit, eventView), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await authorizedEvent(c, c.req.valid('param').eventId, 'records.read');
  const deal = await findDealLink(c.var.sql, row.event_id);
  return c.json({ ...eventView(row), deal, ...(await latestFigures(c.var.sql, row.event_id)) }, 200);
};
