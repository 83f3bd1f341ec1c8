import { describe, expect, it } from 'vitest';
import type { ToolRecord } from '../output.ts';
import { duplicateCardCharges } from './duplicate-card-charges.ts';
import { poWithoutApprovedEngagement } from './po-without-engagement.ts';
import { rateAboveRateCard } from './rate-above-rate-card.ts';

const engagement = (fields: Partial<ToolRecord['fields']> = {}): ToolRecord => ({
  recordType: 'engagement',
  recordId: 'eng-1',
  fields: {
    vendorId: 'ven-1',
    vendorName: 'Brightline AV',
    eventId: 'evt-1',
    clientId: 'cli-1',
    serviceLine: 'lighting-tech',
    unit: 'day',
    quantity: 3,
    unitRateMinor: 60_000,
    amountMinor: 180_000,
    currency: 'USD',
    startsOn: '2026-09-13',
    endsOn: '2026-09-16',
    rateCardId: 'rc-1',
    rateCardUnitRateMinor: 50_000,
    status: 'active',
    ...fields,
  },
});
const line = (unitRateMinor: number, currency = 'USD'): ToolRecord => ({
  recordType: 'rate-card-line',
  recordId: 'rc-1/lighting-tech/day',
  fields: { rateCardId: 'rc-1', unitRateMinor, currency },
});
const calls = { engagement: 'call-1', line: 'call-2' };

describe('rate above the rate card', () => {
  it('raises for an agreed rate above the card line, citing the engagement and the line', () => {
    const h = rateAboveRateCard(engagement(), line(50_000), calls)!;
    expect(h.rule).toBe('rate-above-rate-card');
    expect(h.citations.slice(0, 2)).toEqual([
      expect.objectContaining({ recordType: 'engagement', recordId: 'eng-1', field: 'unitRateMinor', value: 60_000 }),
      expect.objectContaining({ recordType: 'rate-card-line', recordId: 'rc-1/lighting-tech/day', value: 50_000 }),
    ]);
    expect(h.window).toBe('2026-09-13..2026-09-16');
  });
  it('falls back to the card rate the engagement carries when no line is projected', () => {
    const h = rateAboveRateCard(engagement(), null, calls)!;
    expect(h.citations[1]).toMatchObject({ recordType: 'engagement', field: 'rateCardUnitRateMinor', value: 50_000 });
  });
  it('does not raise at or below the card, without a card, for a cancelled engagement, or across currencies', () => {
    expect(rateAboveRateCard(engagement({ unitRateMinor: 50_000 }), line(50_000), calls)).toBeNull();
    expect(rateAboveRateCard(engagement({ unitRateMinor: 40_000 }), line(50_000), calls)).toBeNull();
    expect(rateAboveRateCard(engagement({ rateCardUnitRateMinor: null }), null, calls)).toBeNull();
    expect(rateAboveRateCard(engagement({ status: 'cancelled' }), line(50_000), calls)).toBeNull();
    expect(rateAboveRateCard(engagement({ rateCardUnitRateMinor: null }), line(50_000, 'EUR'), calls)).toBeNull();
  });
});

const po = (fields: Partial<ToolRecord['fields']> = {}): ToolRecord => ({
  recordType: 'purchase-order',
  recordId: 'po-1',
  fields: {
    engagementId: 'eng-1',
    vendorId: 'ven-1',
    eventId: 'evt-1',
    clientId: 'cli-1',
    amountMinor: 180_000,
    currency: 'USD',
    status: 'raised',
    ...fields,
  },
});

describe('a PO without an approved engagement', () => {
  it('raises for a PO raised with no engagement', () => {
    expect(
      poWithoutApprovedEngagement(po({ engagementId: null }), null, false, { po: 'call-1' })?.commentary[0]?.text,
    ).toBe('It was raised without an engagement.');
  });
  it('raises for a PO whose engagement was cancelled, and for an approved PO whose engagement is unknown', () => {
    expect(
      poWithoutApprovedEngagement(po(), engagement({ status: 'cancelled' }), false, { po: 'call-1' }),
    ).not.toBeNull();
    const h = poWithoutApprovedEngagement(po({ status: 'approved' }), null, true, { po: 'call-1' })!;
    expect(h.severity).toBe('critical');
    expect(h.citations).toEqual([expect.objectContaining({ recordId: 'po-1', field: 'amountMinor', value: 180_000 })]);
  });
  it('does not raise for an active or completed engagement, a just-raised PO whose engagement is on its way, a rejected or cancelled PO', () => {
    expect(poWithoutApprovedEngagement(po(), engagement(), true, { po: 'call-1' })).toBeNull();
    expect(poWithoutApprovedEngagement(po(), engagement({ status: 'completed' }), true, { po: 'call-1' })).toBeNull();
    expect(poWithoutApprovedEngagement(po(), null, false, { po: 'call-1' })).toBeNull();
    expect(
      poWithoutApprovedEngagement(po({ status: 'rejected', engagementId: null }), null, true, { po: 'call-1' }),
    ).toBeNull();
    const cancelledWithIt = po({ status: 'cancelled' });
    expect(
      poWithoutApprovedEngagement(cancelledWithIt, engagement({ status: 'cancelled' }), true, { po: 'call-1' }),
    ).toBeNull();
  });
});

const charge = (id: string, at: string, amountMinor = 12_900): ToolRecord => ({
  recordType: 'card-transaction',
  recordId: id,
  fields: {
    cardHolderName: 'Pat',
    merchantName: 'Uber',
    amountMinor,
    currency: 'USD',
    transactedAt: at,
    eventId: 'evt-1',
  },
});

describe('duplicate card charges', () => {
  it('raises once for the group, named after its earliest charge and day, citing every charge', () => {
    const later = charge('ct-2', '2026-09-14T18:00:00.000Z');
    const earlier = charge('ct-1', '2026-09-14T09:00:00.000Z');
    const fromLater = duplicateCardCharges(later, [earlier], { charge: 'call-1', similar: 'call-2' })!;
    const fromEarlier = duplicateCardCharges(earlier, [later], { charge: 'call-1', similar: 'call-2' })!;
    expect(fromLater.subjectId).toBe('ct-1');
    expect(fromLater.window).toBe('2026-09-14');
    expect([fromEarlier.subjectId, fromEarlier.window]).toEqual([fromLater.subjectId, fromLater.window]);
    expect(fromLater.citations.map((c) => c.recordId)).toEqual(['ct-1', 'ct-2']);
  });
  it('does not raise without a similar charge, or for a refund', () => {
    expect(
      duplicateCardCharges(charge('ct-1', '2026-09-14T09:00:00.000Z'), [], { charge: 'a', similar: 'b' }),
    ).toBeNull();
    const refund = charge('ct-3', '2026-09-14T09:00:00.000Z', -12_900);
    expect(
      duplicateCardCharges(refund, [charge('ct-4', '2026-09-14T10:00:00.000Z', -12_900)], {
        charge: 'a',
        similar: 'b',
      }),
    ).toBeNull();
  });
});
