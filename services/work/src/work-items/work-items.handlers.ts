import { randomUUID } from 'node:crypto';
import { eventScope } from '@playbook/service-kit/access';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { timezoneOf } from './event-calendars.store.ts';
import {
  changeStatus as changingStatus,
  createWorkItem,
  editWorkItem,
  WORK_ITEM_NOT_FOUND,
} from './work-items.commands.ts';
import type { ChangeStatusRoute, CreateRoute, GetOneRoute, ListRoute, PatchRoute } from './work-items.routes.ts';
import { findWorkItem, listReadable, toWorkItem } from './work-items.store.ts';

/** The item in the caller's organization (404 otherwise) once the caller holds `permission` at its event. */
async function authorizedItem(c: Context<AppEnv>, workItemId: string, permission: 'records.read' | 'work.write') {
  const row = await findWorkItem(c.var.sql, workItemId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The work item', WORK_ITEM_NOT_FOUND);
  await c.var.authorize(permission, { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return row;
}

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toWorkItem), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) =>
  c.json(toWorkItem(await authorizedItem(c, c.req.valid('param').workItemId, 'records.read')), 200);

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  const principal = c.var.principal;
  // The event's client comes from this service's scope tree (events.EventCreated), never from the caller.
  const scope = await eventScope(c.var.sql, input.eventId);
  if (!scope || scope.orgId !== principal.orgId)
    throw notFound('The event (not yet known to work)', 'WORK.EVENT_UNKNOWN');
  await c.var.authorize('work.write', { ...scope, eventId: input.eventId });
  return command(c, async ({ tx, publisher }) => {
    const row = await createWorkItem(tx, publisher, {
      workItemId: randomUUID(),
      ...scope,
      eventId: input.eventId,
      title: input.title,
      assigneeId: input.assigneeId ?? null,
      assigneeRole: null,
      dueOn: input.dueOn ?? null,
      timezone: await timezoneOf(tx, input.eventId),
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      source: 'manual',
      templateId: null,
      templateVersion: null,
      createdBy: principal.id,
      correlationId: c.var.correlationId,
    });
    return { status: 201 as const, body: toWorkItem(row!) };
  });
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { workItemId } = c.req.valid('param');
  const changes = c.req.valid('json');
  await authorizedItem(c, workItemId, 'work.write');
  return command(c, async ({ tx, publisher }) => {
    const row = await editWorkItem(tx, publisher, workItemId, changes, c.var.principal.id);
    return { status: 200 as const, body: toWorkItem(row) };
  });
};

export const changeStatus: AppRouteHandler<ChangeStatusRoute> = async (c) => {
  const { workItemId } = c.req.valid('param');
  const { to, reason } = c.req.valid('json');
  await authorizedItem(c, workItemId, 'work.write');
  return command(c, async ({ tx, publisher }) => {
    const row = await changingStatus(tx, publisher, workItemId, to, c.var.principal.id, reason ?? null);
    return { status: 200 as const, body: toWorkItem(row) };
  });
};
