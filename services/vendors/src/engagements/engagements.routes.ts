import { createRoute, z } from '@hono/zod-openapi';
import { pageQuery } from '@playbook/service-kit/pagination';
import { currency, isoDate, unitRateMinor } from '../rate-cards/rate-cards.routes.ts';

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } });

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
    status: z.enum(['active', 'cancelled']),
    cancelReason: z.string().nullable(),
    engagedBy: z.string(),
  })
  .openapi('Engagement');

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
    notes: z.string().max(2000).optional(),
  })
  .refine((e) => e.endsOn >= e.startsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] });

const params = z.object({ engagementId: z.string().min(1) });

export const engageVendor = createRoute({
  method: 'post',
  path: '/engagements',
  tags: ['engagements'],
  summary:
    'Engage a vendor for an event (vendors.engage at the event). 404 VENDORS.EVENT_UNKNOWN, 409 VENDORS.EVENT_NOT_OPEN, 422 VENDORS.NO_RATE.',
  request: { body: { required: true, ...json(engagementInput) } },
  responses: { 201: { description: 'Engaged', ...json(engagementSchema) } },
});

export const listEngagements = createRoute({
  method: 'get',
  path: '/engagements',
  tags: ['engagements'],
  summary: 'Engagements the caller may read, by event and vendor',
  request: {
    query: z.object({
      eventId: z.string().optional(),
      vendorId: z.string().optional(),
      status: z.enum(['active', 'cancelled']).optional(),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: 'A page of engagements',
      ...json(z.object({ items: z.array(engagementSchema), nextCursor: z.string().nullable() })),
    },
  },
});

export const getEngagement = createRoute({
  method: 'get',
  path: '/engagements/{engagementId}',
  tags: ['engagements'],
  summary: 'One engagement',
  request: { params },
  responses: { 200: { description: 'The engagement', ...json(engagementSchema) } },
});

export const cancelEngagement = createRoute({
  method: 'post',
  path: '/engagements/{engagementId}/cancel',
  tags: ['engagements'],
  summary: 'Call off an engagement (vendors.engage at the event)',
  request: {
    params,
    body: { required: false, ...json(z.object({ reason: z.string().trim().min(1).max(2000).optional() })) },
  },
  responses: { 200: { description: 'Cancelled', ...json(engagementSchema) } },
});
