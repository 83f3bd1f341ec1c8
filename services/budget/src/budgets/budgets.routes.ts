import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent } from '@playbook/service-kit/openapi';

export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code, e.g. USD')
  .openapi({ example: 'USD' });
export const eventParam = { eventId: z.string().min(1).max(200) };

export const lineSchema = z
  .object({
    lineId: z.string(),
    kind: z.enum(['planned', 'unassigned']),
    category: z.string(),
    description: z.string(),
    quantity: z.number(),
    unitCostMinor: z.number().int(),
    currency: z.string(),
    plannedMinor: z.number().int(),
    committedMinor: z.number().int().openapi({ description: 'Approved purchase orders counted against the line.' }),
    actualMinor: z.number().int().openapi({ description: 'Allocated spend (card, expense, invoice) on the line.' }),
    vendorId: z.string().nullable(),
    status: z.enum(['estimate', 'quoted', 'confirmed', 'unassigned']),
    removed: z.boolean(),
    createdBy: z.string(),
    updatedAt: z.string(),
  })
  .openapi('BomLine');

export const budgetSchema = z
  .object({
    budgetId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    currency: z.string(),
    status: z.enum(['open', 'locked']),
    origin: z.enum(['explicit', 'first-line', 'spend']),
    createdBy: z.string(),
    createdAt: z.string(),
    lockedBy: z.string().nullable(),
    lockedAt: z.string().nullable(),
    totals: z.object({
      plannedMinor: z.number().int(),
      committedMinor: z.number().int(),
      actualMinor: z.number().int(),
      remainingMinor: z.number().int().openapi({ description: 'planned − committed − actual' }),
      usedPercent: z.number().nullable().openapi({ description: '(committed + actual) / planned × 100' }),
      thresholdPercentReached: z.number().int().openapi({ description: 'The highest of 80 / 100 reached, or 0.' }),
    }),
    lines: z.array(lineSchema),
  })
  .openapi('Budget');

export const create = defineRoute({
  operationId: 'createBudget',
  method: 'post',
  path: '/events/{eventId}/budget',
  tags: ['budgets'],
  summary: 'Open the budget of an event',
  description:
    'bom.write at the event. Optional: adding the first BOM line, or the first approved PO, opens it too (in that currency).',
  request: { params: z.object(eventParam), body: jsonBody(z.object({ currency })) },
  responses: { 201: jsonContent(budgetSchema, 'The new budget, with its unassigned line') },
  errors: {
    404: 'Budget does not know the event (BUDGET.EVENT_UNKNOWN).',
    409: 'The event has a budget already (BUDGET.EXISTS).',
  },
});
export type CreateRoute = typeof create;

export const getOne = defineRoute({
  operationId: 'getBudget',
  method: 'get',
  path: '/events/{eventId}/budget',
  tags: ['budgets'],
  summary: 'The budget of an event: lines, and planned, committed and actual per line and in total',
  description: 'records.read at the event.',
  request: { params: z.object(eventParam) },
  responses: { 200: jsonContent(budgetSchema, 'The budget') },
  errors: { 404: 'No such event or no budget for it (BUDGET.EVENT_UNKNOWN, BUDGET.NOT_FOUND).' },
});
export type GetOneRoute = typeof getOne;

export const lock = defineRoute({
  operationId: 'lockBudget',
  method: 'post',
  path: '/events/{eventId}/budget/lock',
  tags: ['budgets'],
  summary: 'Lock the plan: BOM lines can no longer be added, revised or removed',
  description: 'bom.write at the event. Commitments and actual spend keep counting against a locked budget.',
  request: { params: z.object(eventParam) },
  responses: { 200: jsonContent(budgetSchema, 'The locked budget') },
  errors: {
    404: 'No such event or no budget for it (BUDGET.EVENT_UNKNOWN, BUDGET.NOT_FOUND).',
    409: 'The budget is locked already (BUDGET.LOCKED).',
  },
});
export type LockRoute = typeof lock;
