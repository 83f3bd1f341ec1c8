import type { AppEnv } from '@playbook/service-kit/app-env';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { scopeOf } from './events.commands.ts';
import { type EventRow, findEvent } from './events.store.ts';

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
