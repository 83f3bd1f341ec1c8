import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import { CodedError } from '@playbook/errors/coded-error';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { command } from '@playbook/service-kit/command';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { readableScopes } from '../access/readable.ts';
import { findClient } from '../clients/clients.store.ts';
import { datesInOrder } from '../domain/event-dates.ts';
import { isFinal } from '../domain/lifecycle.ts';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { createEventRoute, getEventRoute, listEventsRoute, updateEventRoute } from './events.routes.ts';
import {
  detailsOf,
  eventView,
  findEvent,
  insertEvent,
  listEvents,
  updateDetails,
  type EventRow,
} from './events.store.ts';

export const scopeOf = (row: EventRow) => ({ orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });

/** The event in the caller's org (404 otherwise), once the caller holds `permission` on it (403 otherwise). */
export async function authorizedEvent(
  c: Context<AppEnv>,
  eventId: string,
  permission: 'events.write' | 'records.read',
): Promise<EventRow> {
  const row = await findEvent(c.var.sql, c.var.principal.orgId, eventId);
  if (!row) throw notFound(`Event ${eventId}`, 'EVENTS.EVENT_NOT_FOUND');
  await c.var.authorize(permission, scopeOf(row));
  return row;
}

export const create: RouteHandler<typeof createEventRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const input = c.req.valid('json');
  await c.var.authorize('events.write', { orgId, clientId: input.clientId });
  return command(c, async ({ tx, publisher }) => {
    if (!(await findClient(tx, orgId, input.clientId)))
      throw notFound(`Client ${input.clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
    const eventId = randomUUID();
    const details = {
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      timezone: input.timezone,
      venue: input.venue ?? null,
    };
    await insertEvent(tx, { eventId, orgId, clientId: input.clientId, ...details });
    // Applied to our own scope tree at once: a client-scope grant covers the new event right away.
    await accessProjection.recordEvent(tx, orgId, input.clientId, eventId);
    await publisher.publish({
      type: 'events.EventCreated',
      key: eventId,
      scope: { orgId, clientId: input.clientId, eventId },
      payload: { eventId, clientId: input.clientId, ...details, status: 'draft' },
    });
    return { status: 201, body: eventView((await findEvent(tx, orgId, eventId))!) };
  });
};

export const update: RouteHandler<typeof updateEventRoute, AppEnv> = async (c) => {
  const { eventId } = c.req.valid('param');
  const changes = c.req.valid('json');
  const { orgId } = await authorizedEvent(c, eventId, 'events.write').then(scopeOf);
  return command(c, async ({ tx, publisher }) => {
    const row = (await findEvent(tx, orgId, eventId, true))!;
    if (isFinal(row.status))
      throw new CodedError('EVENTS.EVENT_FINAL', `A ${row.status} event can no longer be edited.`, 409, {
        status: row.status,
      });
    const details = {
      ...detailsOf(row),
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    if (!datesInOrder(details.startsOn, details.endsOn)) {
      throw new CodedError(
        'EVENTS.DATES_OUT_OF_ORDER',
        `endsOn ${details.endsOn} is before startsOn ${details.startsOn}.`,
        400,
      );
    }
    await updateDetails(tx, eventId, details);
    await publisher.publish({
      type: 'events.EventUpdated',
      key: eventId,
      scope: scopeOf(row),
      payload: { eventId, clientId: row.client_id, ...details },
    });
    return { status: 200, body: eventView((await findEvent(tx, orgId, eventId))!) };
  });
};

export const list: RouteHandler<typeof listEventsRoute, AppEnv> = async (c) => {
  const { clientId, status, limit, cursor } = c.req.valid('query');
  const readable = await readableScopes(c.var.sql, c.var.principal);
  const rows = await listEvents(c.var.sql, c.var.principal.orgId, readable, {
    clientId,
    status,
    limit,
    cursor: afterSeq(cursor),
  });
  return c.json(toPage(rows, limit, eventView), 200);
};

export const get: RouteHandler<typeof getEventRoute, AppEnv> = async (c) =>
  c.json(eventView(await authorizedEvent(c, c.req.valid('param').eventId, 'records.read')), 200);
