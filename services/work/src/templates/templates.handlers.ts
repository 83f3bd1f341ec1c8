import { isMember } from '@playbook/service-kit/access';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { forbidden, notFound } from '@playbook/service-kit/problem';
import { createTemplate, removeTemplate, TEMPLATE_NOT_FOUND, updateTemplate } from './templates.commands.ts';
import type { CreateRoute, GetOneRoute, ListRoute, PatchRoute, RemoveRoute } from './templates.routes.ts';
import { findTemplate, listTemplates, toTemplate } from './templates.store.ts';

const NOT_A_MEMBER = 'You hold no role in this organization.';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  if (!(await isMember(c.var.sql, c.var.principal))) throw forbidden(NOT_A_MEMBER);
  const rows = await listTemplates(c.var.sql, c.var.principal.orgId, afterSeq(cursor), limit);
  return c.json(toPage(rows, limit, toTemplate), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  if (!(await isMember(c.var.sql, c.var.principal))) throw forbidden(NOT_A_MEMBER);
  const row = await findTemplate(c.var.sql, c.var.principal.orgId, c.req.valid('param').templateId);
  if (!row) throw notFound('The work template', TEMPLATE_NOT_FOUND);
  return c.json(toTemplate(row), 200);
};

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  const { orgId, id } = c.var.principal;
  await c.var.authorize('work.templates.manage', { orgId });
  return command(c, async ({ tx }) => ({
    status: 201 as const,
    body: toTemplate(await createTemplate(tx, orgId, input, id)),
  }));
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const changes = c.req.valid('json');
  const { orgId, id } = c.var.principal;
  await c.var.authorize('work.templates.manage', { orgId });
  return command(c, async ({ tx }) => ({
    status: 200 as const,
    body: toTemplate(await updateTemplate(tx, orgId, c.req.valid('param').templateId, changes, id)),
  }));
};

export const remove: AppRouteHandler<RemoveRoute> = async (c) => {
  const { orgId, id } = c.var.principal;
  await c.var.authorize('work.templates.manage', { orgId });
  await command(c, async ({ tx }) => {
    await removeTemplate(tx, orgId, c.req.valid('param').templateId, id);
    return { status: 200 as const, body: {} };
  });
  return c.body(null, 204);
};
