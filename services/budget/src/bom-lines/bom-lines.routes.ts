import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent } from '@playbook/service-kit/openapi';
import { LINE_STATUSES } from '../domain/budget.ts';
import { currency, eventParam, lineSchema } from '../budgets/budgets.routes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const fields = {
  category: text(60).openapi({ example: 'av' }),
  description: text(500).openapi({ example: 'LED wall 6 × 3 m, 3 show days' }),
  quantity: z.number().min(0).max(1_000_000),
  unitCostMinor: z.number().int().min(0).max(1e12),
  vendorId: z.string().min(1).max(200).nullable().optional(),
  status: z.enum(LINE_STATUSES).optional(),
};
const lineParams = z.object({ ...eventParam, lineId: z.string().min(1).max(200) });
const locked = 'The budget is locked (BUDGET.LOCKED), or the line is the unassigned one (BUDGET.UNASSIGNED_LINE).';

export const create = defineRoute({
  operationId: 'createBomLine',
  method: 'post',
  path: '/events/{eventId}/budget/lines',
  tags: ['BOM lines'],
  summary: 'Add a BOM line (opens the budget in its currency when the event has none)',
  description: 'bom.write at the event.',
  request: { params: z.object(eventParam), body: jsonBody(z.object({ ...fields, currency })) },
  responses: { 201: jsonContent(lineSchema, 'The new line') },
  errors: {
    404: 'Budget does not know the event (BUDGET.EVENT_UNKNOWN).',
    409: 'The budget is locked (BUDGET.LOCKED).',
    422: 'The budget is in another currency (BUDGET.CURRENCY_MISMATCH).',
  },
});
export type CreateRoute = typeof create;

const patchBody = z
  .object({
    category: fields.category.optional(),
    description: fields.description.optional(),
    quantity: fields.quantity.optional(),
    unitCostMinor: fields.unitCostMinor.optional(),
    vendorId: fields.vendorId,
    status: fields.status,
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((p) => Object.keys(p).some((k) => k !== 'reason'), { message: 'nothing to revise' });

export const patch = defineRoute({
  operationId: 'reviseBomLine',
  method: 'patch',
  path: '/events/{eventId}/budget/lines/{lineId}',
  tags: ['BOM lines'],
  summary: 'Revise a BOM line; a change of planned amount above the sign-off threshold asks approvals for a sign-off',
  description: 'bom.write at the event. The threshold is BUDGET_SIGN_OFF_THRESHOLD_MINOR (|delta| above it).',
  request: { params: lineParams, body: jsonBody(patchBody) },
  responses: { 200: jsonContent(lineSchema, 'The revised line') },
  errors: { 404: 'No such line (BUDGET.LINE_NOT_FOUND, BUDGET.NOT_FOUND).', 409: locked },
});
export type PatchRoute = typeof patch;

export const remove = defineRoute({
  operationId: 'removeBomLine',
  method: 'delete',
  path: '/events/{eventId}/budget/lines/{lineId}',
  tags: ['BOM lines'],
  summary: 'Remove a BOM line that has nothing committed or spent against it',
  description: 'bom.write at the event.',
  request: { params: lineParams },
  responses: { 200: jsonContent(lineSchema, 'The removed line (removed: true)') },
  errors: {
    404: 'No such line (BUDGET.LINE_NOT_FOUND, BUDGET.NOT_FOUND).',
    409: `${locked} Or it has commitments or actual spend (BUDGET.LINE_HAS_SPEND).`,
  },
});
export type RemoveRoute = typeof remove;
