import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { isIsoDate } from '../domain/template.ts';
import { WORK_STATUSES } from '../domain/work-item.ts';

const status = z.enum(WORK_STATUSES);
const id = z.string().min(1).max(200);
const title = z.string().trim().min(1).max(300);
const day = z.string().refine(isIsoDate, 'must be a calendar date YYYY-MM-DD').openapi({ example: '2027-02-08' });
const params = z.object({ workItemId: z.string().min(1) });

export const workItemSchema = z
  .object({
    workItemId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    title: z.string(),
    status,
    assigneeId: z.string().nullable(),
    assigneeRole: z.string().nullable().openapi({ description: 'The role expected to do it when nobody is named.' }),
    dueOn: z.string().nullable(),
    timezone: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    source: z.enum(['manual', 'template', 'approval']),
    templateId: z.string().nullable(),
    templateVersion: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WorkItem');

export const list = defineRoute({
  operationId: 'listWorkItems',
  method: 'get',
  path: '/work-items',
  tags: ['work items'],
  summary: 'Work items the caller may read, by event, assignee and status',
  description: 'records.read at each item’s event. Asking for an event one may not read is 403.',
  request: {
    query: z.object({ eventId: id.optional(), assigneeId: id.optional(), status: status.optional(), ...pageQuery }),
  },
  responses: { 200: jsonContent(pageOf(workItemSchema), 'A page of work items') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getWorkItem',
  method: 'get',
  path: '/work-items/{workItemId}',
  tags: ['work items'],
  summary: 'One work item',
  request: { params },
  responses: { 200: jsonContent(workItemSchema, 'The work item') },
  errors: { 404: 'No such work item in your organization (WORK.ITEM_NOT_FOUND).' },
});
export type GetOneRoute = typeof getOne;

export const create = defineRoute({
  operationId: 'createWorkItem',
  method: 'post',
  path: '/work-items',
  tags: ['work items'],
  summary: 'Create a work item at an event (work.write: admin, producer, contributor)',
  request: {
    body: jsonBody(
      z
        .object({
          eventId: id,
          title,
          assigneeId: id.nullable().optional(),
          dueOn: day.nullable().optional(),
          subjectType: id.optional(),
          subjectId: id.optional(),
        })
        .refine((b) => (b.subjectType === undefined) === (b.subjectId === undefined), {
          path: ['subjectId'],
          message: 'give subjectType and subjectId together (the record the item is about)',
        }),
    ),
  },
  responses: { 201: jsonContent(workItemSchema, 'Created (work.WorkItemCreated)') },
  errors: { 404: 'The event is not known to work yet (WORK.EVENT_UNKNOWN).' },
});
export type CreateRoute = typeof create;

export const patch = defineRoute({
  operationId: 'updateWorkItem',
  method: 'patch',
  path: '/work-items/{workItemId}',
  tags: ['work items'],
  summary: 'Change a work item’s title, due date or assignee (a new assignee: work.WorkItemAssigned)',
  request: {
    params,
    body: jsonBody(
      z
        .object({ title: title.optional(), dueOn: day.nullable().optional(), assigneeId: id.nullable().optional() })
        .refine((b) => Object.values(b).some((v) => v !== undefined), 'give at least one field to change'),
    ),
  },
  responses: { 200: jsonContent(workItemSchema, 'The work item as changed') },
  errors: { 404: 'No such work item (WORK.ITEM_NOT_FOUND).', 409: 'The item is done (WORK.ITEM_DONE).' },
});
export type PatchRoute = typeof patch;

export const changeStatus = defineRoute({
  operationId: 'changeWorkItemStatus',
  method: 'post',
  path: '/work-items/{workItemId}/status',
  tags: ['work items'],
  summary: 'Move a work item: todo → doing → done | blocked, and back from blocked',
  request: {
    params,
    body: jsonBody(z.object({ to: status, reason: z.string().trim().min(1).max(500).optional() })),
  },
  responses: { 200: jsonContent(workItemSchema, 'Moved (work.WorkItemStatusChanged), or already there') },
  errors: {
    404: 'No such work item (WORK.ITEM_NOT_FOUND).',
    409: 'Not a move this status allows (WORK.ILLEGAL_TRANSITION).',
  },
});
export type ChangeStatusRoute = typeof changeStatus;
