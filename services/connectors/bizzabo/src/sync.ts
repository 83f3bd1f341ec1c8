import type { BizzaboEventFigures } from '@playbook/contracts/types';
import { publishWindow, publishWindowFailure } from '@playbook/connector-kit/batch';
import type { Meter } from '@playbook/connector-kit/meter';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import type { Tx } from '@playbook/db/client';
import type { BizzaboApi } from './bizzabo-api.ts';
import { countEvent, hasFigures } from './figures.ts';

export const SYSTEM = 'bizzabo';
const DISPLAY_NAME = 'Bizzabo';
const actor = { kind: 'connector' as const, id: SYSTEM, displayName: DISPLAY_NAME };
type Fetched = { fetched: number; records: BizzaboEventFigures[] };

/** Every event of the account, with its registrations and survey answers, counted as of the window's end. */
async function fetchFigures(api: BizzaboApi, asOf: number, meter: Meter): Promise<Fetched> {
  await api.accessToken(meter);
  const events = await api.events(meter);
  const records: BizzaboEventFigures[] = [];
  for (const event of events) {
    const registrations = await api.registrations(event.id, meter);
    const responses = await api.surveyResponses(event.id, meter);
    const figures = countEvent(event, registrations, responses, asOf);
    if (hasFigures(figures)) records.push(figures);
  }
  return { fetched: events.length, records };
}

/** What the sync worker does for Bizzabo: count a window's end, publish it as BizzaboRegistrationsFetched. */
export function bizzaboSync(api: BizzaboApi, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    fetch: (r, meter) => fetchFigures(api, r.to, meter),
    async publish(uow, tx: Tx, r, f, meter) {
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.bizzabo.BizzaboRegistrationsFetched',
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: { asOf: new Date(r.to).toISOString(), skip: 'events with no registration and no survey answer' },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor,
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (events, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          events,
        }),
      });
    },
    publishFailure: (uow, tx: Tx, r, reason) =>
      publishWindowFailure(uow, tx, {
        system: SYSTEM,
        displayName: DISPLAY_NAME,
        type: 'integrations.bizzabo.BizzaboWindowFailed',
        request: r,
        reason,
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      }),
  };
}
