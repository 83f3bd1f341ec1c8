import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { isoDate } from '../rate-cards/rate-cards.routes.ts';
import {
  amendmentInput,
  engagementInput,
  engagementSchema,
  notes,
  ratingSchema,
  status,
} from './engagements.schemas.ts';

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
