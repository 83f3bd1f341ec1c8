import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { publishEventDates } from '../calendar/calendar.commands.ts';
import type { GoogleApi } from '../google-api.ts';

const CREATED = 'put-dates-on-calendar-when-event-created';
const UPDATED = 'update-calendar-when-event-updated';

/** A new event's dates go to the calendar. */
export const putDatesOnCalendarWhenEventCreated = (api: GoogleApi, calendarId: string) =>
  on<Tx, 'events.EventCreated'>(CREATED, 'events.EventCreated', async (e, { tx, publisher }) => {
    await publishEventDates(tx, publisher, api, calendarId, CREATED, e);
  });

/** Changed dates (or name, or venue) bring the calendar entry up to date. */
export const updateCalendarWhenEventUpdated = (api: GoogleApi, calendarId: string) =>
  on<Tx, 'events.EventUpdated'>(UPDATED, 'events.EventUpdated', async (e, { tx, publisher }) => {
    await publishEventDates(tx, publisher, api, calendarId, UPDATED, e);
  });
