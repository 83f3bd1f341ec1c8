import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { NPS_BANDS, npsOf, registrationProblem } from '../domain/figures.ts';
import { eventOrNotFound } from '../events/events.commands.ts';
import { insertNpsReading, insertRegistrationSnapshot } from './figures.store.ts';

/**
 * Registration and NPS figures of an event, as the registration system reports them. No HTTP route
 * records them: `consumers/record-figures-when-bizzabo-synced.consumer.ts` decodes the Bizzabo
 * connector's batches and calls these two commands, one per linked event (bizzabo.commands.ts). A
 * figure is identified by its source and as-of instant: the same snapshot again (a re-sync, a
 * replay) changes nothing and publishes nothing.
 */
export type FigureOutcome = 'recorded' | 'unchanged';

const onceRule = (source: string, asOf: number) => ({
  name: 'once-per-source-and-as-of',
  parameters: { source, asOf: new Date(asOf).toISOString() },
});
const invalid = (detail: string) => new CodedError('EVENTS.INVALID_FIGURES', detail, 400);

export interface RegistrationSnapshotInput {
  orgId: string;
  eventId: string;
  source: string;
  /** When the source counted them, epoch milliseconds. */
  asOf: number;
  registered: number;
  checkedIn: number;
  capacity?: number | null | undefined;
  externalEventId?: string | null | undefined;
}

export async function recordRegistrationSnapshot(
  tx: Tx,
  publisher: Publisher,
  s: RegistrationSnapshotInput,
): Promise<FigureOutcome> {
  const problem = registrationProblem(s);
  if (problem) throw invalid(problem);
  const event = await eventOrNotFound(tx, s.orgId, s.eventId);
  const snapshot = { ...s, capacity: s.capacity ?? null, externalEventId: s.externalEventId ?? null };
  if (!(await insertRegistrationSnapshot(tx, { ...snapshot, asOf: new Date(s.asOf) }))) return 'unchanged';
  await publisher.publish({
    type: 'events.RegistrationSnapshotRecorded',
    key: s.eventId,
    scope: { orgId: s.orgId, clientId: event.client_id, eventId: s.eventId },
    payload: {
      eventId: s.eventId,
      clientId: event.client_id,
      registered: s.registered,
      checkedIn: s.checkedIn,
      asOf: s.asOf,
      source: s.source,
      capacity: snapshot.capacity,
      externalEventId: snapshot.externalEventId,
    },
    counts: { affected: 1 },
    rules: [onceRule(s.source, s.asOf)],
  });
  return 'recorded';
}

export interface NpsInput {
  orgId: string;
  eventId: string;
  source: string;
  /** When the survey system computed it, epoch milliseconds. */
  asOf: number;
  promoters: number;
  passives: number;
  detractors: number;
  surveyId?: string | null | undefined;
}

/** Records an NPS reading; the score is computed here from the three bands (see domain/figures.ts). */
export async function recordNps(tx: Tx, publisher: Publisher, r: NpsInput): Promise<FigureOutcome> {
  const nps = npsOf(r);
  if (!nps.ok) throw invalid(nps.reason);
  const event = await eventOrNotFound(tx, r.orgId, r.eventId);
  const reading = { ...r, score: nps.score, respondents: nps.respondents, surveyId: r.surveyId ?? null };
  if (!(await insertNpsReading(tx, { ...reading, asOf: new Date(r.asOf) }))) return 'unchanged';
  await publisher.publish({
    type: 'events.NpsRecorded',
    key: r.eventId,
    scope: { orgId: r.orgId, clientId: event.client_id, eventId: r.eventId },
    payload: {
      eventId: r.eventId,
      clientId: event.client_id,
      score: reading.score,
      respondents: reading.respondents,
      promoters: r.promoters,
      passives: r.passives,
      detractors: r.detractors,
      asOf: r.asOf,
      source: r.source,
      surveyId: reading.surveyId,
    },
    counts: { affected: 1, respondents: reading.respondents },
    rules: [{ name: 'nps-bands', parameters: { ...NPS_BANDS } }, onceRule(r.source, r.asOf)],
  });
  return 'recorded';
}
