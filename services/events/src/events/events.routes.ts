import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { dealLinkSchema } from '../deal-links/deal-links.routes.ts';
import { datesInOrder, isIanaTimezone, isIsoDate } from '../domain/event-dates.ts';
import { EVENT_STATUSES } from '../domain/lifecycle.ts';
import { npsSchema, registrationSchema } from '../figures/figures.schemas.ts';

const day = z.string().refine(isIsoDate, 'must be a calendar date YYYY-MM-DD').openapi({ example: '2026-03-14' });
const timezone = z
  .string()
  .refine(isIanaTimezone, 'must be an IANA timezone, e.g. America/New_York')
  .openapi({ example: 'America/New_York' });
const name = z.string().trim().min(1).max(200);
const venue = z.string().trim().min(1).max(300);
const id = z.string().min(1).max(200);
const params = z.object({ eventId: id });
const externalId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');
const externalIds = z
  .object({
    bizzabo: externalId
      .nullable()
      .optional()
      .openapi({ description: 'The Bizzabo event id (the number in its URLs); null unlinks it.', example: '391636' }),
  })
  .strict()
  .openapi({
    description: 'Ids of the event in other systems; the Bizzabo connector’s figures land on the event holding its id.',
  });

export const eventSchema = z
  .object({
    eventId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    timezone: z.string(),
    venue: z.string().nullable(),
    status: z.enum(EVENT_STATUSES),
    cancelReason: z.string().nullable(),
    externalIds: z.record(z.string(), z.string()).openapi({
      description: 'The event’s ids in other systems, by system (e.g. `bizzabo`: its Bizzabo event id).',
      example: { bizzabo: '391636' },
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Event');

const eventDetailSchema = eventSchema
  .extend({
    deal: dealLinkSchema.nullable().openapi({ description: 'The CRM deal the event came from, once linked.' }),
    registration: registrationSchema.nullable().openapi({ description: 'The latest registration snapshot.' }),
    nps: npsSchema.nullable().openapi({ description: 'The latest NPS reading.' }),
  })
  .openapi('EventDetail');

const notFound = 'No such event in your organization (EVENTS.EVENT_NOT_FOUND).';
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';
const illegal = 'Not a legal move from the event’s status (EVENTS.ILLEGAL_TRANSITION, naming from and to).';

export const create = defineRoute({
  operationId: 'createEvent',
  method: 'post',
  path: '/events',
  tags: ['events'],
  summary: 'Create an event (in draft) under a client',
  request: {
    body: jsonBody(
      z
        .object({ clientId: id, name, startsOn: day, endsOn: day, timezone, venue: venue.optional() })
        .refine((e) => datesInOrder(e.startsOn, e.endsOn), {
          path: ['endsOn'],
          message: 'must be on or after startsOn',
        }),
    ),
  },
  responses: { 201: jsonContent(eventSchema, 'Created (events.EventCreated)') },
  errors: { 404: 'No such client in your organization (EVENTS.CLIENT_NOT_FOUND).', 422: keyReused },
});
export type CreateRoute = typeof create;

export const patch = defineRoute({
  operationId: 'updateEvent',
  method: 'patch',
  path: '/events/{eventId}',
  tags: ['events'],
  summary: 'Change an event’s name, dates, timezone, venue or ids in other systems',
  description:
    'Dates out of order after the change are 400 EVENTS.DATES_OUT_OF_ORDER. `externalIds.bizzabo` links the event to its Bizzabo event (registration, attendance and NPS figures arrive through the Bizzabo connector); an id another event of the organization holds is 409 EVENTS.EXTERNAL_ID_TAKEN.',
  request: {
    params,
    body: jsonBody(
      z
        .object({
          name: name.optional(),
          startsOn: day.optional(),
          endsOn: day.optional(),
          timezone: timezone.optional(),
          venue: venue.nullable().optional(),
          externalIds: externalIds.optional(),
        })
        .refine((e) => Object.values(e).some((v) => v !== undefined), 'give at least one field to change'),
    ),
  },
  responses: { 200: jsonContent(eventSchema, 'Updated (events.EventUpdated)') },
  errors: {
    404: notFound,
    409: 'A closed or cancelled event is no longer edited (EVENTS.EVENT_FINAL), or another event holds that external id (EVENTS.EXTERNAL_ID_TAKEN).',
    422: keyReused,
  },
});
export type PatchRoute = typeof patch;

export const changeStatus = defineRoute({
  operationId: 'changeEventStatus',
  method: 'post',
  path: '/events/{eventId}/status',
  tags: ['events'],
  summary: 'Move an event one step along its lifecycle',
  request: { params, body: jsonBody(z.object({ to: z.enum(EVENT_STATUSES) })) },
  responses: { 200: jsonContent(eventSchema, 'Moved (events.EventStatusChanged)') },
  errors: { 404: notFound, 409: illegal, 422: keyReused },
});
export type ChangeStatusRoute = typeof changeStatus;

export const cancel = defineRoute({
  operationId: 'cancelEvent',
  method: 'post',
  path: '/events/{eventId}/cancel',
  tags: ['events'],
  summary: 'Cancel an event (any state before closed)',
  request: { params, body: jsonBody(z.object({ reason: z.string().trim().min(1).max(500).optional() })) },
  responses: { 200: jsonContent(eventSchema, 'Cancelled (events.EventCancelled)') },
  errors: { 404: notFound, 409: illegal, 422: keyReused },
});
export type CancelRoute = typeof cancel;

export const list = defineRoute({
  operationId: 'listEvents',
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'Events the caller may read',
  request: { query: z.object({ clientId: id.optional(), status: z.enum(EVENT_STATUSES).optional(), ...pageQuery }) },
  responses: { 200: jsonContent(pageOf(eventSchema), 'A page of events') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getEvent',
  method: 'get',
  path: '/events/{eventId}',
  tags: ['events'],
  summary: 'An event, with its CRM deal and its latest registration and NPS figures',
  request: { params },
  responses: { 200: jsonContent(eventDetailSchema, 'The event') },
  errors: { 404: notFound },
});
export type GetOneRoute = typeof getOne;
