import { describe, expect, it } from 'vitest';
import { clientIdForCompany, eventFromDeal, eventIdForDeal } from './deal-to-event.ts';

const won = {
  id: '7001',
  name: 'Northwind Summit 2026',
  stage: 'closedwon',
  isClosedWon: true,
  eventStartsOn: '2026-06-10',
  eventEndsOn: '2026-06-12',
  eventTimezone: 'America/Chicago',
  eventVenue: 'McCormick Place',
  companies: [{ id: '9001', name: 'Northwind Traders' }],
};

describe('a CRM deal becoming an event', () => {
  it('makes a won deal with its days and a company an event under that company', () => {
    expect(eventFromDeal(won)).toEqual({
      kind: 'event',
      company: { id: '9001', name: 'Northwind Traders' },
      details: {
        name: 'Northwind Summit 2026',
        startsOn: '2026-06-10',
        endsOn: '2026-06-12',
        timezone: 'America/Chicago',
        venue: 'McCormick Place',
      },
    });
  });

  it('takes a won stage of a custom pipeline (hs_is_closed_won), a one-day event and an unknown zone as UTC', () => {
    const custom = { ...won, stage: '123456', eventEndsOn: null, eventTimezone: 'EST' };
    expect(eventFromDeal(custom)).toMatchObject({
      kind: 'event',
      details: { startsOn: '2026-06-10', endsOn: '2026-06-10', timezone: 'UTC' },
    });
  });

  it('skips a deal not won, without real days, with days out of order, or without a company', () => {
    expect(eventFromDeal({ ...won, stage: 'contractsent', isClosedWon: false })).toEqual({
      kind: 'skip',
      reason: 'not-won',
    });
    expect(eventFromDeal({ ...won, eventStartsOn: null })).toEqual({ kind: 'skip', reason: 'no-event-dates' });
    expect(eventFromDeal({ ...won, eventStartsOn: '2026-02-30' })).toEqual({ kind: 'skip', reason: 'no-event-dates' });
    expect(eventFromDeal({ ...won, eventEndsOn: '2026-06-01' })).toEqual({
      kind: 'skip',
      reason: 'dates-out-of-order',
    });
    expect(eventFromDeal({ ...won, companies: [] })).toEqual({ kind: 'skip', reason: 'no-company' });
  });

  it('derives the same ids for the same deal and company, different ones across organizations', () => {
    expect(eventIdForDeal('org-a', 'hubspot', '7001')).toBe(eventIdForDeal('org-a', 'hubspot', '7001'));
    expect(eventIdForDeal('org-a', 'hubspot', '7001')).not.toBe(eventIdForDeal('org-b', 'hubspot', '7001'));
    expect(clientIdForCompany('org-a', 'hubspot', '9001')).not.toBe(eventIdForDeal('org-a', 'hubspot', '9001'));
  });
});
