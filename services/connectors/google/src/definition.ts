import { fileURLToPath } from 'node:url';
import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import {
  putDatesOnCalendarWhenEventCreated,
  updateCalendarWhenEventUpdated,
} from './consumers/put-dates-on-calendar-when-event-changed.consumer.ts';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { googleSettings } from './env.ts';
import { googleApi } from './google-api.ts';
import { googleSync } from './sync.ts';

export type GoogleOptions = InboundConnectorOptions;

/** The Google Workspace connector: directory users in (GoogleUsersFetched), event dates out to Calendar (CalendarEventPublished). */
export function googleDefinition(options: GoogleOptions = {}): ServiceDefinition {
  const settings = parseEnv(googleSettings, options.env ?? process.env);
  const api = googleApi(settings);
  const calendarId = settings.GOOGLE_CALENDAR_ID;
  return {
    name: 'integrations.google',
    title: 'The Playbook — Google Workspace connector',
    description:
      'Directory users from the Admin SDK, fetched by window as batches; event dates out to Google Calendar, each event once.',
    scope: 'organization',
    aggregates: ['SyncWindow', 'CalendarEntry'],
    subscriptions: [
      queueWindowWhenSyncRequested,
      putDatesOnCalendarWhenEventCreated(api, calendarId),
      updateCalendarWhenEventUpdated(api, calendarId),
    ],
    migrations: async () => [
      syncRequestsMigration,
      ...(await loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url)))),
    ],
    workers: [
      syncWorkerOf(
        () => googleSync(api, settings.GOOGLE_CUSTOMER, options.maxPartBytes),
        {
          intervalMs: settings.GOOGLE_SYNC_INTERVAL_MS,
          maxAttempts: settings.GOOGLE_MAX_ATTEMPTS,
          retryDelayMs: settings.GOOGLE_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = googleDefinition();
