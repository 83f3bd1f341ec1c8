import type { Queryable } from '@playbook/db/client';

export interface NewRegistrationSnapshot {
  eventId: string;
  source: string;
  asOf: Date;
  registered: number;
  checkedIn: number;
  capacity: number | null;
  externalEventId: string | null;
}

/** False when the event has this source's snapshot as of that instant already (nothing changes). */
export async function insertRegistrationSnapshot(db: Queryable, s: NewRegistrationSnapshot): Promise<boolean> {
  const rows = await db`
    insert into registration_snapshots (event_id, source, as_of, registered, checked_in, capacity, external_event_id)
    values (${s.eventId}, ${s.source}, ${s.asOf}, ${s.registered}, ${s.checkedIn}, ${s.capacity}, ${s.externalEventId})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

export interface NewNpsReading {
  eventId: string;
  source: string;
  asOf: Date;
  score: number;
  respondents: number;
  promoters: number;
  passives: number;
  detractors: number;
  surveyId: string | null;
}

/** False when the event has this source's reading as of that instant already (nothing changes). */
export async function insertNpsReading(db: Queryable, r: NewNpsReading): Promise<boolean> {
  const rows = await db`
    insert into nps_readings (event_id, source, as_of, score, respondents, promoters, passives, detractors, survey_id)
    values (${r.eventId}, ${r.source}, ${r.asOf}, ${r.score}, ${r.respondents}, ${r.promoters}, ${r.passives},
            ${r.detractors}, ${r.surveyId})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

interface RegistrationRow {
  registered: number;
  checked_in: number;
  capacity: number | null;
  as_of: Date;
  source: string;
  external_event_id: string | null;
}

interface NpsRow {
  score: number;
  respondents: number;
  promoters: number;
  passives: number;
  detractors: number;
  as_of: Date;
  source: string;
  survey_id: string | null;
}

/** The newest registration snapshot and NPS reading of an event (by as-of, any source), as views. */
export async function latestFigures(db: Queryable, eventId: string) {
  const [registration] = await db<RegistrationRow[]>`
    select * from registration_snapshots where event_id = ${eventId} order by as_of desc, recorded_at desc limit 1`;
  const [nps] = await db<NpsRow[]>`
    select * from nps_readings where event_id = ${eventId} order by as_of desc, recorded_at desc limit 1`;
  return {
    registration: registration
      ? {
          registered: registration.registered,
          checkedIn: registration.checked_in,
          capacity: registration.capacity,
          asOf: registration.as_of.toISOString(),
          source: registration.source,
          externalEventId: registration.external_event_id,
        }
      : null,
    nps: nps
      ? {
          score: nps.score,
          respondents: nps.respondents,
          promoters: nps.promoters,
          passives: nps.passives,
          detractors: nps.detractors,
          asOf: nps.as_of.toISOString(),
          source: nps.source,
          surveyId: nps.survey_id,
        }
      : null,
  };
}
