import { describe, expect, it } from 'vitest';
import { readReport, reportKindOf } from './report.ts';

const FROM = Date.parse('2026-03-01T00:00:00Z');
const TO = Date.parse('2026-03-02T00:00:00Z');
const envelope = (type: string, more: Partial<Parameters<typeof readReport>[0]> = {}) => ({
  type,
  occurredAt: TO + 5_000,
  counts: {},
  rules: [],
  diagnostics: {},
  payload: {},
  ...more,
});

describe('reportKindOf', () => {
  it('knows a connector report by its type name alone, whatever the connector', () => {
    expect(reportKindOf('integrations.ramp.RampTransactionsFetched')).toEqual({
      system: 'ramp',
      kind: 'window-fetched',
    });
    expect(reportKindOf('integrations.hubspot.HubSpotDealsFetched')?.kind).toBe('window-fetched');
    expect(reportKindOf('integrations.ramp.RampWindowFailed')?.kind).toBe('window-failed');
    for (const name of ['SlackMessageDelivered', 'NetSuitePurchaseOrderExported', 'DomoDatasetPushed'])
      expect(reportKindOf(`integrations.x.${name}`)?.kind).toBe('delivered');
    expect(reportKindOf('integrations.box.BoxDocumentStored')?.kind).toBe('delivered');
    expect(reportKindOf('integrations.google.CalendarEventPublished')?.kind).toBe('delivered');
  });

  it('is not fooled by the platform module’s own events, other modules’ or unknown names', () => {
    expect(reportKindOf('integrations.SyncWindowRequested')).toBeUndefined();
    expect(reportKindOf('spend.CardTransactionsImported')).toBeUndefined();
    expect(reportKindOf('assets.BrandKitPublished')).toBeUndefined();
    expect(reportKindOf('integrations.ramp.RampCardIssued')).toBeUndefined();
  });
});

describe('readReport', () => {
  it('reads a batch’s window from its payload, counts and diagnostics from its envelope', () => {
    const report = readReport(
      envelope('integrations.ramp.RampTransactionsFetched', {
        counts: { fetched: 12, accepted: 10, skipped: 2, part: 1, parts: 2, inPart: 6 },
        diagnostics: { elapsedMs: 40, apiCalls: 3, pages: 3, rateLimitUnits: 1, retries: 1, dbRoundTrips: null },
        payload: { dataset: 'transactions', windowFrom: FROM, windowTo: TO, requestId: 'r-1', transactions: [] },
      }),
    );
    expect(report).toEqual({
      system: 'ramp',
      kind: 'window-fetched',
      occurredAt: TO + 5_000,
      window: { dataset: 'transactions', from: FROM, to: TO, requestId: 'r-1' },
      fetched: 12,
      accepted: 10,
      skipped: 2,
      part: 1,
      parts: 2,
      error: null,
      attempts: null,
      diagnostics: { elapsedMs: 40, apiCalls: 3, pages: 3, rateLimitUnits: 1, retries: 1, dbRoundTrips: null },
    });
  });

  it('falls back on the <system>.window rule when the payload does not name the window', () => {
    const report = readReport(
      envelope('integrations.nexonia.NexoniaExpenseReportsFetched', {
        counts: { fetched: 3, accepted: 3, skipped: 0 },
        rules: [
          {
            name: 'nexonia.window',
            parameters: {
              dataset: 'expense-reports',
              from: '2026-03-01T00:00:00.000Z',
              to: '2026-03-02T00:00:00.000Z',
            },
          },
        ],
        payload: { reports: [] },
      }),
    );
    expect(report?.window).toEqual({ dataset: 'expense-reports', from: FROM, to: TO, requestId: null });
    expect([report?.part, report?.parts]).toEqual([1, 1]);
  });

  it('reads a failed window’s reason and attempts', () => {
    const report = readReport(
      envelope('integrations.ramp.RampWindowFailed', {
        counts: { affected: 0, attempts: 3 },
        payload: {
          dataset: 'transactions',
          windowFrom: FROM,
          windowTo: TO,
          requestId: 'r-2',
          reason: 'GET 503',
          attempts: 3,
        },
      }),
    );
    expect(report).toMatchObject({ kind: 'window-failed', error: 'GET 503', attempts: 3, fetched: null });
  });

  it('reads a delivery without a window, and nothing from a message that is not a report', () => {
    const report = readReport(envelope('integrations.slack.SlackMessageDelivered', { counts: { affected: 1 } }));
    expect(report).toMatchObject({ system: 'slack', kind: 'delivered', window: null });
    expect(readReport(envelope('integrations.ConnectorEnabled'))).toBeUndefined();
  });
});
