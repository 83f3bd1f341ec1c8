import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import { deliverOnce } from '@playbook/connector-kit/outbound';
import type { Tx } from '@playbook/db/client';
import type { CalendarEvent, GoogleApi } from '../google-api.ts';
import { actor } from '../sync.ts';
import { type EventDates, entryOf, sameDates } from './calendar-entry.ts';
import { findEntry, saveEntry } from './calendar.store.ts';

type Action = 'created' | 'updated' | 'unchanged';

/**
 * Writes an event's entry: insert with our id; a 409 (an earlier attempt, or another delivery,
 * created it) reads it back and patches it only if it differs; a patch of an entry deleted in
 * Calendar inserts it again. A failure left after the client's retries raises
 * CONNECTOR.DELIVERY_FAILED, which the bus retries and then dead-letters with the reason.
 */
async function write(api: GoogleApi, calendarId: string, entry: CalendarEvent, update: boolean, key: string) {
  return deliverOnce<{ event: CalendarEvent; action: Action; reused: boolean }>({
    key,
    async create() {
      const { id, ...changes } = entry;
      if (update) {
        const patched = await api.patchEvent(calendarId, id, changes);
        if (patched) return { event: patched, action: 'updated', reused: true };
      }
      const inserted = await api.insertEvent(calendarId, entry);
      if (inserted) return { event: inserted, action: 'created', reused: false };
      const existing = await api.getEvent(calendarId, id);
      if (!existing) throw new Error(`events.insert answered 409 for ${id}, and events.get found nothing`);
      if (sameDates(existing, entry)) return { event: existing, action: 'unchanged', reused: true };
      const patched = (await api.patchEvent(calendarId, id, changes)) ?? existing;
      return { event: patched, action: 'updated', reused: true };
    },
  });
}

/** Puts a new or changed event's dates on the calendar once, records the entry and publishes CalendarEventPublished. */
export async function publishEventDates(
  tx: Tx,
  publisher: Publisher,
  api: GoogleApi,
  calendarId: string,
  handler: string,
  e: EnvelopeOf<'events.EventCreated'> | EnvelopeOf<'events.EventUpdated'>,
): Promise<Action | 'skipped'> {
  const p = e.payload;
  const dates: EventDates = { orgId: e.scope.orgId, ...p, venue: p.venue ?? null };
  const entry = entryOf(dates);
  const update = e.type === 'events.EventUpdated';
  const known = await findEntry(tx, p.eventId);
  if (
    update &&
    known &&
    known.summary === entry.summary &&
    known.location === (entry.location ?? null) &&
    known.starts_on === p.startsOn &&
    known.ends_on === p.endsOn
  )
    return 'skipped';
  const deliveryId = handlerMessageId(e.messageId, handler, 'calendar');
  const { result } = await write(api, calendarId, entry, update, deliveryId);
  await saveEntry(tx, {
    eventId: p.eventId,
    orgId: dates.orgId,
    calendarId,
    calendarEventId: entry.id,
    summary: entry.summary,
    location: entry.location ?? null,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    timezone: p.timezone,
  });
  await publisher.publish({
    type: 'integrations.google.CalendarEventPublished',
    key: p.eventId,
    scope: { orgId: dates.orgId, clientId: p.clientId, eventId: p.eventId },
    actor,
    counts: { affected: result.action === 'unchanged' ? 0 : 1 },
    rules: [
      { name: 'google.calendar', parameters: { calendarId, idFrom: 'event id (sha256, base32hex)', allDay: 'true' } },
    ],
    payload: {
      deliveryId,
      eventId: p.eventId,
      clientId: p.clientId,
      calendarId,
      calendarEventId: entry.id,
      summary: entry.summary,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      timezone: p.timezone,
      action: result.action,
      reused: result.reused,
      htmlLink: result.event.htmlLink ?? null,
    },
  });
  return result.action;
}
