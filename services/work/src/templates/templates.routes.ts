import { z } from '@hono/zod-openapi';
import { ROLES } from '@playbook/service-kit/permissions';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

const line = z
  .object({
    title: z.string().trim().min(1).max(300),
    anchor: z.enum(['start', 'end']).openapi({ description: 'The event day the offset counts from: first or last.' }),
    offsetDays: z
      .number()
      .int()
      .min(-730)
      .max(730)
      .openapi({ description: 'Days from the anchor day: −30 is thirty days before, 2 is two days after.' }),
    assigneeRole: z.enum(ROLES).nullable().optional().openapi({ description: 'Who is expected to do it.' }),
  })
  .openapi('WorkTemplateLine');
const name = z.string().trim().min(1).max(200);
const lines = z.array(line).min(1).max(100);
const params = z.object({ templateId: z.string().min(1) });

export const templateSchema = z
  .object({
    templateId: z.string(),
    orgId: z.string(),
    name: z.string(),
    version: z.number().int(),
    lines: z.array(line.extend({ assigneeRole: z.string().nullable() })),
    createdBy: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WorkTemplate');

const tags = ['work templates'];
const notFound = { 404: 'No such template in your organization (WORK.TEMPLATE_NOT_FOUND).' };

export const list = defineRoute({
  operationId: 'listWorkTemplates',
  method: 'get',
  path: '/work-templates',
  tags,
  summary: 'The organization’s work templates (any member may read them)',
  request: { query: z.object(pageQuery) },
  responses: { 200: jsonContent(pageOf(templateSchema), 'A page of templates') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getWorkTemplate',
  method: 'get',
  path: '/work-templates/{templateId}',
  tags,
  summary: 'One work template',
  request: { params },
  responses: { 200: jsonContent(templateSchema, 'The template') },
  errors: notFound,
});
export type GetOneRoute = typeof getOne;

export const create = defineRoute({
  operationId: 'createWorkTemplate',
  method: 'post',
  path: '/work-templates',
  tags,
  summary: 'Create a template applied to every new event of the organization (admins: work.templates.manage)',
  request: { body: jsonBody(z.object({ name, lines })) },
  responses: { 201: jsonContent(templateSchema, 'Created (version 1)') },
});
export type CreateRoute = typeof create;

export const patch = defineRoute({
  operationId: 'updateWorkTemplate',
  method: 'patch',
  path: '/work-templates/{templateId}',
  tags,
  summary: 'Change a template’s name or lines: a new version, for events created from now on',
  request: {
    params,
    body: jsonBody(
      z
        .object({ name: name.optional(), lines: lines.optional() })
        .refine((b) => b.name !== undefined || b.lines !== undefined, 'give name or lines'),
    ),
  },
  responses: { 200: jsonContent(templateSchema, 'The new version') },
  errors: notFound,
});
export type PatchRoute = typeof patch;

export const remove = defineRoute({
  operationId: 'deleteWorkTemplate',
  method: 'delete',
  path: '/work-templates/{templateId}',
  tags,
  summary: 'Retire a template: no longer applied to new events (items already made stay)',
  request: { params },
  responses: { 204: { description: 'Retired' } },
  errors: notFound,
});
export type RemoveRoute = typeof remove;
