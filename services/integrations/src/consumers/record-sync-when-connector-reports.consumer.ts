import type { EventType } from '@playbook/bus/envelope';
import { onAny } from '@playbook/bus/handler';
import { allEvents } from '@playbook/contracts/catalog';
import type { Tx } from '@playbook/db/client';
import { readReport, reportKindOf } from '../domain/report.ts';
import { recordConnectorReport } from '../windows/windows.commands.ts';

/**
 * Every connector's reports (a window fetched or failed, something delivered), read from the
 * contracts (schemas/integrations/<system>/): a connector added later is followed the day its
 * schemas land, without a line here. What a report says is read from its envelope (domain/report.ts).
 */
export const connectorReportTypes = (): EventType[] =>
  allEvents()
    .filter((d) => reportKindOf(d.type) !== undefined)
    .map((d) => d.type as EventType);

export const recordSyncWhenConnectorReports = () =>
  onAny<Tx>('record-sync-when-connector-reports', connectorReportTypes(), async (e, { tx }) => {
    const report = readReport(e);
    if (report) await recordConnectorReport(tx, e.scope.orgId, report);
  });
