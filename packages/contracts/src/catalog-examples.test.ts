import { describe as suite, expect, test } from 'vitest';
import { describe, validateEnvelope } from './catalog.ts';
import type { EventEnvelope, EventPayloads, EventType } from './generated/types.ts';

// One realistic example per event type added for the rest of the domain (issue 7), typed with the
// generated payload types, checked against the schemas composed at load time.
const at = Date.UTC(2025, 5, 3, 14, 30);
const engagement = { engagementId: 'eng-1', vendorId: 'ven-1', eventId: 'evt-1', clientId: 'cli-1' };
const po = { purchaseOrderId: 'po-1', eventId: 'evt-1', clientId: 'cli-1', vendorId: 'ven-1' };
const window = { windowFrom: Date.UTC(2025, 5, 1), windowTo: Date.UTC(2025, 5, 2) };

const examples: { [T in EventType]?: EventPayloads[T] } = {
  'vendors.EngagementAmended': {
    ...engagement,
    serviceLine: 'lighting-technician',
    unit: 'day',
    quantity: 4,
    unitRateMinor: 65_000,
    amountMinor: 260_000,
    previousAmountMinor: 195_000,
    currency: 'USD',
    startsOn: '2025-06-10',
    endsOn: '2025-06-13',
    amendedBy: 'usr-producer',
    reason: 'one more rehearsal day',
  },
  'vendors.EngagementCompleted': {
    ...engagement,
    amountMinor: 260_000,
    currency: 'USD',
    completedOn: '2025-06-13',
    completedBy: 'usr-producer',
  },
  'vendors.VendorRated': { ...engagement, score: 5, ratedBy: 'usr-producer', comment: 'On time, great crew.' },
  'vendors.VendorLinkedToErp': {
    vendorId: 'ven-1',
    erpSystem: 'netsuite',
    erpInternalId: '1042',
    erpEntityId: 'V-1042',
  },
  'events.DealLinkedToEvent': {
    eventId: 'evt-1',
    clientId: 'cli-1',
    dealId: '18273645',
    dealName: 'Acme Summit 2025',
    stage: 'closedwon',
    source: 'hubspot',
    amountMinor: 45_000_000,
    currency: 'USD',
  },
  'events.RegistrationSnapshotRecorded': {
    eventId: 'evt-1',
    clientId: 'cli-1',
    registered: 812,
    checkedIn: 640,
    capacity: 900,
    asOf: at,
    source: 'bizzabo',
  },
  'events.NpsRecorded': {
    eventId: 'evt-1',
    clientId: 'cli-1',
    score: -12,
    respondents: 100,
    promoters: 30,
    passives: 28,
    detractors: 42,
    asOf: at,
    source: 'bizzabo',
  },
  'spend.PurchaseOrderExported': {
    ...po,
    amountMinor: 260_000,
    currency: 'USD',
    erpSystem: 'netsuite',
    erpDocumentId: '99812',
    erpDocumentNumber: 'PO-1042',
    exportedAt: at,
  },
  'spend.PurchaseOrderCancelled': {
    ...po,
    amountMinor: 260_000,
    currency: 'USD',
    previousStatus: 'approved',
    engagementId: 'eng-1',
    reason: 'event scaled down',
  },
  'spend.InvoiceMatched': {
    ...po,
    invoiceId: '77001',
    invoiceNumber: 'INV-2025-118',
    amountMinor: 262_500,
    currency: 'USD',
    purchaseOrderAmountMinor: 260_000,
    varianceMinor: 2_500,
    matchedAt: at,
    source: 'netsuite',
  },
  'spend.CardTransactionImported': {
    cardTransactionId: 'ctx-1',
    source: 'ramp',
    sourceTransactionId: 'b6a1c0de-0000-4000-8000-000000000001',
    cardHolderName: 'Dana Producer',
    merchantName: 'Staples',
    amountMinor: -4_599,
    currency: 'USD',
    transactedAt: at,
    ...window,
    memo: 'refund: badge lanyards',
    eventTag: 'ACME-SUMMIT-25',
  },
  'spend.ExpenseReportImported': {
    expenseReportId: 'exp-1',
    source: 'nexonia',
    sourceReportId: 'R-5521',
    employeeName: 'Dana Producer',
    status: 'approved',
    currency: 'USD',
    lines: [
      { lineId: 'L1', kind: 'expense', description: 'Taxi to venue', amountMinor: 3_850, incurredOn: '2025-06-10' },
      {
        lineId: 'L2',
        kind: 'per_diem',
        description: 'Per diem, 2 days',
        amountMinor: 15_000,
        incurredOn: '2025-06-11',
      },
      {
        lineId: 'L3',
        kind: 'mileage',
        description: 'Venue walk-through',
        amountMinor: 2_814,
        incurredOn: '2025-06-09',
        distance: 42,
        distanceUnit: 'mi',
      },
    ],
    totalMinor: 21_664,
    expenseTotalMinor: 3_850,
    perDiemTotalMinor: 15_000,
    mileageTotalMinor: 2_814,
    submittedAt: at,
    ...window,
  },
};

function envelopeOf<T extends EventType>(type: T, payload: EventPayloads[T]): EventEnvelope<T> {
  return {
    messageId: '4b6f3a52-8a3e-5c1e-9d4b-2f0c9a7e1b11',
    type,
    schemaVersion: describe(type).schemaVersion,
    occurredAt: at,
    producer: { module: type.split('.')[0] ?? '', version: '0.1.0' },
    correlationId: 'corr-1',
    scope: { orgId: 'org-1', clientId: 'cli-1', eventId: 'evt-1' },
    actor: { kind: 'user', id: 'usr-producer' },
    counts: { affected: 1 },
    diagnostics: {},
    payload,
  };
}

suite('the events added for the rest of the domain', () => {
  test.each(Object.entries(examples))('%s: a realistic example is valid and survives encoding', (type, payload) => {
    const message = envelopeOf(type as EventType, payload as never);
    expect(validateEnvelope(type, message)).toEqual({ ok: true });
    const { avroType } = describe(type);
    expect(avroType.fromBuffer(avroType.toBuffer(message)).payload).toMatchObject(payload as object);
  });

  test('an expense line of an unknown kind is refused, naming the path', () => {
    const report = examples['spend.ExpenseReportImported'];
    if (!report) throw new Error('missing example');
    const bad = { ...report, lines: [{ ...report.lines[0], kind: 'taxi' }] };
    const result = validateEnvelope(
      'spend.ExpenseReportImported',
      envelopeOf('spend.ExpenseReportImported', bad as never),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'payload.lines.0.kind', message: 'expected enum playbook.spend.ExpenseLineKind, got "taxi"' },
    ]);
  });
});
