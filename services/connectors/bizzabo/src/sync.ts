import type { BizzaboEventFigures } from '@playbook/contracts/types';
import type { Fetched } from '@playbook/connector-kit/window-sync';
import { windowSync } from '@playbook/connector-kit/window-sync';
import type { Meter } from '@playbook/connector-kit/meter';
import type { BizzaboApi } from './bizzabo-api.ts';
import { countEvent, hasFigures } from './figures.ts';

export const SYSTEM = 'bizzabo';

/** Every event of the account, with its registrations and survey answers, counted as of the window's end. */
async function fetchFigures(api: BizzaboApi, asOf: number, meter: Meter): Promise<Fetched<BizzaboEventFigures>> {
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
export const bizzaboSync = (api: BizzaboApi, maxPartBytes?: number) =>
  windowSync({
    system: SYSTEM,
    displayName: 'Bizzabo',
    fetchedType: 'integrations.bizzabo.BizzaboRegistrationsFetched',
    failedType: 'integrations.bizzabo.BizzaboWindowFailed',
    fetch: (r, meter) => fetchFigures(api, r.to, meter),
    filters: (r) => ({ asOf: new Date(r.to).toISOString(), skip: 'events with no registration and no survey answer' }),
    payload: (events) => ({ events }),
    maxPartBytes,
  });
