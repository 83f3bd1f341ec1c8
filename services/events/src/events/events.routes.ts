import { createRoute, z } from '@hono/zod-openapi';
import { datesInOrder, isIanaTimezone, isIsoDate } from '../domain/event-dates.ts';
import { EVENT_STATUSES } from '../domain/lifecycle.ts';
import { pageOf, pageQuery } from '@playbook/service-kit/pagination';

const day = z.string().refine(isIsoDate, 'must be a calendar date YYYY-MM-DD').openapi({ example: '2026-03-14' });
const timezone = z
  .string()
  .refine(isIanaTimezone, 'must be an IANA timezone, e.g. America/New_York')
  .openapi({ example: 'America/New_York' });
const name = z.string().trim().min(1).max(200);
const venue = z.string().trim().min(1).max(300);
const id = z.string().min(1).max(200);

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
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Event');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const params = z.object({ eventId: id });

const createInput = z
  .object({ clientId: id, name, startsOn: day, endsOn: day, timezone, venue: venue.optional() })
  .refine((e) => datesInOrder(e.startsOn, e.endsOn), { path: ['endsOn'], message: 'must be on or after startsOn' });

export const createEventRoute = createRoute({
  method: 'post',
  path: '/events',
  tags: ['events'],
  summary: 'Create an event (in draft) under a client',
  request: body(createInput),
  responses: { 201: json(eventSchema, 'Created (events.EventCreated)') },
});

export const updateEventRoute = createRoute({
  method: 'patch',
  path: '/events/{eventId}',
  tags: ['events'],
  summary: 'Change an event’s name, dates, timezone or venue',
  request: {
    params,
    ...body(
      z
        .object({
          name: name.optional(),
          startsOn: day.optional(),
          endsOn: day.optional(),
          timezone: timezone.optional(),
          venue: venue.nullable().optional(),
        })
        .refine((e) => Object.values(e).some((v) => v !== undefined), 'give at least one field to change'),
    ),
  },
  responses: { 200: json(eventSchema, 'Updated (events.EventUpdated)') },
});

export const changeStatusRoute = createRoute({
  method: 'post',
  path: '/events/{eventId}/status',
  tags: ['events'],
  summary: 'Move an event one step along its lifecycle',
  request: { params, ...body(z.object({ to: z.enum(EVENT_STATUSES) })) },
  responses: { 200: json(eventSchema, 'Moved (events.EventStatusChanged)') },
});

export const cancelEventRoute = createRoute({
  method: 'post',
  path: '/events/{eventId}/cancel',
  tags: ['events'],
  summary: 'Cancel an event (any state before closed)',
  request: { params, ...body(z.object({ reason: z.string().trim().min(1).max(500).optional() })) },
  responses: { 200: json(eventSchema, 'Cancelled (events.EventCancelled)') },
});

export const listEventsRoute = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'Events the caller may read',
  request: { query: z.object({ clientId: id.optional(), status: z.enum(EVENT_STATUSES).optional(), ...pageQuery }) },
  responses: { 200: json(pageOf(eventSchema), 'A page of events') },
});

export const getEventRoute = createRoute({
  method: 'get',
  path: '/events/{eventId}',
  tags: ['events'],
  summary: 'An event',
  request: { params },
  responses: { 200: json(eventSchema, 'The event') },
});
