import { describe, expect, it } from 'vitest';
import { decideLink } from './deal-link.ts';

const deal = { source: 'hubspot', dealId: 'd-1' };

describe('linking a deal to an event', () => {
  it('links a deal to an event that has none, when no other event has it', () => {
    expect(decideLink('e-1', deal, null, null)).toEqual({ kind: 'link' });
  });

  it('changes nothing when the event has that very deal already', () => {
    expect(decideLink('e-1', deal, deal, { eventId: 'e-1' })).toEqual({ kind: 'unchanged' });
  });

  it('refuses a second deal for the event, and a deal another event has', () => {
    expect(decideLink('e-1', deal, { source: 'hubspot', dealId: 'd-2' }, null)).toMatchObject({
      kind: 'refused',
      code: 'EVENTS.EVENT_ALREADY_LINKED',
    });
    expect(decideLink('e-1', deal, null, { eventId: 'e-2' })).toMatchObject({
      kind: 'refused',
      code: 'EVENTS.DEAL_LINKED_ELSEWHERE',
    });
    expect(decideLink('e-1', { source: 'salesforce', dealId: 'd-1' }, deal, null)).toMatchObject({ kind: 'refused' });
  });
});
