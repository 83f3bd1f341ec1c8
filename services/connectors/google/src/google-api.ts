import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import { isCodedError } from '@playbook/errors/coded-error';
import type { GoogleSettings } from './env.ts';
import { googleAuth } from './google-auth.ts';

/** A user as the Directory API's users.list gives it (the fields the Playbook reads). */
export interface DirectoryUser {
  id: string;
  primaryEmail: string;
  name: { givenName?: string; familyName?: string; fullName?: string };
  isAdmin?: boolean;
  suspended?: boolean;
  archived?: boolean;
  orgUnitPath?: string;
  creationTime?: string;
}
interface UsersPage {
  kind: string;
  users?: DirectoryUser[];
  nextPageToken?: string;
}

/** The Calendar API's Event resource, the fields the Playbook writes and reads back. */
export interface CalendarEvent {
  id: string;
  summary: string;
  location?: string | null;
  description?: string;
  start: { date: string; timeZone?: string };
  end: { date: string; timeZone?: string };
  extendedProperties?: { private?: Record<string, string> };
  htmlLink?: string;
  status?: string;
}

const statusOf = (error: unknown) =>
  isCodedError(error) ? (error.details?.upstreamStatus as number | undefined) : undefined;

/**
 * The Admin SDK Directory API (users.list: customer, maxResults, pageToken → { users, nextPageToken })
 * and the Calendar API (events.insert with a client-chosen id, events.get, events.patch), with an
 * OAuth 2.0 bearer token; 429 and 5xx are retried with backoff by the kit's client.
 */
export function googleApi(s: GoogleSettings) {
  const auth = googleAuth(s);
  const client = createHttpClient({
    baseUrl: s.GOOGLE_BASE_URL,
    secrets: auth.secrets,
    auth: async () => ({ authorization: `Bearer ${await auth.accessToken()}` }),
    baseDelayMs: s.GOOGLE_RETRY_BASE_MS,
    maxRetries: s.GOOGLE_MAX_RETRIES,
  });
  const eventsPath = (calendarId: string) => `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;

  /** Every user of the Workspace account, page by page. */
  async function users(meter: Meter): Promise<DirectoryUser[]> {
    await auth.accessToken(meter);
    const all: DirectoryUser[] = [];
    let pageToken: string | undefined;
    do {
      const res = await client.request<UsersPage>({
        path: '/admin/directory/v1/users',
        query: { customer: s.GOOGLE_CUSTOMER, maxResults: s.GOOGLE_PAGE_SIZE, orderBy: 'email', pageToken },
        meter,
      });
      meter.pages++;
      all.push(...(res.body.users ?? []));
      pageToken = res.body.nextPageToken;
    } while (pageToken);
    return all;
  }

  async function getEvent(calendarId: string, id: string): Promise<CalendarEvent | undefined> {
    try {
      return (await client.request<CalendarEvent>({ path: `${eventsPath(calendarId)}/${id}` })).body;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** events.insert with our id; undefined when that id exists already (409 duplicate). */
  async function insertEvent(calendarId: string, event: CalendarEvent): Promise<CalendarEvent | undefined> {
    try {
      return (await client.request<CalendarEvent>({ method: 'POST', path: eventsPath(calendarId), json: event })).body;
    } catch (error) {
      if (statusOf(error) === 409) return undefined;
      throw error;
    }
  }

  /** events.patch; undefined when the event is not there (404). */
  async function patchEvent(
    calendarId: string,
    id: string,
    changes: Partial<CalendarEvent>,
  ): Promise<CalendarEvent | undefined> {
    try {
      return (
        await client.request<CalendarEvent>({ method: 'PATCH', path: `${eventsPath(calendarId)}/${id}`, json: changes })
      ).body;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  return { users, getEvent, insertEvent, patchEvent, accessToken: auth.accessToken };
}
export type GoogleApi = ReturnType<typeof googleApi>;
