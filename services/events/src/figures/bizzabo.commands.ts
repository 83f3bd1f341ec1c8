import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { npsCountsOf } from '../domain/figures.ts';
import { findEventIdByExternalId } from '../events/events.store.ts';
import { recordNps, recordRegistrationSnapshot } from './figures.commands.ts';

const SOURCE = 'bizzabo';

/**
 * A Bizzabo window's figures, on each Playbook event linked to a Bizzabo event of the batch
 * (PATCH /events/{eventId} `externalIds.bizzabo`): a registration snapshot and, when the event's
 * survey has answers, an NPS reading, both as of the window's end. The same window again (a
 * re-fetch, a replay) records nothing new: figures are kept once per source and as-of instant.
 * Bizzabo events linked to no Playbook event are left out.
 */
export async function recordBizzaboWindow(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.bizzabo.BizzaboRegistrationsFetched'>,
): Promise<{ linked: number; recorded: number }> {
  const orgId = e.scope.orgId;
  const asOf = e.payload.windowTo;
  let linked = 0;
  let recorded = 0;
  for (const f of e.payload.events) {
    const eventId = await findEventIdByExternalId(tx, orgId, SOURCE, f.bizzaboEventId);
    if (!eventId) continue;
    linked++;
    const snapshot = await recordRegistrationSnapshot(tx, publisher, {
      orgId,
      eventId,
      source: SOURCE,
      asOf,
      registered: f.registered,
      checkedIn: f.checkedIn,
      capacity: f.capacity ?? null,
      externalEventId: f.bizzaboEventId,
    });
    if (snapshot === 'recorded') recorded++;
    const bands = npsCountsOf(f.npsAnswers);
    if (bands.promoters + bands.passives + bands.detractors === 0) continue;
    const nps = await recordNps(tx, publisher, {
      orgId,
      eventId,
      source: SOURCE,
      asOf,
      ...bands,
      surveyId: f.npsSurveyId ?? null,
    });
    if (nps === 'recorded') recorded++;
  }
  return { linked, recorded };
}
