/**
 * Which CRM deals become events, and with what: plain functions, no I/O. A deal becomes an event
 * when it is won and says when the event is (the portal's event_start_date / event_end_date
 * properties); its primary company is the client.
 */
import { v5 as uuidv5 } from 'uuid';
import { datesInOrder, isIanaTimezone, isIsoDate } from './event-dates.ts';

const CRM_NAMESPACE = '8c0e7a52-1b4d-5f6e-a7c8-9d0e1f2a3b4c';

export interface CrmDeal {
  id: string;
  name: string;
  stage: string;
  isClosedWon: boolean;
  eventStartsOn?: string | null | undefined;
  eventEndsOn?: string | null | undefined;
  eventTimezone?: string | null | undefined;
  eventVenue?: string | null | undefined;
  companies: { id: string; name: string }[];
}

export type DealOutcome =
  | {
      kind: 'event';
      company: { id: string; name: string };
      details: { name: string; startsOn: string; endsOn: string; timezone: string; venue: string | null };
    }
  | { kind: 'skip'; reason: 'not-won' | 'no-event-dates' | 'dates-out-of-order' | 'no-company' };

/** HubSpot's default pipeline calls its won stage closedwon; custom pipelines say so in hs_is_closed_won. */
export const isWon = (d: Pick<CrmDeal, 'stage' | 'isClosedWon'>) => d.isClosedWon || d.stage === 'closedwon';

export function eventFromDeal(d: CrmDeal): DealOutcome {
  if (!isWon(d)) return { kind: 'skip', reason: 'not-won' };
  const startsOn = d.eventStartsOn ?? '';
  const endsOn = d.eventEndsOn || startsOn;
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn)) return { kind: 'skip', reason: 'no-event-dates' };
  if (!datesInOrder(startsOn, endsOn)) return { kind: 'skip', reason: 'dates-out-of-order' };
  const company = d.companies[0];
  if (!company) return { kind: 'skip', reason: 'no-company' };
  const timezone = d.eventTimezone && isIanaTimezone(d.eventTimezone) ? d.eventTimezone : 'UTC';
  return {
    kind: 'event',
    company,
    details: { name: d.name.trim().slice(0, 200), startsOn, endsOn, timezone, venue: d.eventVenue?.trim() || null },
  };
}

/** The event a deal becomes: the same deal is always the same event id. */
export const eventIdForDeal = (orgId: string, source: string, dealId: string) =>
  uuidv5(`event:${orgId}:${source}:${dealId}`, CRM_NAMESPACE);
/** The client a CRM company becomes when no client of that name exists yet. */
export const clientIdForCompany = (orgId: string, source: string, companyId: string) =>
  uuidv5(`client:${orgId}:${source}:${companyId}`, CRM_NAMESPACE);
