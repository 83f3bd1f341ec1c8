import { windowSync } from '@playbook/connector-kit/window-sync';
import type { nexoniaApi } from './nexonia-api.ts';
import { ACCEPTED_STATUSES, acceptWindow } from './reports.ts';

export const SYSTEM = 'nexonia';

/** What the sync worker does for Nexonia: fetch a window of expense reports, publish it as NexoniaExpenseReportsFetched. */
export const nexoniaSync = (api: ReturnType<typeof nexoniaApi>, maxPartBytes?: number) =>
  windowSync({
    system: SYSTEM,
    displayName: 'Nexonia',
    fetchedType: 'integrations.nexonia.NexoniaExpenseReportsFetched',
    failedType: 'integrations.nexonia.NexoniaWindowFailed',
    fetch: async (r, meter) => acceptWindow(await api.expenseReports({ from: r.from, to: r.to }, meter)),
    filters: { status: ACCEPTED_STATUSES.join(','), windowOn: 'submittedDate' },
    payload: (reports) => ({ reports }),
    maxPartBytes,
  });
