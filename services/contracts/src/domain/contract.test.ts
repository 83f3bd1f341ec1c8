import { describe, expect, it } from 'vitest';
import {
  CONTRACT_STATUSES,
  type ContractAction,
  covers,
  msaFor,
  sowIdFor,
  sowTitle,
  statusAfterAmendment,
  transition,
} from './contract.ts';

describe('contract lifecycle', () => {
  it('follows drafted → sent_for_signature → signed → amended → expiring → terminated', () => {
    expect(transition('drafted', 'send')).toEqual({ ok: true, next: 'sent_for_signature' });
    expect(transition('sent_for_signature', 'sign')).toEqual({ ok: true, next: 'signed' });
    expect(transition('signed', 'amend')).toEqual({ ok: true, next: 'amended' });
    expect(transition('amended', 'notice-expiry')).toEqual({ ok: true, next: 'expiring' });
    expect(transition('expiring', 'amend')).toEqual({ ok: true, next: 'amended' });
    expect(transition('expiring', 'terminate')).toEqual({ ok: true, next: 'terminated' });
  });

  it('refuses every move the lifecycle does not have, naming where it stood', () => {
    expect(transition('drafted', 'sign')).toEqual({ ok: false, from: 'drafted', action: 'sign' });
    expect(transition('signed', 'send')).toEqual({ ok: false, from: 'signed', action: 'send' });
    expect(transition('drafted', 'amend')).toEqual({ ok: false, from: 'drafted', action: 'amend' });
    expect(transition('sent_for_signature', 'notice-expiry').ok).toBe(false);
    expect(transition('expiring', 'notice-expiry').ok).toBe(false);
  });

  it('ends at terminated: nothing moves a terminated contract', () => {
    const actions: ContractAction[] = ['send', 'sign', 'amend', 'notice-expiry', 'terminate'];
    for (const action of actions) expect(transition('terminated', action).ok).toBe(false);
    const reachable = CONTRACT_STATUSES.filter((s) => s !== 'terminated');
    for (const status of reachable) expect(transition(status, 'terminate')).toEqual({ ok: true, next: 'terminated' });
  });

  it('keeps an amended contract expiring when its noticed end date stands', () => {
    expect(statusAfterAmendment('2027-12-31', '2027-12-31')).toBe('expiring');
    expect(statusAfterAmendment('2027-12-31', '2028-12-31')).toBe('amended');
    expect(statusAfterAmendment(null, '2027-12-31')).toBe('amended');
  });
});

describe('the MSA a SOW goes under', () => {
  const work = { startsOn: '2027-03-09', endsOn: '2027-03-12' };
  const msa = (contractId: string, startsOn: string, endsOn: string | null, status = 'signed' as const) => ({
    contractId,
    startsOn,
    endsOn,
    status,
  });

  it('covers work inside its dates, open-ended or not', () => {
    expect(covers({ startsOn: '2026-01-01', endsOn: '2027-12-31' }, work)).toBe(true);
    expect(covers({ startsOn: '2026-01-01', endsOn: null }, work)).toBe(true);
    expect(covers({ startsOn: '2027-03-10', endsOn: null }, work)).toBe(false);
    expect(covers({ startsOn: '2026-01-01', endsOn: '2027-03-11' }, work)).toBe(false);
  });

  it('picks an MSA in force that covers the work, the most recent of several', () => {
    const older = msa('old', '2025-01-01', null);
    const newer = msa('new', '2026-01-01', '2027-12-31');
    expect(msaFor([older, newer], work)?.contractId).toBe('new');
    expect(msaFor([older], work)?.contractId).toBe('old');
  });

  it('passes over drafts, unsigned and terminated MSAs and those that do not cover the work', () => {
    const candidates = [
      { ...msa('draft', '2026-01-01', null), status: 'drafted' as const },
      { ...msa('sent', '2026-01-01', null), status: 'sent_for_signature' as const },
      { ...msa('ended', '2026-01-01', null), status: 'terminated' as const },
      msa('short', '2026-01-01', '2026-12-31'),
    ];
    expect(msaFor(candidates, work)).toBeUndefined();
    expect(
      msaFor([{ ...msa('expiring', '2026-01-01', '2027-06-30'), status: 'expiring' as const }], work),
    ).toBeDefined();
  });
});

describe('SOW identity and wording', () => {
  it('derives one stable SOW id per engagement', () => {
    expect(sowIdFor('eng-1')).toBe(sowIdFor('eng-1'));
    expect(sowIdFor('eng-1')).not.toBe(sowIdFor('eng-2'));
    expect(sowIdFor('eng-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('titles a SOW by vendor, service and event', () => {
    expect(sowTitle({ vendorName: 'Acme AV', serviceLine: 'led-wall', eventName: 'Summit' })).toBe(
      'SOW — Acme AV: led-wall for Summit',
    );
    expect(sowTitle({ vendorName: 'Acme AV', serviceLine: 'led-wall' })).toBe('SOW — Acme AV: led-wall');
  });
});
