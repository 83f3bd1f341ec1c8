import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { currency, isoDate, unitRateMinor } from '../rate-cards/rate-cards.routes.ts';

const status = z.enum(['active', 'cancelled', 'completed']);

export const engagementSchema = z
  .object({
    engagementId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    vendorId: z.string(),
    vendorName: z.string(),
    serviceLine: z.string(),
    unit: z.string(),
    quantity: z.number(),
    unitRateMinor: z.number().int(),
    amountMinor: z.number().int(),
    currency: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    notes: z.string().nullable(),
    rateCardId: z.string().nullable(),
    rateCardUnitRateMinor: z.number().int().nullable(),
    status,
    cancelReason: z.string().nullable(),
    engagedBy: z.string(),
    bomLineId: z.string().nullable(),
    completedOn: z.string().nullable(),
  })
  .openapi('Engagement');

const bomLineId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .openapi({ description: 'The budget’s BOM line this spend is for.' });
const notes = z.string().max(2000);

const engagementInput = z
  .object({
    vendorId: z.string().min(1),
    eventId: z.string().min(1),
    serviceLine: z.string().trim().min(1).max(100),
    unit: z.string().trim().min(1).max(30),
    quantity: z.number().positive().max(100_000),
    unitRateMinor: unitRateMinor.optional().openapi({
      description: 'Agreed rate; defaults to the rate card’s rate for the service line and unit valid on startsOn.',
    }),
    currency: currency.optional().openapi({ description: 'Defaults to the rate card’s currency.' }),
    startsOn: isoDate,
    endsOn: isoDate,
    notes: notes.optional(),
    bomLineId: bomLineId.optional(),
  })
  .refine((e) => e.endsOn >= e.startsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] });

const amendmentInput = z
  .object({
    quantity: z.number().positive().max(100_000).optional(),
    unitRateMinor: unitRateMinor.optional().openapi({
      description: 'A new agreed rate; without it an agreed rate stays and a card rate follows the card on startsOn.',
    }),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    notes: notes.nullable().optional(),
    bomLineId: bomLineId.nullable().optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'reason'), 'Give at least one term to change.');

const params = z.object({ engagementId: z.string().min(1) });
const NOT_FOUND = 'No such engagement in your organization (VENDORS.ENGAGEMENT_NOT_FOUND).';
const tags = ['engagements'];

export const create = defineRoute({
  operationId: 'createEngagement',
  method: 'post',
  path: '/engagements',
  tags,
  summary: 'Engage a vendor for an event (vendors.engage at the event)',
  request: { body: jsonBody(engagementInput) },
  responses: { 201: jsonContent(engagementSchema, 'Engaged') },
  errors: {
    404: 'The event is not yet known to vendors (VENDORS.EVENT_UNKNOWN), or no such vendor (VENDORS.VENDOR_NOT_FOUND).',
    409: 'The event is cancelled or closed (VENDORS.EVENT_NOT_OPEN).',
    422: 'No rate to price with (VENDORS.NO_RATE, VENDORS.CURRENCY_REQUIRED, VENDORS.AMBIGUOUS_RATE).',
  },
});
export type CreateRoute = typeof create;

export const list = defineRoute({
  operationId: 'listEngagements',
  method: 'get',
  path: '/engagements',
  tags,
  summary: 'Engagements the caller may read, by event, vendor and status',
  request: {
    query: z.object({
      eventId: z.string().optional(),
      vendorId: z.string().optional(),
      status: status.optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(engagementSchema), 'A page of engagements') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getEngagement',
  method: 'get',
  path: '/engagements/{engagementId}',
  tags,
  summary: 'One engagement',
  request: { params },
  responses: { 200: jsonContent(engagementSchema, 'The engagement') },
  errors: { 404: NOT_FOUND },
});
export type GetOneRoute = typeof getOne;

export const patch = defineRoute({
  operationId: 'amendEngagement',
  method: 'patch',
  path: '/engagements/{engagementId}',
  tags,
  summary: 'Amend an active engagement’s terms, re-priced as engaging is (vendors.engage at the event)',
  request: { params, body: jsonBody(amendmentInput) },
  responses: { 200: jsonContent(engagementSchema, 'Amended') },
  errors: {
    404: NOT_FOUND,
    409: 'The engagement is cancelled or completed, or its event closed (VENDORS.ENGAGEMENT_CANCELLED, …).',
    422: 'No rate to price the new terms with (VENDORS.NO_RATE, VENDORS.AMBIGUOUS_RATE).',
  },
});
export type PatchRoute = typeof patch;

export const cancel = defineRoute({
  operationId: 'cancelEngagement',
  method: 'post',
  path: '/engagements/{engagementId}/cancel',
  tags,
  summary: 'Call off an engagement (vendors.engage at the event)',
  request: { params, body: jsonBody(z.object({ reason: z.string().trim().min(1).max(2000).optional() }), false) },
  responses: { 200: jsonContent(engagementSchema, 'Cancelled') },
  errors: { 404: NOT_FOUND, 409: 'Already cancelled or completed (VENDORS.ENGAGEMENT_CANCELLED, …_COMPLETED).' },
});
export type CancelRoute = typeof cancel;

export const complete = defineRoute({
  operationId: 'completeEngagement',
  method: 'post',
  path: '/engagements/{engagementId}/complete',
  tags,
  summary: 'Mark an engagement delivered (vendors.engage at the event); it can then be rated',
  request: {
    params,
    body: jsonBody(z.object({ completedOn: isoDate.optional(), notes: notes.optional() }), false),
  },
  responses: { 200: jsonContent(engagementSchema, 'Completed') },
  errors: { 404: NOT_FOUND, 409: 'Cancelled or already completed (VENDORS.ENGAGEMENT_CANCELLED, …_COMPLETED).' },
});
export type CompleteRoute = typeof complete;

export const ratingSchema = z
  .object({
    engagementId: z.string(),
    vendorId: z.string(),
    score: z.int(),
    comment: z.string().nullable(),
    ratedBy: z.string(),
    ratedAt: z.string(),
  })
  .openapi('VendorRating');

export const rate = defineRoute({
  operationId: 'rateEngagement',
  method: 'post',
  path: '/engagements/{engagementId}/rating',
  tags,
  summary: 'Rate the vendor on a completed engagement, 1–5, once per rater (vendors.engage at the event)',
  request: {
    params,
    body: jsonBody(z.object({ score: z.int().min(1).max(5), comment: z.string().trim().min(1).max(2000).optional() })),
  },
  responses: { 201: jsonContent(ratingSchema, 'Rated') },
  errors: {
    404: NOT_FOUND,
    409: 'Not completed (VENDORS.ENGAGEMENT_NOT_COMPLETED), or you rated it already (VENDORS.ALREADY_RATED).',
  },
});
export type RateRoute = typeof rate;
